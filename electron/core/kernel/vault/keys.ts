import { randomBytes } from 'node:crypto';

/** Every key is 32 bytes (AES-256-GCM, ChaCha20 for the database). */
export const KEY_BYTES = 32;

// The brand exists only for the type checker: at run time every key is a plain Buffer, so it can
// still be overwritten with fill(0). Distinct brands make a data key unusable where a passphrase
// key or an object key is expected, so two swapped arguments of a wrap or an unwrap do not compile.
declare const keyKind: unique symbol;
type Key<Kind extends string> = Buffer & { readonly [keyKind]: Kind };

/** The vault's random key: opens the database and wraps every object key. */
export type DataKey = Key<'data'>;
/** Argon2id of the passphrase: wraps the data key (passphrase slot). */
export type PassphraseKey = Key<'passphrase'>;
/** HKDF of the written-down recovery key: wraps the data key (recovery slot). */
export type RecoveryKey = Key<'recovery'>;
/** One evidence object's own random key: encrypts that object's chunks, stored wrapped by the data key. */
export type ObjectKey = Key<'object'>;
/** What may wrap the data key. */
export type DataKeyWrappingKey = PassphraseKey | RecoveryKey;

// Keys come only from the functions that generate, derive (passphrase-kdf.ts, recovery-key.ts) or
// unwrap (key-wrap.ts) them; tests/unit/vault/typed-keys.test.ts refuses a cast anywhere else.

/** A new random data key, for a new vault. */
export function generateDataKey(): DataKey {
  return randomBytes(KEY_BYTES) as DataKey;
}

/** A copy of the data key for long work (a backup job) that must outlive a lock overwriting the vault's own. */
export function copyDataKey(key: DataKey): DataKey {
  return Buffer.from(key) as DataKey;
}

/** A new random key for one evidence object, never used for another. */
export function generateObjectKey(): ObjectKey {
  return randomBytes(KEY_BYTES) as ObjectKey;
}
