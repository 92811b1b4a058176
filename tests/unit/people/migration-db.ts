import { randomUUID } from 'node:crypto';
import { migrate } from '../../../electron/core/kernel/db/migrate.js';
import { MIGRATIONS } from '../../../electron/core/kernel/db/migrations/index.js';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { MIGRATION_CONTEXT } from '../cases/migration-db.js';

export { columnNames, tableNames, useMigrationDatabases } from '../cases/migration-db.js';

/** Runs the registered migrations up to `version` (people, consents and interviews are 6, 7, 8). */
export function migrateTo(db: VaultDatabase, version: number): void {
  migrate(db, MIGRATION_CONTEXT, MIGRATIONS.slice(0, version));
}

/** A case row as 0004 shapes it; returns its id. */
export function insertCase(db: VaultDatabase, reference = 'CF-2026-0001'): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO cases (id, reference, title, date_received, reporting_channel, entity, location, incident_dates,
      urgent,
                        alleged_exchange, paternity_claim, status, confidentiality, created_at, updated_at)
     VALUES (?, ?, 'T', '2026-03-01', 'hotline', 'MINUSCA', '{"text":"","confidentiality":"strictly_confidential"}',
             '[{"precision":"unknown"}]', 0, '[]', '{"claimed":false}', 'preliminary_assessment', 'confidential',
             '2026-03-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z')`,
  ).run(id, reference);
  return id;
}

/** A person row as 0006 shapes it; returns its id. */
export function insertPerson(db: VaultDatabase, caseId: string, code: string, role: string): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO people (id, case_id, code, role, profile, identity, confidentiality, created_at, updated_at)
     VALUES (?, ?, ?, ?, '{}', '{"confidentiality":"strictly_confidential"}', 'confidential', 'now', 'now')`,
  ).run(id, caseId, code, role);
  return id;
}
