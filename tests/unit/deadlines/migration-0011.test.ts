import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { columnNames, insertCase, migrateTo, tableNames, useMigrationDatabases } from '../people/migration-db.js';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';

const freshDatabase = useMigrationDatabases();

function insertDeadline(db: VaultDatabase, caseId: string, key: string, extra: Record<string, unknown> = {}): void {
  db.prepare(
    `INSERT INTO deadlines (id, case_id, trigger_key, clock_id, clock, concerns_kind, concerns_id, started_by, start,
      due_at,
       last_possible_due_at, span_ms, firmness, basis, created_at, updated_at, closed_at, closed_action, closed_by,
       withdrawn_at, withdrawn_reason)
     VALUES (@id, @caseId, @key, 'hiv_pep', '{}', @concernsKind, '0', 'case_facts', '"2026-03-01T08:00:00.000Z"',
       '2026-03-04T08:00:00.000Z', '2026-03-04T08:00:00.000Z', 259200000, 'binding', '{}', 'now', 'now',
       @closedAt, @closedAction, @closedBy, @withdrawnAt, @withdrawnReason)`,
  ).run({
    id: randomUUID(),
    caseId,
    key,
    concernsKind: 'incident',
    closedAt: null,
    closedAction: null,
    closedBy: null,
    withdrawnAt: null,
    withdrawnReason: null,
    ...extra,
  });
}

describe('migration 0011 (deadlines)', () => {
  it('adds vault settings, case milestones and conditions, and deadlines, on a vault with cases', () => {
    const db = freshDatabase();
    migrateTo(db, 10);
    const caseId = insertCase(db);
    migrateTo(db, 11);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['vault_settings', 'case_milestones', 'case_clock_conditions', 'deadlines']),
    );
    expect(columnNames(db, 'deadlines')).toEqual([
      'id',
      'case_id',
      'trigger_key',
      'clock_id',
      'clock',
      'concerns_kind',
      'concerns_id',
      'started_by',
      'start',
      'due_at',
      'last_possible_due_at',
      'span_ms',
      'firmness',
      'basis',
      'created_at',
      'updated_at',
      'closed_at',
      'closed_action',
      'closed_by',
      'withdrawn_at',
      'withdrawn_reason',
    ]);
    insertDeadline(db, caseId, 'hiv_pep:incident:0');
    expect(db.prepare('SELECT count(*) FROM deadlines').pluck().get()).toBe(1);
    // Defaults are never copied into the vault: no settings row until the user changes one.
    expect(db.prepare('SELECT count(*) FROM vault_settings').pluck().get()).toBe(0);
  });

  it('starts a clock once per case and trigger key', () => {
    const db = freshDatabase();
    migrateTo(db, 11);
    const a = insertCase(db, 'CF-2026-0001');
    const b = insertCase(db, 'CF-2026-0002');
    insertDeadline(db, a, 'hiv_pep:incident:0');
    expect(() => insertDeadline(db, a, 'hiv_pep:incident:0')).toThrow(/UNIQUE/);
    expect(() => insertDeadline(db, b, 'hiv_pep:incident:0')).not.toThrow();
  });

  it('keeps a closing complete, a withdrawal with its reason, and never both', () => {
    const db = freshDatabase();
    migrateTo(db, 11);
    const caseId = insertCase(db);
    const closed = { closedAt: '2026-03-02T08:00:00.000Z', closedAction: 'PEP started', closedBy: 'app' };
    const withdrawn = { withdrawnAt: '2026-03-02T08:00:00.000Z', withdrawnReason: 'start_removed' };
    expect(() => insertDeadline(db, caseId, 'a', { ...closed, closedBy: null })).toThrow(/CHECK/);
    expect(() => insertDeadline(db, caseId, 'b', { withdrawnAt: withdrawn.withdrawnAt })).toThrow(/CHECK/);
    expect(() => insertDeadline(db, caseId, 'c', { ...closed, ...withdrawn })).toThrow(/CHECK/);
    expect(() => insertDeadline(db, caseId, 'd', { concernsKind: 'victim' })).toThrow(/CHECK/);
    expect(() => insertDeadline(db, randomUUID(), 'e')).toThrow(/FOREIGN KEY/);
    expect(() => insertDeadline(db, caseId, 'f', closed)).not.toThrow();
    expect(() => insertDeadline(db, caseId, 'g', withdrawn)).not.toThrow();
  });

  it('one milestone of each kind per case; settings hold JSON', () => {
    const db = freshDatabase();
    migrateTo(db, 11);
    const caseId = insertCase(db);
    const milestone = db.prepare(
      `INSERT INTO case_milestones (case_id, milestone, at, recorded_at) VALUES (?, 'tcc_notified', 'x', 'y')`,
    );
    milestone.run(caseId);
    expect(() => milestone.run(caseId)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() =>
      db.prepare(`INSERT INTO vault_settings (key, value, updated_at) VALUES ('clocks', 'not json', 'now')`).run(),
    ).toThrow(/CHECK/);
  });
});
