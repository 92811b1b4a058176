import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertCase, insertPerson, migrateTo, tableNames, useMigrationDatabases } from '../people/migration-db.js';

const freshDatabase = useMigrationDatabases();

const DEADLINE_COLUMNS = `(id, case_id, trigger_key, clock_id, clock, concerns_kind, concerns_id, started_by, start,
  due_at, last_possible_due_at, span_ms, firmness, basis, created_at, updated_at)`;

describe('migration 0016 (actions about subjects, the follow-up register)', () => {
  it('keeps the deadlines already running and lets a deadline concern a follow-up item', () => {
    const db = freshDatabase();
    migrateTo(db, 15);
    const caseId = insertCase(db);
    const insertDeadline = db.prepare(
      `INSERT INTO deadlines ${DEADLINE_COLUMNS}
       VALUES (?, ?, ?, 'c', '{}', ?, NULL, 'case_facts', '{}', 'd', 'd', NULL, 'target', '{}', 'now', 'now')`,
    );
    const kept = randomUUID();
    insertDeadline.run(kept, caseId, 'c:case', 'case');
    expect(() => insertDeadline.run(randomUUID(), caseId, 'c:fu', 'follow_up')).toThrow(/CHECK/);
    migrateTo(db, 16);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['subject_actions', 'follow_ups', 'follow_up_replies', 'follow_up_letters', 'deadlines']),
    );
    expect(db.prepare('SELECT id FROM deadlines').pluck().all()).toEqual([kept]);
    expect(() => insertDeadline.run(randomUUID(), caseId, 'c:fu', 'follow_up')).not.toThrow();
    expect(() => insertDeadline.run(randomUUID(), caseId, 'c:x', 'elsewhere')).toThrow(/CHECK/);
  });

  it('appends actions about a person of the case, and refuses to change or delete them', () => {
    const db = freshDatabase();
    migrateTo(db, 16);
    const caseId = insertCase(db);
    const subject = insertPerson(db, caseId, 'S-01', 'subject');
    const insert = db.prepare(
      `INSERT INTO subject_actions (id, case_id, person_id, kind, taken_at, source, source_reference, recorded_at,
         recorded_by) VALUES (?, ?, ?, ?, 'then', ?, ?, 'now', 'me')`,
    );
    insert.run(randomUUID(), caseId, subject, 'repatriation', 'mission', null);
    expect(() => insert.run(randomUUID(), caseId, randomUUID(), 'repatriation', 'mission', null)).toThrow(/FOREIGN/);
    expect(() => insert.run(randomUUID(), caseId, subject, 'flogging', 'mission', null)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), caseId, subject, 'repatriation', 'other', null)).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE subject_actions SET kind = 'other'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM subject_actions').run()).toThrow(/append-only/);
  });

  it('ties an item opened by a letter to that letter, and keeps replies append-only', () => {
    const db = freshDatabase();
    migrateTo(db, 16);
    const caseId = insertCase(db);
    const insert = db.prepare(
      `INSERT INTO follow_ups (id, case_id, counterpart, kind, sent_at, opened_by, letter_id, recorded_at, recorded_by)
       VALUES (?, ?, 'contributing_country', 'notification', 'then', ?, ?, 'now', 'me')`,
    );
    const item = randomUUID();
    insert.run(item, caseId, 'manual', null);
    expect(() => insert.run(randomUUID(), caseId, 'letter', null)).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM follow_ups').run()).toThrow(/never deleted/);
    db.prepare(
      `INSERT INTO follow_up_replies (id, follow_up_id, received_at, summary, recorded_at, recorded_by)
       VALUES (?, ?, 'later', 'NIO appointed', 'now', 'me')`,
    ).run(randomUUID(), item);
    expect(() => db.prepare(`UPDATE follow_up_replies SET summary = 'x'`).run()).toThrow(/append-only/);
  });
});
