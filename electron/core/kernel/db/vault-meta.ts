import type { VaultDatabase } from '../vault/database.js';

/** The vault id recorded in the database (migration 0002), or null if there is none. */
export function readDatabaseVaultId(db: VaultDatabase): string | null {
  const value = db.prepare(`SELECT value FROM vault_meta WHERE key = 'vault_id'`).pluck().get();
  return typeof value === 'string' ? value : null;
}
