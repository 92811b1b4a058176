import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../electron/core/kernel/db/migrate.js';
import { columnNames, migrateTo, tableNames, useMigrationDatabases } from '../cases/migration-db.js';

const freshDatabase = useMigrationDatabases();
const ZEROS = '0'.repeat(64);
const HASH = 'a'.repeat(64);

describe('migration 0003 (audit log)', () => {
  it('creates an append-only audit_log: inserts pass, updates and deletes are refused', () => {
    const db = freshDatabase();
    migrateTo(db, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(tableNames(db)).toContain('audit_log');
    expect(columnNames(db, 'audit_log')).toEqual([
      'seq',
      'at',
      'actor',
      'action',
      'case_id',
      'target_kind',
      'target_id',
      'target_label',
      'details',
      'prev_hash',
      'hash',
    ]);
    const insert = db.prepare(
      `INSERT INTO audit_log (seq, at, actor, action, case_id, target_kind, target_id, details, prev_hash, hash)
       VALUES (?, '2026-01-01T00:00:00.000Z', 'test', 'case.create', NULL, ?, ?, ?, ?, ?)`,
    );
    insert.run(1, 'case', 'c1', '{}', ZEROS, HASH);
    expect(() => insert.run(2, 'case', 'c1', 'not json', HASH, 'b'.repeat(64))).toThrow(/CHECK/);
    expect(() => insert.run(2, 'case', null, '{}', HASH, 'b'.repeat(64))).toThrow(/CHECK/);
    expect(() => insert.run(2, 'case', 'c1', '{}', 'short', 'b'.repeat(64))).toThrow(/CHECK/);
    expect(() => insert.run(2, 'case', 'c1', '{}', HASH, HASH)).toThrow(/UNIQUE/);
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'someone else'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    expect(db.prepare(`SELECT actor FROM audit_log`).pluck().all()).toEqual(['test']);
  });
});
