import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrivateFile } from '../../../electron/core/kernel/files/private-files.js';
import { openVaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { generateDataKey, type DataKey } from '../../../electron/core/kernel/vault/keys.js';
import { caught, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();

/** An encrypted database with one row, made through the core, closed. */
function encryptedDatabase(): { file: string; key: DataKey } {
  const file = path.join(tempDir(), 'casefile.db');
  const key = generateDataKey();
  createPrivateFile(file);
  const db = openVaultDatabase(file, Buffer.from(key) as DataKey, { isNew: true });
  db.exec(`CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('row')`);
  db.close();
  return { file, key };
}

describe('vault database connection', () => {
  it('sets cipher, WAL, synchronous FULL, foreign keys, in-memory temp store and secure delete on every open', () => {
    const { file, key } = encryptedDatabase();
    const db = openVaultDatabase(file, key, { isNew: false });
    const read = (pragma: string) => db.pragma(pragma, { simple: true });
    expect(read('cipher')).toBe('chacha20');
    expect(read('journal_mode')).toBe('wal');
    expect(read('synchronous')).toBe(2); // FULL
    expect(read('foreign_keys')).toBe(1);
    expect(read('temp_store')).toBe(2); // MEMORY
    expect(read('secure_delete')).toBe(1);
    expect(read('cache_size')).toBe(-65536); // 64 MiB, in KiB
    expect(db.prepare('SELECT x FROM t').pluck().get()).toBe('row');
    db.close();
  });

  it('keys with the raw 32-byte key (no passphrase derivation), under chacha20 only', () => {
    const { file, key } = encryptedDatabase();
    const hex = key.toString('hex');
    const attempt = (cipher: string, keyPragma: string) => {
      const db = new Database(file, { fileMustExist: true });
      try {
        db.pragma(`cipher='${cipher}'`);
        db.pragma(keyPragma);
        return db.prepare('SELECT x FROM t').pluck().get();
      } catch (error) {
        return (error as { code?: string }).code;
      } finally {
        db.close();
      }
    };
    expect(attempt('chacha20', `key="x'${hex}'"`)).toBe('row');
    expect(attempt('chacha20', `key='${hex}'`)).toBe('SQLITE_NOTADB'); // the same hex as a passphrase
    expect(attempt('sqlcipher', `key="x'${hex}'"`)).toBe('SQLITE_NOTADB');
  });

  it(
    'maps a key that does not decrypt, or a file that is no database, to ' +
      'VAULT_CORRUPT (the key came from an authenticated unwrap)',
    async () => {
      const { file } = encryptedDatabase();
      expect((await caught(() => openVaultDatabase(file, generateDataKey(), { isNew: false }))).code).toBe(
        'VAULT_CORRUPT',
      );
      const junk = path.join(tempDir(), 'casefile.db');
      fs.writeFileSync(junk, randomBytes(8192));
      expect((await caught(() => openVaultDatabase(junk, generateDataKey(), { isNew: false }))).code).toBe(
        'VAULT_CORRUPT',
      );
    },
  );

  it('refuses an empty or missing file where a vault database should be, without writing to it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'casefile.db');
    expect((await caught(() => openVaultDatabase(file, generateDataKey(), { isNew: false }))).code).toBe(
      'VAULT_CORRUPT',
    );
    fs.writeFileSync(file, '');
    expect((await caught(() => openVaultDatabase(file, generateDataKey(), { isNew: false }))).code).toBe(
      'VAULT_CORRUPT',
    );
    expect(fs.statSync(file).size).toBe(0);
  });
});
