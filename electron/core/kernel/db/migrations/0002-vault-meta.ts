import type { Migration } from '../migrate.js';

/**
 * Facts about the vault stored inside the encrypted database. `vault_id` ties the database to
 * its key file: at unlock a database carrying another vault's id is refused.
 */
export const m0002VaultMeta: Migration = {
  version: 2,
  name: '0002-vault-meta',
  up(db, context) {
    db.exec(`
      CREATE TABLE vault_meta (
        key TEXT NOT NULL PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
    db.prepare(`INSERT INTO vault_meta (key, value) VALUES ('vault_id', ?)`).run(context.vaultId);
  },
};
