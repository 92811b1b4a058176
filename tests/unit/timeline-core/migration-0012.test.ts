import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { columnNames, insertCase, migrateTo, tableNames, useMigrationDatabases } from '../people/migration-db.js';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';

const freshDatabase = useMigrationDatabases();

function insertEvent(db: VaultDatabase, caseId: string, extra: Record<string, unknown> = {}): void {
  db.prepare(
    `INSERT INTO timeline_events (id, case_id, date, date_earliest, date_latest, kind, title, description, basis,
      sources,
       confidentiality, created_at, updated_at, removed_at, removed_reason)
     VALUES (@id, @caseId, @date, @earliest, @latest, 'incident', 'V-01 met S-01', NULL, @basis, '[]', @confidentiality,
       'now', 'now', @removedAt, @removedReason)`,
  ).run({
    id: randomUUID(),
    caseId,
    date: '{"precision":"month","from":"2015-03"}',
    earliest: '2015-03-01T00:00:00.000Z',
    latest: '2015-03-31T23:59:59.999Z',
    basis: 'reported_by_source',
    confidentiality: 'confidential',
    removedAt: null,
    removedReason: null,
    ...extra,
  });
}

describe('migration 0012 (timeline)', () => {
  it('adds manual timeline events on a vault with cases', () => {
    const db = freshDatabase();
    migrateTo(db, 11);
    const caseId = insertCase(db);
    migrateTo(db, 12);
    expect(tableNames(db)).toContain('timeline_events');
    expect(columnNames(db, 'timeline_events')).toEqual([
      'id',
      'case_id',
      'date',
      'date_earliest',
      'date_latest',
      'kind',
      'title',
      'description',
      'basis',
      'sources',
      'confidentiality',
      'created_at',
      'updated_at',
      'removed_at',
      'removed_reason',
    ]);
    insertEvent(db, caseId);
    insertEvent(db, caseId, { date: '{"precision":"unknown"}', earliest: null, latest: null });
    expect(db.prepare('SELECT count(*) FROM timeline_events').pluck().get()).toBe(2);
  });

  it('checks the date JSON, both ends of its interval, the basis, the level, the removal reason and the case', () => {
    const db = freshDatabase();
    migrateTo(db, 12);
    const caseId = insertCase(db);
    expect(() => insertEvent(db, caseId, { date: 'March 2015' })).toThrow(/CHECK/);
    expect(() => insertEvent(db, caseId, { latest: null })).toThrow(/CHECK/);
    expect(() => insertEvent(db, caseId, { basis: 'rumour' })).toThrow(/CHECK/);
    expect(() => insertEvent(db, caseId, { confidentiality: 'secret' })).toThrow(/CHECK/);
    expect(() => insertEvent(db, caseId, { removedAt: 'now' })).toThrow(/CHECK/);
    expect(() => insertEvent(db, randomUUID())).toThrow(/FOREIGN KEY/);
  });
});
