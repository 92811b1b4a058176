import { randomUUID, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import { CasefileError } from '../../../../shared/contract/index.js';
import { assessPassphrase } from '../../../../shared/passphrase.js';
import { migrate } from '../db/migrate.js';
import { readDatabaseVaultId } from '../db/vault-meta.js';
import { fileFailure } from '../files/io-errors.js';
import { ensureVaultKeys } from '../identity/identity-keys.js';
import { createPrivateFile, ensurePrivateDirectory } from '../files/private-files.js';
import { openVaultDatabase, restrictDatabaseFiles, type VaultDatabase } from './database.js';
import { DATABASE_CIPHER, KEY_FILE_FORMAT_VERSION, writeKeyFile, type KeyFile } from './key-file.js';
import { keyWrapAad, unwrapDataKey, wrapDataKey, type WrapPurpose } from './key-wrap.js';
import { generateDataKey, type DataKey, type PassphraseKey, type RecoveryKey } from './keys.js';
import { vaultPaths, type VaultPaths } from './layout.js';
import {
  assertKdfWithinBounds,
  DEFAULT_KDF_COST,
  derivePassphraseKey,
  newArgon2idParams,
  type Argon2idCost,
  type Argon2idParams,
} from './passphrase-kdf.js';
import {
  deriveRecoveryKey,
  formatRecoveryKey,
  generateRecoverySymbols,
  newRecoverySalt,
  parseRecoveryKey,
  type RecoverySymbols,
} from './recovery-key.js';
import { findOpenEntries, makeEntriesPrivate, type FolderPermissionRepair } from './folder-permissions.js';
import { assertFolderFor, loadVaultKeyFile } from './vault-folder.js';

/** An unlocked vault: its open database and the data key that decrypts it. */
export class OpenVault {
  #open = true;

  constructor(
    readonly paths: VaultPaths,
    /** Replaced when the passphrase changes. */
    public keyFile: KeyFile,
    readonly db: VaultDatabase,
    readonly dataKey: DataKey,
    /** What the unlock found open to other accounts and made private again. */
    readonly folderRepair: FolderPermissionRepair = { tightened: [], failed: [] },
  ) {}

  get isOpen(): boolean {
    return this.#open;
  }

  /** Closes the database and overwrites the data key. Idempotent. */
  close(): void {
    if (!this.#open) return;
    this.#open = false;
    try {
      this.db.close();
    } finally {
      this.dataKey.fill(0);
    }
  }
}

export interface VaultOperationOptions {
  /** Argon2id cost for a new passphrase wrap (tests use the floors); the floors always apply. */
  kdfCost?: Argon2idCost;
  now?: () => number;
  /** Aborted when the vault is locked: an operation still deriving a key then gives up, changing nothing. */
  signal?: AbortSignal;
}

const lockedMidway = () => new CasefileError('VAULT_LOCKED', 'vault.lockedMidway');

const aadFor = (keyFile: Pick<KeyFile, 'formatVersion' | 'vaultId'>, purpose: WrapPurpose) =>
  keyWrapAad({ formatVersion: keyFile.formatVersion, vaultId: keyFile.vaultId, purpose });

function assertStrongPassphrase(passphrase: string): void {
  const assessment = assessPassphrase(passphrase);
  if (!assessment.acceptable)
    throw new CasefileError('WEAK_PASSPHRASE', 'vault.weakPassphrase', { problems: assessment.problems });
}

/**
 * Argon2id runs off the main thread and cannot be cancelled: its result is dropped if the vault was locked meanwhile.
 */
async function derivePassphraseKeyUnlessLocked(
  passphrase: string,
  params: Argon2idParams,
  signal?: AbortSignal,
): Promise<PassphraseKey> {
  const key = await derivePassphraseKey(passphrase, params);
  if (signal?.aborted) {
    key.fill(0);
    throw lockedMidway();
  }
  return key;
}

/** The data key the passphrase unwraps, or null when it is not this vault's passphrase. */
async function unwrapWithPassphrase(
  keyFile: KeyFile,
  passphrase: string,
  signal?: AbortSignal,
): Promise<DataKey | null> {
  const { kdf, wrapped } = keyFile.passphrase;
  assertKdfWithinBounds(kdf);
  const passphraseKey = await derivePassphraseKeyUnlessLocked(passphrase, kdf, signal);
  try {
    return unwrapDataKey(passphraseKey, wrapped, aadFor(keyFile, 'passphrase'));
  } finally {
    passphraseKey.fill(0);
  }
}

/** The data key the recovery key's symbols unwrap, or null when they are not this vault's. Wipes `symbols`. */
function unwrapWithRecoverySymbols(keyFile: KeyFile, symbols: RecoverySymbols): DataKey | null {
  let recoveryKey: RecoveryKey | undefined;
  try {
    recoveryKey = deriveRecoveryKey(symbols, keyFile.recoveryKey.kdf.salt);
    return unwrapDataKey(recoveryKey, keyFile.recoveryKey.wrapped, aadFor(keyFile, 'recovery-key'));
  } finally {
    recoveryKey?.fill(0);
    symbols.fill(0);
  }
}

/** Undoes a creation that failed part way; only called once this process has created casefile.db itself. */
function removeUnfinishedVault(paths: VaultPaths): void {
  for (const file of [paths.keyFile, paths.database, paths.databaseWal, paths.databaseShm])
    fs.rmSync(file, { force: true });
}

/**
 * Creates a vault in an empty (or new) folder and leaves it open. The key file is written last:
 * until it exists there is no vault, and a failure removes what this creation had written.
 * Returns the recovery key in its written-down form; it is not stored anywhere.
 */
export async function createVault(
  dir: string,
  passphrase: string,
  options: VaultOperationOptions = {},
): Promise<{ vault: OpenVault; recoveryKey: string }> {
  assertStrongPassphrase(passphrase);
  assertFolderFor('create', dir);
  const ids = { formatVersion: KEY_FILE_FORMAT_VERSION, vaultId: randomUUID() };
  const passphraseKdf = newArgon2idParams(options.kdfCost ?? DEFAULT_KDF_COST);
  const recoverySalt = newRecoverySalt();
  const dataKey = generateDataKey();
  const symbols = generateRecoverySymbols();
  let passphraseKey: PassphraseKey | undefined;
  let recoveryKey: RecoveryKey | undefined;
  try {
    passphraseKey = await derivePassphraseKeyUnlessLocked(passphrase, passphraseKdf, options.signal);
    assertFolderFor('create', dir); // the folder may have changed while the key was derived
    recoveryKey = deriveRecoveryKey(symbols, recoverySalt);
    const keyFile: KeyFile = {
      ...ids,
      createdAt: new Date((options.now ?? Date.now)()).toISOString(),
      cipher: DATABASE_CIPHER,
      passphrase: { kdf: passphraseKdf, wrapped: wrapDataKey(passphraseKey, dataKey, aadFor(ids, 'passphrase')) },
      recoveryKey: {
        kdf: { algorithm: 'hkdf-sha256', salt: recoverySalt },
        wrapped: wrapDataKey(recoveryKey, dataKey, aadFor(ids, 'recovery-key')),
      },
    };
    const paths = vaultPaths(dir);
    try {
      ensurePrivateDirectory(dir);
      createPrivateFile(paths.database); // 'wx': if another creator got here first, we stop without touching its files
    } catch (error) {
      throw fileFailure(error, 'store');
    }
    let db: VaultDatabase | undefined;
    try {
      db = openVaultDatabase(paths.database, dataKey, { isNew: true });
      migrate(db, { vaultId: ids.vaultId });
      // A new vault has its age identity and signing key from the start (older ones get them at first need).
      ensureVaultKeys(db, dataKey, options.now ?? Date.now);
      restrictDatabaseFiles(paths.database);
      writeKeyFile(paths.keyFile, keyFile);
    } catch (error) {
      db?.close();
      removeUnfinishedVault(paths);
      throw error;
    }
    return { vault: new OpenVault(paths, keyFile, db, dataKey), recoveryKey: formatRecoveryKey(symbols) };
  } catch (error) {
    dataKey.fill(0);
    throw error;
  } finally {
    passphraseKey?.fill(0);
    recoveryKey?.fill(0);
    symbols.fill(0);
  }
}

/**
 * Opens the database with a data key that came from an authenticated unwrap; takes ownership of
 * the key. What others could open in the folder is made private once the vault is open: only
 * someone who proved the secret changes modes, and a refused unlock changes nothing.
 */
function openWithDataKey(paths: VaultPaths, keyFile: KeyFile, dataKey: DataKey): OpenVault {
  let db: VaultDatabase | undefined;
  try {
    const openToOthers = findOpenEntries(paths.dir);
    db = openVaultDatabase(paths.database, dataKey, { isNew: false });
    migrate(db, { vaultId: keyFile.vaultId });
    if (readDatabaseVaultId(db) !== keyFile.vaultId) {
      throw new CasefileError('VAULT_CORRUPT', 'vault.databaseNotThisVault');
    }
    restrictDatabaseFiles(paths.database);
    return new OpenVault(paths, keyFile, db, dataKey, makeEntriesPrivate(openToOthers));
  } catch (error) {
    db?.close();
    dataKey.fill(0);
    throw error;
  }
}

/**
 * Unlocks the vault in `dir` with the data key `unwrap` gets from its key file. A secret that is
 * not this vault's (`unwrap` gives null) is refused with `wrongSecret` before the database is
 * touched; an unlock the vault's locking overtook gives up, the key wiped.
 */
async function unlockWith(
  dir: string,
  wrongSecret: 'vault.wrongPassphrase' | 'vault.wrongRecoveryKey',
  signal: AbortSignal | undefined,
  unwrap: (keyFile: KeyFile) => Promise<DataKey | null> | DataKey | null,
): Promise<OpenVault> {
  const { paths, keyFile } = loadVaultKeyFile(dir);
  const dataKey = await unwrap(keyFile);
  if (dataKey === null) {
    throw new CasefileError('WRONG_PASSPHRASE', wrongSecret);
  }
  if (signal?.aborted) {
    dataKey.fill(0);
    throw lockedMidway();
  }
  return openWithDataKey(paths, keyFile, dataKey);
}

/** Unlock with the passphrase. A wrong one fails at the key unwrap, before the database is touched. */
export async function unlockWithPassphrase(
  dir: string,
  passphrase: string,
  options: VaultOperationOptions = {},
): Promise<OpenVault> {
  return unlockWith(dir, 'vault.wrongPassphrase', options.signal, (keyFile) =>
    unwrapWithPassphrase(keyFile, passphrase, options.signal),
  );
}

/** Unlock with the recovery key (typed by hand: a typo is reported as such, before any unwrap). */
export async function unlockWithRecoveryKey(
  dir: string,
  recoveryKey: string,
  options: VaultOperationOptions = {},
): Promise<OpenVault> {
  return unlockWith(dir, 'vault.wrongRecoveryKey', options.signal, (keyFile) => {
    const parsed = parseRecoveryKey(recoveryKey);
    if (!parsed.ok) throw CasefileError.because('WRONG_PASSPHRASE', parsed.refusal);
    return unwrapWithRecoverySymbols(keyFile, parsed.symbols);
  });
}

/** Does `key` equal the open vault's data key? Wipes `key`. */
function matchesDataKey(vault: OpenVault, key: DataKey): boolean {
  try {
    if (!vault.isOpen) throw lockedMidway();
    return timingSafeEqual(key, vault.dataKey);
  } finally {
    key.fill(0);
  }
}

/**
 * "Current" is the passphrase or, after a forgotten passphrase, the recovery key the vault was
 * unlocked with: both unwrap the same data key.
 */
async function verifyCurrentSecret(vault: OpenVault, current: string, signal?: AbortSignal): Promise<void> {
  const asRecoveryKey = parseRecoveryKey(current);
  if (asRecoveryKey.ok) {
    const key = unwrapWithRecoverySymbols(vault.keyFile, asRecoveryKey.symbols);
    if (key !== null && matchesDataKey(vault, key)) return;
  }
  const key = await unwrapWithPassphrase(vault.keyFile, current, signal);
  if (key === null) {
    throw new CasefileError('WRONG_PASSPHRASE', 'vault.wrongCurrentPassphrase');
  }
  if (!matchesDataKey(vault, key)) {
    throw new CasefileError('VAULT_CORRUPT', 'vault.passphraseKeyMismatch');
  }
}

/** Rewraps the data key under a new passphrase: only vault.json changes; the database is untouched. */
export async function changePassphrase(
  vault: OpenVault,
  current: string,
  next: string,
  options: VaultOperationOptions = {},
): Promise<void> {
  assertStrongPassphrase(next);
  await verifyCurrentSecret(vault, current, options.signal);
  const kdf = newArgon2idParams(options.kdfCost ?? DEFAULT_KDF_COST);
  const passphraseKey = await derivePassphraseKeyUnlessLocked(next, kdf, options.signal);
  try {
    if (!vault.isOpen) throw lockedMidway();
    const keyFile: KeyFile = {
      ...vault.keyFile,
      passphrase: { kdf, wrapped: wrapDataKey(passphraseKey, vault.dataKey, aadFor(vault.keyFile, 'passphrase')) },
    };
    writeKeyFile(vault.paths.keyFile, keyFile);
    vault.keyFile = keyFile;
  } finally {
    passphraseKey.fill(0);
  }
}
