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

describe('migration 0019 (paternity)', () => {
  function migrated() {
    const db = freshDatabase();
    migrateTo(db, 18);
    const caseId = insertCase(db);
    const mother = insertPerson(db, caseId, 'V-01', 'victim');
    const subject = insertPerson(db, caseId, 'S-01', 'subject');
    migrateTo(db, 19);
    const insert = (code: string, extra: Record<string, string | null> = {}) =>
      db
        .prepare(
          `INSERT INTO paternity_children (id, case_id, code, mother_id, subject_id, birth, reported_on, status,
             dna_sample_taken_on, dna_sample_sent_on, dna_result, dna_result_on, support, confidentiality,
             created_at, updated_at)
           VALUES (@id, @caseId, @code, @mother, @subject, '{"precision":"unknown"}', '2026-03-01', @status,
             @taken, @sent, @result, @resultOn, '{}', 'strictly_confidential', 'now', 'now')`,
        )
        .run({
          id: randomUUID(),
          caseId,
          code,
          mother,
          subject,
          status: 'reported',
          taken: null,
          sent: null,
          result: null,
          resultOn: null,
          ...extra,
        });
    return { db, caseId, mother, subject, insert };
  }

  it('adds the child records, linked to the case, the mother and the subject', () => {
    const { db, insert } = migrated();
    expect(tableNames(db)).toContain('paternity_children');
    expect(columnNames(db, 'paternity_children')).toContain('member_state_contact');
    insert('C-01');
    expect(() => insert('C-01')).toThrow(/UNIQUE/);
    expect(() => insert('C-02', { mother: randomUUID() })).toThrow(/FOREIGN KEY/);
    expect(() => insert('child one')).toThrow(/CHECK/);
    expect(() => insert('C-03', { status: 'pending' })).toThrow(/CHECK/);
  });

  it('keeps the DNA steps in order and never deletes a record', () => {
    const { db, insert } = migrated();
    expect(() => insert('C-01', { sent: '2026-03-02' })).toThrow(/CHECK/);
    expect(() => insert('C-01', { taken: '2026-03-01', result: 'match' })).toThrow(/CHECK/);
    insert('C-01', { taken: '2026-03-01', sent: '2026-03-02', result: 'match', resultOn: '2026-03-05' });
    expect(() => db.prepare('DELETE FROM paternity_children').run()).toThrow(/never reused/);
  });
});
