import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unlockWithPassphrase } from '../../../electron/core/kernel/vault/vault.js';

/** Everything a call could have changed in a vault folder: its plain files' bytes and every table's rows. */
export interface VaultSnapshot {
  files: Record<string, string | null>;
  schemaVersion: unknown;
  tables: Record<string, string[]>;
}

const PLAIN_FILES = ['vault.json', 'preferences.json'];

function fileDigests(dir: string): Record<string, string | null> {
  return Object.fromEntries(
    PLAIN_FILES.map((name) => {
      const path = join(dir, name);
      return [name, existsSync(path) ? readFileSync(path).toString('base64') : null];
    }),
  );
}

/**
 * Reads the database through a second connection (the workspace's own, if open, is left alone).
 * Rows are sorted so the comparison does not depend on the order SQLite returns them in.
 */
export async function snapshotVault(dir: string, passphrase: string): Promise<VaultSnapshot> {
  const vault = await unlockWithPassphrase(dir, passphrase);
  try {
    const names = vault.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => (row as { name: string }).name);
    const tables: Record<string, string[]> = {};
    for (const name of names) {
      const rows = vault.db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).all();
      tables[name] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return { files: fileDigests(dir), schemaVersion: vault.db.pragma('user_version', { simple: true }), tables };
  } finally {
    vault.close();
  }
}
