import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { insertCase, insertPerson, migrateTo, tableNames, useMigrationDatabases } from '../people/migration-db.js';

const freshDatabase = useMigrationDatabases();

function subjectOf(db: VaultDatabase, caseId: string, code: string, category: string): string {
  const id = insertPerson(db, caseId, code, 'subject');
  db.prepare(`UPDATE people SET profile = json_object('personnelCategory', ?, 'nationality', NULL) WHERE id = ?`).run(
    category,
    id,
  );
  return id;
}

function insertFinding(db: VaultDatabase, caseId: string, personId: string, extra: Record<string, unknown> = {}) {
  db.prepare(
    `INSERT INTO subject_findings (id, case_id, person_id, version, outcome, deciding_entity, decided_on,
       report_reference, closure_ground, closure_reason, correction_reason, recorded_at, recorded_by)
     VALUES (@id, @caseId, @personId, @version, @outcome, 'oios', @decidedOn, 'R-1', @ground, @reason, @correction,
       'now', 'test')`,
  ).run({
    id: randomUUID(),
    caseId,
    personId,
    version: 1,
    outcome: 'substantiated',
    decidedOn: '2026-05-01',
    ground: null,
    reason: null,
    correction: null,
    ...extra,
  });
}

describe('migration 0015 (subject findings)', () => {
  it("gives existing subjects their category's usual investigating entity, and leaves other people alone", () => {
    const db = freshDatabase();
    migrateTo(db, 14);
    const caseId = insertCase(db);
    const contingent = subjectOf(db, caseId, 'S-01', 'military_mc');
    const fpu = subjectOf(db, caseId, 'S-02', 'police_fpu');
    const staff = subjectOf(db, caseId, 'S-03', 'civilian_int');
    const victim = insertPerson(db, caseId, 'V-01', 'victim');
    migrateTo(db, 15);
    const entity = (id: string) =>
      db.prepare(`SELECT json_extract(profile, '$.investigatingEntity') FROM people WHERE id = ?`).pluck().get(id);
    expect([entity(contingent), entity(fpu), entity(staff), entity(victim)]).toEqual([
      'tcc_pcc',
      'tcc_pcc',
      'oios',
      null,
    ]);
    expect(tableNames(db)).toContain('subject_findings');
  });

  it('keeps findings append-only and refuses rows that break its rules', () => {
    const db = freshDatabase();
    migrateTo(db, 15);
    const caseId = insertCase(db);
    const subject = subjectOf(db, caseId, 'S-01', 'military_mc');
    insertFinding(db, caseId, subject);
    expect(() => db.prepare(`UPDATE subject_findings SET outcome = 'not_substantiated'`).run()).toThrow(
      /never changed/,
    );
    expect(() => db.prepare(`DELETE FROM subject_findings`).run()).toThrow(/never deleted/);
    // A second version must say why it corrects the first; a version is never reused.
    expect(() => insertFinding(db, caseId, subject, { version: 2 })).toThrow(/CHECK/);
    expect(() => insertFinding(db, caseId, subject, { correction: 'typo' })).toThrow(/CHECK/);
    insertFinding(db, caseId, subject, { version: 2, correction: 'report reissued' });
    // Closed without investigation needs its ground and reason, and only it has them.
    expect(() =>
      insertFinding(db, caseId, subject, { version: 3, correction: 'x', outcome: 'closed_without_investigation' }),
    ).toThrow(/CHECK/);
    expect(() =>
      insertFinding(db, caseId, subject, { version: 3, correction: 'x', reason: 'r', ground: 'other' }),
    ).toThrow(/CHECK/);
    expect(() => insertFinding(db, caseId, subject, { version: 3, correction: 'x', outcome: 'cleared' })).toThrow(
      /CHECK/,
    );
    expect(() => insertFinding(db, caseId, subject, { version: 3, correction: 'x', decidedOn: '1/5/2026' })).toThrow(
      /CHECK/,
    );
    expect(() => insertFinding(db, randomUUID(), subject, { version: 3, correction: 'x' })).toThrow(/FOREIGN KEY/);
    expect(db.prepare(`SELECT count(*) FROM subject_findings`).pluck().get()).toBe(2);
  });
});
