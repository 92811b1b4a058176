import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { afterEach } from 'vitest';
import { migrate, type Migration } from '../../../electron/core/kernel/db/migrate.js';
import { m0001Cases } from '../../../electron/core/kernel/db/migrations/0001-cases.js';
import { m0002VaultMeta } from '../../../electron/core/kernel/db/migrations/0002-vault-meta.js';
import { m0003AuditLog } from '../../../electron/core/kernel/db/migrations/0003-audit-log.js';
import { m0004CaseIntake } from '../../../electron/core/kernel/db/migrations/0004-case-intake.js';
import { m0005SearchIndex } from '../../../electron/core/kernel/db/migrations/0005-search-index.js';
import { createPrivateFile } from '../../../electron/core/kernel/files/private-files.js';
import { openVaultDatabase, type VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { generateDataKey } from '../../../electron/core/kernel/vault/keys.js';
import { useTempDirs } from '../core/helpers.js';

/** The migrations up to this team's last one, imported one by one so these tests stand alone. */
const MIGRATIONS_TO_0005: readonly Migration[] = [
  m0001Cases,
  m0002VaultMeta,
  m0003AuditLog,
  m0004CaseIntake,
  m0005SearchIndex,
];

export const MIGRATION_CONTEXT = { vaultId: randomUUID() };

/** Fresh real encrypted databases (temp folders), closed after each test. */
export function useMigrationDatabases(): () => VaultDatabase {
  const tempDir = useTempDirs();
  const dbs: VaultDatabase[] = [];
  afterEach(() => {
    for (const db of dbs.splice(0)) if (db.open) db.close();
  });
  return () => {
    const file = path.join(tempDir(), 'casefile.db');
    createPrivateFile(file);
    const db = openVaultDatabase(file, generateDataKey(), { isNew: true });
    dbs.push(db);
    return db;
  };
}

export function migrateTo(db: VaultDatabase, version: number): void {
  migrate(db, MIGRATION_CONTEXT, MIGRATIONS_TO_0005.slice(0, version));
}

export const tableNames = (db: VaultDatabase): string[] =>
  db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];

export const columnNames = (db: VaultDatabase, table: string): string[] =>
  db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[];
