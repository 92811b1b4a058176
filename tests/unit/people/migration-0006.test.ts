import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { columnNames, insertCase, insertPerson, migrateTo, tableNames, useMigrationDatabases } from './migration-db.js';

const freshDatabase = useMigrationDatabases();

describe('migration 0006 (people)', () => {
  it('adds people, with the identity in a column of its own, and the register of codes issued', () => {
    const db = freshDatabase();
    migrateTo(db, 5);
    const caseId = insertCase(db);
    migrateTo(db, 6);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['people', 'person_codes_issued']));
    expect(columnNames(db, 'people')).toEqual([
      'id',
      'case_id',
      'code',
      'role',
      'profile',
      'identity',
      'confidentiality',
      'created_at',
      'updated_at',
    ]);
    expect(columnNames(db, 'person_codes_issued')).toEqual(['case_id', 'code', 'issued_at']);
    // The case from before the migration is still there and can take people.
    insertPerson(db, caseId, 'V-01', 'victim');
    expect(db.prepare('SELECT code FROM people WHERE case_id = ?').pluck().all(caseId)).toEqual(['V-01']);
  });

  it('keeps codes unique per case, not across cases', () => {
    const db = freshDatabase();
    migrateTo(db, 6);
    const a = insertCase(db, 'CF-2026-0001');
    const b = insertCase(db, 'CF-2026-0002');
    insertPerson(db, a, 'V-01', 'victim');
    expect(() => insertPerson(db, a, 'V-01', 'victim')).toThrow(/UNIQUE/);
    expect(() => insertPerson(db, b, 'V-01', 'victim')).not.toThrow();
  });

  it('checks JSON columns, the confidentiality level and the case a person belongs to', () => {
    const db = freshDatabase();
    migrateTo(db, 6);
    const caseId = insertCase(db);
    const insert = db.prepare(
      `INSERT INTO people (id, case_id, code, role, profile, identity, confidentiality, created_at, updated_at)
       VALUES (?, ?, ?, 'victim', ?, ?, ?, 'now', 'now')`,
    );
    expect(() => insert.run(randomUUID(), caseId, 'V-01', 'not json', '{}', 'confidential')).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), caseId, 'V-02', '{}', '{', 'confidential')).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), caseId, 'V-03', '{}', '{}', 'secret')).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), randomUUID(), 'V-04', '{}', '{}', 'confidential')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('short', caseId, 'V-05', '{}', '{}', 'confidential')).toThrow(/CHECK/);
  });

  it('never changes or releases an issued code', () => {
    const db = freshDatabase();
    migrateTo(db, 6);
    const caseId = insertCase(db);
    db.prepare(`INSERT INTO person_codes_issued (case_id, code, issued_at) VALUES (?, 'V-01', 'now')`).run(caseId);
    expect(() =>
      db.prepare(`INSERT INTO person_codes_issued (case_id, code, issued_at) VALUES (?, 'V-01', 'now')`).run(caseId),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare(`UPDATE person_codes_issued SET code = 'V-02'`).run()).toThrow(/never changed/);
    expect(() => db.prepare(`DELETE FROM person_codes_issued`).run()).toThrow(/never released/);
  });
});
