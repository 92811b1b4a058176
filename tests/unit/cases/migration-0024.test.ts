import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/kernel/db/migrate.js';
import { MIGRATIONS } from '../../../electron/core/kernel/db/migrations/index.js';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { columnNames, MIGRATION_CONTEXT, useMigrationDatabases } from './migration-db.js';

const freshDatabase = useMigrationDatabases();
function migrateTo(db: VaultDatabase, version: number): void {
  migrate(db, MIGRATION_CONTEXT, MIGRATIONS.slice(0, version));
}

const INSERT = `INSERT INTO cases (id, reference, title, date_received, reporting_channel, entity, location,
    incident_dates, urgent, alleged_exchange, paternity_claim, status, confidentiality, created_at, updated_at)
  VALUES (?, ?, 'T', '2026-03-01', 'hotline', 'MINUSCA', '{}', '[]', 0, '[]', '{"claimed":false}',
    'preliminary_assessment', 'confidential', 'x', 'x')`;

describe('migration 0024 (a case kept out of the published count)', () => {
  it('keeps every earlier case counted, holds the exclusion as JSON and indexes the date received', () => {
    const db = freshDatabase();
    migrateTo(db, 23);
    const before = randomUUID();
    db.prepare(INSERT).run(before, 'CF-2026-0001');

    migrateTo(db, 24);
    expect(columnNames(db, 'cases')).toContain('count_exclusion');
    expect(db.prepare('SELECT count_exclusion FROM cases WHERE id = ?').pluck().get(before)).toBeNull();
    const set = db.prepare('UPDATE cases SET count_exclusion = ? WHERE id = ?');
    set.run('{"ground":"already_counted","reason":"Same report"}', before);
    expect(() => set.run('not json', before)).toThrow(/CHECK/);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM cases WHERE date_received BETWEEN '2026-01-01' AND '2026-03-31'`)
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/cases_by_date_received/);
  });
});
