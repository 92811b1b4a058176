import Database from 'better-sqlite3-multiple-ciphers';
import * as fs from 'node:fs';
import { CasefileError } from '../../../../shared/contract/index.js';
import { chmodIfExists, PRIVATE_FILE_MODE } from '../files/private-files.js';
import { registerLikeFold } from '../db/like-pattern.js';
import { registerSearchFold } from '../search/search-fold.js';
import { registerSearchStem } from '../search/search-stem.js';
import { DATABASE_CIPHER } from './key-file.js';
import { KEY_BYTES, type DataKey } from './keys.js';

export type VaultDatabase = Database.Database;

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'ascii');

/**
 * `x'<64 hex>'` as bytes, handed to sqlite3_key: SQLite3 Multiple Ciphers takes it as the raw
 * key (no PBKDF2 of its own). Built in a Buffer, not a string, so the caller can wipe it.
 */
function rawKeyLiteral(key: Buffer): Buffer {
  const literal = Buffer.alloc(3 + key.length * 2);
  literal[0] = 0x78; // x
  literal[1] = 0x27; // '
  for (let i = 0; i < key.length; i++) {
    literal[2 + 2 * i] = HEX_DIGITS[key[i]! >> 4]!;
    literal[3 + 2 * i] = HEX_DIGITS[key[i]! & 0x0f]!;
  }
  literal[literal.length - 1] = 0x27;
  return literal;
}

function sqliteCode(error: unknown): string | undefined {
  return error instanceof Database.SqliteError ? error.code : undefined;
}

/**
 * Why the native module would not load, as a refusal that says how to rebuild it; null for any
 * other error. The module is loaded at the first database opened, so this is where a module built
 * for the other runtime (Electron's and Node's ABIs differ) or removed by a failed rebuild shows.
 */
export function nativeModuleRefusal(
  error: unknown,
  versions: NodeJS.ProcessVersions = process.versions,
): CasefileError | null {
  if (!(error instanceof Error) || error instanceof CasefileError) return null;
  // Node: "...compiled against a different Node.js version using NODE_MODULE_VERSION 150. This version of Node.js
  // requires NODE_MODULE_VERSION 115..."
  if (/NODE_MODULE_VERSION\s+\d+/.test(error.message)) {
    return new CasefileError(
      'NATIVE_MODULE',
      typeof versions['electron'] === 'string' ? 'storage.moduleBuiltForCommandLine' : 'storage.moduleBuiltForApp',
    );
  }
  const code = (error as NodeJS.ErrnoException).code;
  // `bindings` finds no build at all; or the binary is there but the system cannot load it.
  if (
    /Could not locate the bindings file/.test(error.message) ||
    (code === 'ERR_DLOPEN_FAILED' && /better_sqlite3/.test(error.message))
  ) {
    return new CasefileError('NATIVE_MODULE', 'storage.moduleUnusable');
  }
  return null;
}

function openDatabaseFile(file: string): VaultDatabase {
  try {
    return new Database(file, { fileMustExist: true });
  } catch (error) {
    throw nativeModuleRefusal(error) ?? error;
  }
}

/** casefile.db and its WAL companions, owner-only (SQLite copies the main file's mode to them; we make sure). */
export function restrictDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) chmodIfExists(`${file}${suffix}`, PRIVATE_FILE_MODE);
}

/**
 * Opens casefile.db with the data key: cipher pinned first, raw key, a probe read (a wrong key
 * only shows at the first read), then the pragmas and functions every connection needs.
 * The key came from an authenticated unwrap, so a database that does not decrypt is not this vault's.
 * `isNew`: the file was just created empty by us (vault creation); otherwise an empty one is refused.
 */
export function openVaultDatabase(file: string, dataKey: DataKey, options: { isNew: boolean }): VaultDatabase {
  if (dataKey.length !== KEY_BYTES) throw new RangeError('the data key must be 32 bytes');
  if (!fs.existsSync(file)) {
    throw new CasefileError('VAULT_CORRUPT', 'vault.databaseMissing');
  }
  const db = openDatabaseFile(file);
  try {
    db.pragma(`cipher='${DATABASE_CIPHER}'`);
    if (db.pragma('cipher', { simple: true }) !== DATABASE_CIPHER) throw new Error('cipher could not be pinned');
    const literal = rawKeyLiteral(dataKey);
    try {
      const status = db.key(literal);
      if (status !== 0) throw new Error(`sqlite3_key failed (${status})`);
    } finally {
      literal.fill(0);
    }
    const schemaObjects = probe(db);
    if (!options.isNew && schemaObjects === 0) {
      // Refused before any pragma can write to it: an existing vault never has an empty schema.
      throw new CasefileError('VAULT_CORRUPT', 'vault.databaseEmpty');
    }
    if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') throw new Error('WAL could not be enabled');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY'); // sorts and temp tables never reach a plaintext temp file
    db.pragma('secure_delete = ON');
    // 64 MiB of decrypted pages (the default is 16 MB): a view over thousands of cases (the statistics)
    // re-read and re-decrypted its pages on every run. The pages stay in this process's memory only.
    db.pragma('cache_size = -65536');
    // The search index's triggers fold and stem what they index (0035, 0036): every connection can write it.
    registerSearchFold(db);
    registerSearchStem(db);
    // Every list's search folds the columns it searches (accents, case, Arabic marks): like-pattern.ts.
    registerLikeFold(db);
    restrictDatabaseFiles(file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Reads the schema (the first read that needs the key) and returns how many objects it has. */
function probe(db: VaultDatabase): number {
  try {
    return db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number;
  } catch (error) {
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB') {
      // The key came from an authenticated unwrap: the file is damaged, or not this vault's.
      throw new CasefileError('VAULT_CORRUPT', 'vault.databaseUnreadable');
    }
    if (code === 'SQLITE_CORRUPT') {
      throw new CasefileError('VAULT_CORRUPT', 'vault.databaseDamaged');
    }
    throw error;
  }
}
