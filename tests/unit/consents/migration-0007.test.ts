import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  columnNames,
  insertCase,
  insertPerson,
  migrateTo,
  tableNames,
  useMigrationDatabases,
} from '../people/migration-db.js';

const freshDatabase = useMigrationDatabases();

describe('migration 0007 (consents)', () => {
  it('adds the consent history, linked to the case and the person', () => {
    const db = freshDatabase();
    migrateTo(db, 6);
    const caseId = insertCase(db);
    const personId = insertPerson(db, caseId, 'V-01', 'victim');
    migrateTo(db, 7);
    expect(tableNames(db)).toContain('consent_decisions');
    expect(columnNames(db, 'consent_decisions')).toEqual([
      'seq',
      'id',
      'case_id',
      'person_id',
      'purpose',
      'decision',
      'decided_at',
      'given_by',
      'guardian_person_id',
      'recipient',
      'note',
      'recorded_at',
    ]);
    const insert = db.prepare(
      `INSERT INTO consent_decisions (id, case_id, person_id, purpose, decision, decided_at, given_by,
        guardian_person_id, recorded_at)
       VALUES (?, ?, ?, 'interview', 'given', 'then', ?, ?, 'now')`,
    );
    insert.run(randomUUID(), caseId, personId, 'self', null);
    expect(() => insert.run(randomUUID(), caseId, randomUUID(), 'self', null)).toThrow(/FOREIGN KEY/);
  });

  it('names a guardian exactly when a guardian decided', () => {
    const db = freshDatabase();
    migrateTo(db, 7);
    const caseId = insertCase(db);
    const child = insertPerson(db, caseId, 'V-01', 'victim');
    const guardian = insertPerson(db, caseId, 'G-01', 'guardian');
    const insert = db.prepare(
      `INSERT INTO consent_decisions (id, case_id, person_id, purpose, decision, decided_at, given_by,
        guardian_person_id, recorded_at)
       VALUES (?, ?, ?, 'interview', 'given', 'then', ?, ?, 'now')`,
    );
    expect(() => insert.run(randomUUID(), caseId, child, 'guardian', null)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), caseId, child, 'self', guardian)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), caseId, child, 'guardian', guardian)).not.toThrow();
  });

  it('is append-only: a decision is never edited or deleted', () => {
    const db = freshDatabase();
    migrateTo(db, 7);
    const caseId = insertCase(db);
    const personId = insertPerson(db, caseId, 'W-01', 'witness');
    db.prepare(
      `INSERT INTO consent_decisions (id, case_id, person_id, purpose, decision, decided_at, given_by, recorded_at)
       VALUES (?, ?, ?, 'interview', 'refused', 'then', 'self', 'now')`,
    ).run(randomUUID(), caseId, personId);
    expect(() => db.prepare(`UPDATE consent_decisions SET decision = 'given'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM consent_decisions`).run()).toThrow(/append-only/);
    expect(db.prepare('SELECT decision FROM consent_decisions').pluck().all()).toEqual(['refused']);
  });
});
