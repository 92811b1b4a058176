import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion, type Migration } from '../../../electron/core/kernel/db/migrate.js';
import { MIGRATIONS } from '../../../electron/core/kernel/db/migrations/index.js';
import { readDatabaseVaultId } from '../../../electron/core/kernel/db/vault-meta.js';
import { createPrivateFile } from '../../../electron/core/kernel/files/private-files.js';
import { openVaultDatabase, type VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { generateDataKey } from '../../../electron/core/kernel/vault/keys.js';
import { caught, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();
const dbs: VaultDatabase[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
});

/** A real encrypted database, empty, as vault creation makes it. */
function freshDatabase(): VaultDatabase {
  const file = path.join(tempDir(), 'casefile.db');
  createPrivateFile(file);
  const db = openVaultDatabase(file, generateDataKey(), { isNew: true });
  dbs.push(db);
  return db;
}

const tables = (db: VaultDatabase) =>
  db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
const columns = (db: VaultDatabase, table: string) =>
  db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[];

const context = { vaultId: randomUUID() };

describe('migrations', () => {
  it('are numbered 1..n in order, with names that say so', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.name.startsWith(String(i + 1).padStart(4, '0'))).toBe(true);
    });
  });

  it('bring an empty database to the last version, and then do nothing', () => {
    const db = freshDatabase();
    expect(migrate(db, context)).toEqual({ from: 0, to: MIGRATIONS.length });
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(migrate(db, context)).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length });
  });

  it('0001 creates cases (unique reference, checked confidentiality) and the per-year reference counter', () => {
    const db = freshDatabase();
    migrate(db, context, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['case_reference_counters', 'cases']);
    expect(columns(db, 'cases')).toEqual([
      'id',
      'reference',
      'title',
      'summary',
      'confidentiality',
      'created_at',
      'updated_at',
    ]);
    const insert = db.prepare(
      `INSERT INTO cases (id, reference, title, confidentiality, created_at, ` +
        `updated_at) VALUES (?, ?, 'T', ?, 'now', 'now')`,
    );
    insert.run(randomUUID(), 'CF-2026-0001', 'confidential');
    expect(() => insert.run(randomUUID(), 'CF-2026-0001', 'confidential')).toThrow(/UNIQUE/);
    expect(() => insert.run(randomUUID(), 'CF-2026-0002', 'public')).toThrow(/CHECK/);
    expect(() => insert.run('short-id', 'CF-2026-0003', 'standard')).toThrow(/CHECK/);
    expect(db.prepare(`SELECT summary FROM cases`).pluck().get()).toBe('');
  });

  it('0002 adds vault_meta with the vault id, and the cases from 0001 survive it', () => {
    const db = freshDatabase();
    migrate(db, context, MIGRATIONS.slice(0, 1));
    const id = randomUUID();
    db.prepare(
      `INSERT INTO cases (id, reference, title, summary, confidentiality, created_at, updated_at)
       VALUES (?, 'CF-2026-0001', 'Témoin', 'résumé', 'strictly_confidential', '2026-01-02T03:04:05.000Z',
         '2026-01-02T03:04:05.000Z')`,
    ).run(id);
    db.prepare(`INSERT INTO case_reference_counters (year, last_number) VALUES (2026, 1)`).run();

    expect(migrate(db, context, MIGRATIONS.slice(0, 2))).toEqual({ from: 1, to: 2 });
    expect(tables(db)).toContain('vault_meta');
    expect(readDatabaseVaultId(db)).toBe(context.vaultId);
    expect(db.prepare(`SELECT id, title, summary FROM cases`).get()).toEqual({
      id,
      title: 'Témoin',
      summary: 'résumé',
    });
    expect(db.prepare(`SELECT last_number FROM case_reference_counters WHERE year = 2026`).pluck().get()).toBe(1);
  });

  it('run all pending steps in one transaction: a failing step leaves the database as it was', () => {
    const db = freshDatabase();
    migrate(db, context, MIGRATIONS.slice(0, 1));
    const failing: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'failing',
      up(d) {
        d.exec('CREATE TABLE half_done (x)');
        throw new Error('migration failed');
      },
    };
    expect(() => migrate(db, context, [...MIGRATIONS, failing])).toThrow('migration failed');
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['case_reference_counters', 'cases']);
  });

  it('refuse a database newer than the last migration (VAULT_TOO_NEW), touching nothing', async () => {
    const db = freshDatabase();
    migrate(db, context);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    const error = await caught(() => migrate(db, context));
    expect(error.code).toBe('VAULT_TOO_NEW');
    expect(error.message).toMatch(/created by a newer version of Casefile; update the app/);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
  });

  it('refuse a migration list with a gap', () => {
    const db = freshDatabase();
    expect(() => migrate(db, context, [MIGRATIONS[1]!])).toThrow(/expected 1/);
  });
});
