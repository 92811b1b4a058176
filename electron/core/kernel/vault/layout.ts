import * as path from 'node:path';

/** Where each part of a vault lives inside its folder. */
export interface VaultPaths {
  dir: string;
  keyFile: string;
  database: string;
  databaseWal: string;
  databaseShm: string;
  preferences: string;
  /** Reserved for encrypted evidence objects. */
  objects: string;
}

export function vaultPaths(dir: string): VaultPaths {
  const database = path.join(dir, 'casefile.db');
  return {
    dir,
    keyFile: path.join(dir, 'vault.json'),
    database,
    databaseWal: `${database}-wal`,
    databaseShm: `${database}-shm`,
    preferences: path.join(dir, 'preferences.json'),
    objects: path.join(dir, 'objects'),
  };
}
