import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/kernel/db/migrate.js';
import { MIGRATIONS } from '../../../electron/core/kernel/db/migrations/index.js';
import { createPrivateFile } from '../../../electron/core/kernel/files/private-files.js';
import { openVaultDatabase, type VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { generateDataKey } from '../../../electron/core/kernel/vault/keys.js';
import { useTempDirs } from './helpers.js';

/**
 * Migrations are history: an existing vault ran them long ago, so a fresh vault must get exactly
 * the same schema from them. The schema after the shipped migrations (0001–0019) is committed in
 * fixtures/schema-after-0019.txt, one sqlite_master entry a line (type, name, table, SQL with its
 * whitespace folded). A later migration does not touch this test: it only reads the steps to 0019.
 */
const SHIPPED = 19;
const EXPECTED = path.join(import.meta.dirname, 'fixtures', 'schema-after-0019.txt');

const tempDir = useTempDirs();
const dbs: VaultDatabase[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
});

function schemaAfterShippedMigrations(): string[] {
  const file = path.join(tempDir(), 'casefile.db');
  createPrivateFile(file);
  const db = openVaultDatabase(file, generateDataKey(), { isNew: true });
  dbs.push(db);
  migrate(db, { vaultId: randomUUID() }, MIGRATIONS.slice(0, SHIPPED));
  const entries = db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name`).all() as {
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }[];
  return entries.map((e) => [e.type, e.name, e.tbl_name, e.sql?.replace(/\s+/g, ' ').trim() ?? ''].join(' ').trim());
}

describe('the schema of the shipped migrations', () => {
  it('is the one committed: a change to a shipped migration or a frozen piece is a new migration', () => {
    const expected = fs.readFileSync(EXPECTED, 'utf8').trimEnd().split('\n');
    expect(schemaAfterShippedMigrations()).toEqual(expected);
  });
});
