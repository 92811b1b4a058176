import { CasefileError } from '../../../../shared/contract/index.js';
import type { VaultDatabase } from '../vault/database.js';
import { MIGRATIONS } from './migrations/index.js';

/** What a migration may need to know about the vault it runs in. */
export interface MigrationContext {
  vaultId: string;
}

/** One schema step. Frozen once released: it never imports domain constants that may change later. */
export interface Migration {
  version: number;
  name: string;
  up(db: VaultDatabase, context: MigrationContext): void;
}

export function schemaVersion(db: VaultDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function assertSequential(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

/**
 * Brings the schema to the last migration, all pending steps in ONE transaction (a failing step
 * leaves the database exactly as it was). A database from a newer app is refused, untouched.
 */
export function migrate(
  db: VaultDatabase,
  context: MigrationContext,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number } {
  assertSequential(migrations);
  const latest = migrations.length;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new CasefileError('VAULT_TOO_NEW', 'vault.tooNew');
  }
  if (from === latest) return { from, to: latest };
  db.transaction(() => {
    for (const migration of migrations.slice(from)) {
      migration.up(db, context);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return { from, to: latest };
}
