import * as fs from 'node:fs';
import { z } from 'zod';
import { CasefileError } from '../../../../shared/contract/index.js';
import { fileFailure } from '../files/io-errors.js';
import { writeFileAtomic } from '../files/private-files.js';
import { GCM_NONCE_BYTES, GCM_TAG_BYTES, type WrappedKey } from './key-wrap.js';
import { KEY_BYTES } from './keys.js';
import { KDF_CEILINGS, type Argon2idParams } from './passphrase-kdf.js';
import { RECOVERY_SALT_BYTES } from './recovery-key.js';

/** Identifies a Casefile key file whatever its version. */
const KEY_FILE_MAGIC = 'casefile-vault';
/** The newest key-file format this build reads and writes. */
export const KEY_FILE_FORMAT_VERSION = 1;
/** SQLite3 Multiple Ciphers cipher for casefile.db, pinned on every open. */
export const DATABASE_CIPHER = 'chacha20';
/** A real key file is under 2 KiB; anything much larger is not one. */
const MAX_KEY_FILE_BYTES = 64 * 1024;

/** vault.json in memory: the data key, wrapped twice, and what is needed to unwrap it. */
export interface KeyFile {
  formatVersion: number;
  vaultId: string;
  createdAt: string;
  cipher: typeof DATABASE_CIPHER;
  passphrase: { kdf: Argon2idParams; wrapped: WrappedKey };
  recoveryKey: { kdf: { algorithm: 'hkdf-sha256'; salt: Buffer }; wrapped: WrappedKey };
}

const bytes = (min: number, max: number = min) =>
  z
    .base64()
    .transform((text) => Buffer.from(text, 'base64'))
    .refine((b) => b.length >= min && b.length <= max, `must decode to ${min === max ? min : `${min}–${max}`} bytes`);

const WrappedFields = {
  nonce: bytes(GCM_NONCE_BYTES),
  ciphertext: bytes(KEY_BYTES),
  tag: bytes(GCM_TAG_BYTES),
};

const positiveInt = z.number().int().min(1);

const KeyFileJson = z.object({
  magic: z.literal(KEY_FILE_MAGIC),
  formatVersion: z.literal(KEY_FILE_FORMAT_VERSION),
  vaultId: z.uuid(),
  createdAt: z.iso.datetime(),
  database: z.object({ cipher: z.literal(DATABASE_CIPHER) }),
  dataKey: z.object({
    passphrase: z.object({
      kdf: z.object({
        algorithm: z.literal('argon2id'),
        version: z.literal(19),
        // Floors are checked when the passphrase is used (KDF_TOO_WEAK); here only the shape.
        memoryKiB: positiveInt.max(KDF_CEILINGS.memoryKiB),
        iterations: positiveInt.max(KDF_CEILINGS.iterations),
        parallelism: positiveInt.max(KDF_CEILINGS.parallelism),
        salt: bytes(1, KDF_CEILINGS.saltBytes),
      }),
      ...WrappedFields,
    }),
    recoveryKey: z.object({
      kdf: z.object({ algorithm: z.literal('hkdf-sha256'), salt: bytes(RECOVERY_SALT_BYTES) }),
      ...WrappedFields,
    }),
  }),
});

/** Parses vault.json text, telling apart "not ours", "ours but newer" and "ours but damaged". */
export function parseKeyFile(text: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Ours, cut short or garbled (a copy interrupted, a disk error): damaged, not foreign.
    if (text.includes(`"${KEY_FILE_MAGIC}"`)) throw new CasefileError('VAULT_CORRUPT', 'vault.keyFileDamaged');
    throw new CasefileError('NOT_A_VAULT', 'vault.keyFileUnreadable');
  }
  if (typeof json !== 'object' || json === null || (json as { magic?: unknown }).magic !== KEY_FILE_MAGIC) {
    throw new CasefileError('NOT_A_VAULT', 'vault.keyFileUnreadable');
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > KEY_FILE_FORMAT_VERSION) {
    throw new CasefileError('VAULT_TOO_NEW', 'vault.tooNew');
  }
  const parsed = KeyFileJson.safeParse(json);
  if (!parsed.success) {
    throw new CasefileError('VAULT_CORRUPT', 'vault.keyFileDamaged');
  }
  const v = parsed.data;
  return {
    formatVersion: v.formatVersion,
    vaultId: v.vaultId,
    createdAt: v.createdAt,
    cipher: v.database.cipher,
    passphrase: {
      kdf: { ...v.dataKey.passphrase.kdf },
      wrapped: {
        nonce: v.dataKey.passphrase.nonce,
        ciphertext: v.dataKey.passphrase.ciphertext,
        tag: v.dataKey.passphrase.tag,
      },
    },
    recoveryKey: {
      kdf: { ...v.dataKey.recoveryKey.kdf },
      wrapped: {
        nonce: v.dataKey.recoveryKey.nonce,
        ciphertext: v.dataKey.recoveryKey.ciphertext,
        tag: v.dataKey.recoveryKey.tag,
      },
    },
  };
}

export function serializeKeyFile(keyFile: KeyFile): string {
  const b64 = (b: Buffer) => b.toString('base64');
  const wrapped = (w: WrappedKey) => ({ nonce: b64(w.nonce), ciphertext: b64(w.ciphertext), tag: b64(w.tag) });
  const { kdf } = keyFile.passphrase;
  const json = {
    magic: KEY_FILE_MAGIC,
    formatVersion: keyFile.formatVersion,
    vaultId: keyFile.vaultId,
    createdAt: keyFile.createdAt,
    database: { cipher: keyFile.cipher },
    dataKey: {
      passphrase: {
        kdf: {
          algorithm: kdf.algorithm,
          version: kdf.version,
          memoryKiB: kdf.memoryKiB,
          iterations: kdf.iterations,
          parallelism: kdf.parallelism,
          salt: b64(kdf.salt),
        },
        ...wrapped(keyFile.passphrase.wrapped),
      },
      recoveryKey: {
        kdf: { algorithm: keyFile.recoveryKey.kdf.algorithm, salt: b64(keyFile.recoveryKey.kdf.salt) },
        ...wrapped(keyFile.recoveryKey.wrapped),
      },
    },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The key file, or null when there is none at `file`. */
export function readKeyFile(file: string): KeyFile | null {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!stat.isFile() || stat.size > MAX_KEY_FILE_BYTES)
    throw new CasefileError('NOT_A_VAULT', 'vault.keyFileUnreadable');
  return parseKeyFile(fs.readFileSync(file, 'utf8'));
}

/** Atomic: a crash leaves the old key file or the new one, never a torn one (which would lose the vault). */
export function writeKeyFile(file: string, keyFile: KeyFile): void {
  try {
    writeFileAtomic(file, serializeKeyFile(keyFile));
  } catch (error) {
    throw fileFailure(error, 'store');
  }
}
