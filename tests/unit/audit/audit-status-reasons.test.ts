import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/kernel/audit/audit-log.js';
import { listAudit } from '../../../electron/core/kernel/audit/audit-list.js';
import { auditDetailsText } from '../../../renderer/case/audit-text.js';
import { useVaultsBefore } from '../core/vault-before.js';
import { insertCase } from '../people/migration-db.js';
import { auditOf, openCase, START, useCaseFiles } from '../people/people-fixture.js';
import { catalogT } from '../renderer/i18n-instance.js';

const caseFile = useCaseFiles();
const { vaultBefore, migrateThrough } = useVaultsBefore();

// Two of the English texts the core recorded its own reasons in before migration 0037, as shipped.
const CLOSED_BY_FINDINGS = 'Findings recorded for every subject.';
const OPENED_AT_INTAKE = 'Opened at intake';
const IN_FRENCH = 'Conclusions enregistrées pour chaque personne mise en cause.';
const IN_ARABIC = 'سُجِّلت نتيجة التحقيق بشأن كل شخص معني.';

/** Each row's details in the reader's words, oldest first. */
async function readRows(language: 'fr' | 'ar', rows: readonly { action: string; details: Record<string, unknown> }[]) {
  const t = await catalogT(language);
  return rows.map((row) => auditDetailsText(t, language, 'Africa/Bangui', row.action, row.details));
}

describe("the audit trail never mistakes a person's reason for the core's", () => {
  it('shows as written a reason a person typed after migration 0037 in the words the core once used', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    await cf.call('cases.changeStatus', { caseId, to: 'under_review', reason: CLOSED_BY_FINDINGS });
    await cf.call('cases.archive', { caseId, archived: true, reason: OPENED_AT_INTAKE });
    const rows = (await auditOf(cf, caseId)).filter((row) => row.action !== 'case.create');
    expect(rows.map((row) => row.action)).toEqual(['case.status.change', 'case.archive']);

    const [changed, archived] = await readRows('fr', rows);
    expect(changed).toContain(`Motif : ${CLOSED_BY_FINDINGS}`);
    expect(changed).not.toContain(IN_FRENCH);
    expect(archived).toBe(`Motif : ${OPENED_AT_INTAKE}`);
    const [changedAr] = await readRows('ar', rows);
    expect(changedAr).toContain(CLOSED_BY_FINDINGS);
    expect(changedAr).not.toContain(IN_ARABIC);
  });

  it("reads a row written before migration 0037 with the core's English in the reader's language", async () => {
    const db = vaultBefore(37);
    const caseId = insertCase(db);
    // The rows as the core wrote them then: its own reason and a person's, both as text under `reason`.
    const ctx = { db: () => db, now: () => Date.parse(START), actor: 'app' };
    const change = (reason: string) => ({
      action: 'case.status.change' as const,
      caseId,
      target: { kind: 'case', id: caseId, label: 'CF-2026-0001' },
      details: { from: 'under_investigation', to: 'substantiated', reason },
    });
    db.transaction(() => {
      appendAudit(ctx, change(CLOSED_BY_FINDINGS));
      // A person's reason close to the core's words is not the core's.
      appendAudit(ctx, change('Findings recorded for every subject'));
      // An archive's reason is always a person's, whatever its words.
      appendAudit(ctx, { ...change(OPENED_AT_INTAKE), action: 'case.archive', details: { reason: OPENED_AT_INTAKE } });
    })();
    migrateThrough(db);
    const rows = listAudit(db, { caseId, limit: 10 }).reverse();

    const french = await readRows('fr', rows);
    expect(french[0]).toContain(`Motif : ${IN_FRENCH}`);
    expect(french[0]).not.toContain('Findings recorded');
    expect(french[1]).toContain('Motif : Findings recorded for every subject');
    expect(french[2]).toBe(`Motif : ${OPENED_AT_INTAKE}`);
    const arabic = await readRows('ar', rows);
    expect(arabic[0]).toContain(IN_ARABIC);
    expect(arabic[0]).not.toContain('Findings recorded');
  });
});
