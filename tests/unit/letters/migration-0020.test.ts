import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { columnNames, insertCase, migrateTo, useMigrationDatabases } from '../people/migration-db.js';

const freshDatabase = useMigrationDatabases();

/** A letter row as 0014 shapes it, with `extra` columns; returns its id. */
function insertLetter(db: VaultDatabase, caseId: string, extra: Record<string, string | null> = {}): string {
  const id = randomUUID();
  const columns = Object.keys(extra);
  db.prepare(
    `INSERT INTO letters (id, case_id, kind, recipient, recipient_name, template_id, template_version, language,
       page_size, author, created_at, disclosures, withheld, overrides${columns.map((c) => `, ${c}`).join('')})
     VALUES (@id, @caseId, 'member_state_referral', 'member_state', 'the Permanent Mission', 'member_state_referral',
       1, 'en', 'A4', 'test', 'now', '[]', '[]', '[]'${columns.map((c) => `, @${c}`).join('')})`,
  ).run({ id, caseId, ...extra });
  return id;
}

describe('migration 0020 (letter exceptions)', () => {
  it('adds the reason of a letter made as an exception: NULL for every letter made before, never blank', () => {
    const db = freshDatabase();
    migrateTo(db, 19);
    const caseId = insertCase(db);
    db.prepare(
      `INSERT INTO letter_templates (id, version, kind, origin, source, created_at, author)
       VALUES ('member_state_referral', 1, 'member_state_referral', 'shipped', '{}', 'now', 'test')`,
    ).run();
    const before = insertLetter(db, caseId);
    expect(columnNames(db, 'letters')).not.toContain('exception_reason');

    migrateTo(db, 20);
    expect(columnNames(db, 'letters')).toContain('exception_reason');
    const reasonOf = (id: string) =>
      db.prepare('SELECT exception_reason FROM letters WHERE id = ?').pluck().get(id) as string | null;
    expect(reasonOf(before)).toBeNull();
    const made = insertLetter(db, caseId, { exception_reason: 'Asked for by the Member State' });
    expect(reasonOf(made)).toBe('Asked for by the Member State');
    expect(() => insertLetter(db, caseId, { exception_reason: '  ' })).toThrow(/CHECK constraint failed/);
  });
});
