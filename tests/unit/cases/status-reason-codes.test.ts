import { describe, expect, it } from 'vitest';
import { getCase } from '../../../electron/core/cases/case-store.js';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import type { StatusReason } from '../../../shared/domain/case.js';
import { messages as english } from '../../../shared/i18n/en/messages.js';
import { messageText, type MessageLanguage } from '../../../shared/i18n/messages.js';
import { statusReasonText } from '../../../shared/i18n/status-reasons.js';
import { insertCase } from '../people/migration-db.js';
import { useVaultsBefore } from '../core/vault-before.js';

const { vaultBefore, migrateThrough } = useVaultsBefore();

// The English the core stored its reasons in before migration 0037, as shipped.
const HISTORY = [
  [null, 'preliminary_assessment', 'Opened at intake'],
  ['preliminary_assessment', 'under_investigation', 'Credible and specific'],
  ['under_investigation', 'substantiated', 'Findings recorded for every subject.'],
  ['substantiated', 'under_investigation', 'A finding on a subject was corrected.'],
] as const;

function insertHistory(
  db: VaultDatabase,
  caseId: string,
  history: readonly (readonly [string | null, string, string])[],
) {
  const insert = db.prepare(
    `INSERT INTO case_status_changes (case_id, position, from_status, to_status, at, reason, closure_ground,
       recorded_at)
     VALUES (?, ?, ?, ?, '2026-03-01T08:00:00.000Z', ?, NULL, '2026-03-01T08:00:00.000Z')`,
  );
  history.forEach(([from, to, reason], index) => insert.run(caseId, index + 1, from, to, reason));
}

const inLanguage = (language: MessageLanguage, reason: StatusReason) =>
  statusReasonText((key, params) => messageText(language, key, params), reason);

describe("migration 0037: the core's status reasons are kept as codes", () => {
  it('reads an older vault’s English reasons in French and Arabic, a person’s reason as written', () => {
    const db = vaultBefore(37);
    const caseId = insertCase(db);
    insertHistory(db, caseId, HISTORY);
    // 0004 opened the cases it found with a reason of its own, in English too.
    const olderCase = insertCase(db, 'CF-2025-0001');
    insertHistory(db, olderCase, [[null, 'preliminary_assessment', 'Opened before the status history was kept']]);
    // A copy-edit of the English catalogue before the vault is opened: the migration keeps its own frozen copy.
    const reasons = english.statusReasons as Record<string, string>;
    const shipped = reasons.openedAtIntake!;
    reasons.openedAtIntake = 'Opened when the allegation was recorded';
    try {
      migrateThrough(db);
    } finally {
      reasons.openedAtIntake = shipped;
    }

    const stored = getCase(db, caseId).statusHistory.map((change) => change.reason);
    expect(stored).toEqual([
      { code: 'opened_at_intake' },
      'Credible and specific',
      { code: 'closed_by_findings' },
      { code: 'reopened_by_correction' },
    ]);
    expect(stored.map((reason) => inLanguage('fr', reason))).toEqual([
      'Ouvert à l’enregistrement',
      'Credible and specific',
      'Conclusions enregistrées pour chaque personne mise en cause.',
      'Une conclusion sur une personne mise en cause a été corrigée.',
    ]);
    expect(inLanguage('ar', stored[0]!)).toBe('فُتحت عند تسجيل البلاغ');
    const opened = getCase(db, olderCase).statusHistory[0]!.reason;
    expect(opened).toEqual({ code: 'opened_before_history' });
    expect(inLanguage('fr', opened)).toBe('Ouvert avant que l’historique des statuts soit tenu');
    expect(inLanguage('ar', opened)).toBe('فُتحت قبل أن يبدأ حفظ سجل الحالات');
    // Nothing English is left stored for the core's reasons: a later copy-edit cannot reach them.
    expect(
      db
        .prepare(`SELECT count(*) FROM case_status_changes WHERE reason IS NOT NULL AND reason_code IS NOT NULL`)
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('keeps exactly one of a person’s reason and the core’s code on every change', () => {
    const db = vaultBefore(37);
    const caseId = insertCase(db);
    insertHistory(db, caseId, HISTORY.slice(0, 2));
    migrateThrough(db);
    const append = (reason: string | null, code: string | null) => () =>
      db
        .prepare(
          `INSERT INTO case_status_changes (case_id, position, from_status, to_status, at, reason, reason_code,
             closure_ground, recorded_at)
           VALUES (?, 3, 'under_investigation', 'substantiated', 'x', ?, ?, NULL, 'x')`,
        )
        .run(caseId, reason, code);
    expect(append(null, null)).toThrow(/CHECK/);
    expect(append('Findings', 'closed_by_findings')).toThrow(/CHECK/);
    expect(append(null, 'closed_because_i_said_so')).toThrow(/CHECK/);
  });
});
