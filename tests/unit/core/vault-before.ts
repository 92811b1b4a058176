import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { afterEach } from 'vitest';
import { migrate } from '../../../electron/core/kernel/db/migrate.js';
import { MIGRATIONS } from '../../../electron/core/kernel/db/migrations/index.js';
import { createPrivateFile } from '../../../electron/core/kernel/files/private-files.js';
import { openVaultDatabase, type VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { generateDataKey } from '../../../electron/core/kernel/vault/keys.js';
import { useTempDirs } from './helpers.js';

/**
 * For a migration's test: a new vault database migrated up to, not including, the version named, as
 * a vault an older Casefile kept; `migrateThrough` then runs the rest (or up to a version), as the
 * next unlock would.
 * Each is closed after its test.
 */
export function useVaultsBefore(): {
  vaultBefore(version: number): VaultDatabase;
  migrateThrough(db: VaultDatabase, version?: number): void;
} {
  const tempDir = useTempDirs();
  const dbs: VaultDatabase[] = [];
  afterEach(() => {
    for (const db of dbs.splice(0)) if (db.open) db.close();
  });
  return {
    vaultBefore(version) {
      const file = path.join(tempDir(), 'casefile.db');
      createPrivateFile(file);
      const db = openVaultDatabase(file, generateDataKey(), { isNew: true });
      dbs.push(db);
      migrate(
        db,
        { vaultId: randomUUID() },
        MIGRATIONS.filter((m) => m.version < version),
      );
      return db;
    },
    migrateThrough(db, version = Number.POSITIVE_INFINITY) {
      migrate(
        db,
        { vaultId: randomUUID() },
        MIGRATIONS.filter((m) => m.version <= version),
      );
    },
  };
}
