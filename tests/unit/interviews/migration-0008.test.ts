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
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';

const freshDatabase = useMigrationDatabases();

function insertInterview(db: VaultDatabase, caseId: string, personId: string): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO interviews (id, case_id, person_id, status, arrangements, notes, confidentiality, created_at,
      updated_at)
     VALUES (?, ?, ?, 'planned', '{}', '{"blocks":[]}', 'strictly_confidential', 'now', 'now')`,
  ).run(id, caseId, personId);
  return id;
}

describe('migration 0008 (interviews)', () => {
  it('adds interviews with notes, their autosave revision, and the signed versions', () => {
    const db = freshDatabase();
    migrateTo(db, 7);
    const caseId = insertCase(db);
    const personId = insertPerson(db, caseId, 'V-01', 'victim');
    migrateTo(db, 8);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['interviews', 'interview_versions']));
    expect(columnNames(db, 'interviews')).toEqual([
      'id',
      'case_id',
      'person_id',
      'status',
      'arrangements',
      'conducted_at',
      'signed_at',
      'cancelled_at',
      'cancel_reason',
      'notes',
      'notes_revision',
      'notes_saved_at',
      'notes_audited_at',
      'confidentiality',
      'created_at',
      'updated_at',
    ]);
    expect(columnNames(db, 'interview_versions')).toEqual(['interview_id', 'version', 'at', 'reason', 'notes']);
    const id = insertInterview(db, caseId, personId);
    expect(db.prepare('SELECT notes_revision FROM interviews WHERE id = ?').pluck().get(id)).toBe(0);
    expect(() => insertInterview(db, caseId, randomUUID())).toThrow(/FOREIGN KEY/);
  });

  it('checks JSON columns, the revision and that a cancellation has its reason', () => {
    const db = freshDatabase();
    migrateTo(db, 8);
    const caseId = insertCase(db);
    const id = insertInterview(db, caseId, insertPerson(db, caseId, 'W-01', 'witness'));
    expect(() => db.prepare(`UPDATE interviews SET notes = 'plain' WHERE id = ?`).run(id)).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE interviews SET arrangements = '{' WHERE id = ?`).run(id)).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE interviews SET notes_revision = -1 WHERE id = ?`).run(id)).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE interviews SET cancelled_at = 'now' WHERE id = ?`).run(id)).toThrow(/CHECK/);
  });

  it('keeps signed versions for good: version 1 without a reason, later ones with one, none changed or removed', () => {
    const db = freshDatabase();
    migrateTo(db, 8);
    const caseId = insertCase(db);
    const id = insertInterview(db, caseId, insertPerson(db, caseId, 'V-01', 'victim'));
    const insert = db.prepare(
      `INSERT INTO interview_versions (interview_id, version, at, reason, notes) VALUES ` +
        `(?, ?, 'now', ?, '{"blocks":[]}')`,
    );
    expect(() => insert.run(id, 1, 'a reason')).toThrow(/CHECK/);
    insert.run(id, 1, null);
    expect(() => insert.run(id, 2, null)).toThrow(/CHECK/);
    insert.run(id, 2, 'Corrected a date');
    expect(() => insert.run(id, 2, 'again')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run(id, 0, 'zero')).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE interview_versions SET notes = '{"blocks":[]}' WHERE version = 1`).run()).toThrow(
      /never changed/,
    );
    expect(() => db.prepare(`DELETE FROM interview_versions`).run()).toThrow(/never removed/);
  });
});
