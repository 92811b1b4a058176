import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import {
  columnNames,
  insertCase,
  insertPerson,
  migrateTo,
  tableNames,
  useMigrationDatabases,
} from '../people/migration-db.js';

const freshDatabase = useMigrationDatabases();

function insertClosure(
  db: VaultDatabase,
  caseId: string,
  personId: string,
  extra: Record<string, string | null>,
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO victim_closures (id, case_id, person_id, ground, reason_to_victim, decided_by, decided_on,
       recorded_at, recorded_by)
     VALUES (@id, @caseId, @personId, @ground, @reason, 'oios', '2026-03-10', 'now', 'test')`,
  ).run({ id, caseId, personId, ground: 'victim_declined_to_participate', reason: null, ...extra });
  return id;
}

describe('migration 0021 (victim closures, discreet letters)', () => {
  it('keeps why the matter closed for each victim, append-only, and marks no earlier letter discreet', () => {
    const db = freshDatabase();
    migrateTo(db, 20);
    const caseId = insertCase(db);
    db.prepare(
      `INSERT INTO letter_templates (id, version, kind, origin, source, created_at, author)
       VALUES ('closure_other', 1, 'closure_other', 'shipped', '{}', 'now', 'test')`,
    ).run();
    const letterId = randomUUID();
    db.prepare(
      `INSERT INTO letters (id, case_id, kind, recipient, recipient_name, template_id, template_version, language,
         page_size, author, created_at, disclosures, withheld, overrides)
       VALUES (?, ?, 'closure_other', 'victim', 'V-01', 'closure_other', 1, 'en', 'A4', 'test', 'now',
         '[]', '[]', '[]')`,
    ).run(letterId, caseId);
    expect(tableNames(db)).not.toContain('victim_closures');

    migrateTo(db, 21);
    expect(db.prepare('SELECT discreet FROM letters WHERE id = ?').pluck().get(letterId)).toBe(0);
    expect(columnNames(db, 'letters')).toContain('discreet');
    const victim = insertPerson(db, caseId, 'V-01', 'victim');
    const first = insertClosure(db, caseId, victim, {});
    insertClosure(db, caseId, victim, { ground: 'other', reason: 'In words for her.' });
    // 'other' carries her words; no other ground does; a ground outside those is refused.
    expect(() => insertClosure(db, caseId, victim, { ground: 'other' })).toThrow(/CHECK constraint failed/);
    expect(() => insertClosure(db, caseId, victim, { reason: 'x' })).toThrow(/CHECK constraint failed/);
    expect(() => insertClosure(db, caseId, victim, { ground: 'facts_established' })).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare('UPDATE victim_closures SET ground = ? WHERE id = ?').run('other', first)).toThrow(
      /recorded again, never changed/,
    );
    expect(() => db.prepare('DELETE FROM victim_closures WHERE id = ?').run(first)).toThrow(/never deleted/);
  });
});
