import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertCase, insertPerson, migrateTo, tableNames, useMigrationDatabases } from '../people/migration-db.js';

const freshDatabase = useMigrationDatabases();

const INSERT = `INSERT INTO investigative_actions (id, case_id, kind, person_id, requested_at, requested_by, status,
    outcome_at, reason, confidentiality, recorded_at, updated_at)
  VALUES (?, ?, 'forensic_medical_exam', ?, '2026-03-02T08:00:00.000Z', 'Investigator', ?, ?, ?, 'confidential',
    '2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z')`;

describe('migration 0018 (investigative actions)', () => {
  it('adds the actions and their evidence links, tied to the case and the person', () => {
    const db = freshDatabase();
    migrateTo(db, 17);
    const caseId = insertCase(db);
    const personId = insertPerson(db, caseId, 'V-01', 'victim');
    migrateTo(db, 18);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['investigative_actions', 'investigative_action_evidence']));
    const insert = db.prepare(INSERT);
    const id = randomUUID();
    insert.run(id, caseId, personId, 'requested', null, null);
    expect(() => insert.run(randomUUID(), caseId, randomUUID(), 'requested', null, null)).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare('INSERT INTO investigative_action_evidence (action_id, evidence_id, position) VALUES (?, ?, 0)')
        .run(id, randomUUID()),
    ).toThrow(/FOREIGN KEY/);
  });

  it('holds an outcome date exactly when concluded, a reason when refused, never an outcome before the request', () => {
    const db = freshDatabase();
    migrateTo(db, 18);
    const caseId = insertCase(db);
    const personId = insertPerson(db, caseId, 'V-01', 'victim');
    const insert = db.prepare(INSERT);
    const after = '2026-03-03T08:00:00.000Z';
    expect(() => insert.run(randomUUID(), caseId, personId, 'done', null, null)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), caseId, personId, 'requested', after, null)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), caseId, personId, 'refused', after, null)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), caseId, personId, 'lost', after, 'why')).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), caseId, personId, 'done', '2026-03-01T08:00:00.000Z', null)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), caseId, personId, 'refused', after, 'declined')).not.toThrow();
    expect(() => insert.run(randomUUID(), caseId, personId, 'done', after, null)).not.toThrow();
  });
});
