import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KEY_BYTES, type DataKey, type DataKeyWrappingKey, type ObjectKey } from './keys.js';
export const GCM_NONCE_BYTES = 12;
export const GCM_TAG_BYTES = 16;

/** A 32-byte key encrypted with AES-256-GCM under a key-encryption key. */
export interface WrappedKey {
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

export type WrapPurpose = 'passphrase' | 'recovery-key';

/**
 * Associated data binding a wrapped key to its vault, key-file format and purpose: a wrap
 * cannot be moved to another vault or swapped between the passphrase and recovery slots.
 */
export function keyWrapAad(input: { formatVersion: number; vaultId: string; purpose: WrapPurpose }): Buffer {
  return Buffer.from(`casefile-vault/format-${input.formatVersion}/${input.purpose}/${input.vaultId}`, 'utf8');
}

function assertKeyLength(name: string, key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new RangeError(`${name} must be ${KEY_BYTES} bytes`);
}

// The AES-256-GCM steps stay private: callers wrap and unwrap through the typed pairs below, so
// which key wraps which is decided here once, and a swap of arguments is a type error.
function sealKey(wrappingKey: Buffer, key: Buffer, aad: Buffer): WrappedKey {
  assertKeyLength('wrapping key', wrappingKey);
  assertKeyLength('key', key);
  const nonce = randomBytes(GCM_NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, nonce, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  return { nonce, ciphertext, tag: cipher.getAuthTag() };
}

/** The key, or null when the wrapping key is wrong or anything (nonce, ciphertext, tag, AAD) was altered. */
function openKey(wrappingKey: Buffer, wrapped: WrappedKey, aad: Buffer): Buffer | null {
  assertKeyLength('wrapping key', wrappingKey);
  if (wrapped.nonce.length !== GCM_NONCE_BYTES || wrapped.tag.length !== GCM_TAG_BYTES) return null;
  if (wrapped.ciphertext.length !== KEY_BYTES) return null;
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, wrapped.nonce, { authTagLength: GCM_TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(wrapped.tag);
  // GCM hands out plaintext before the tag is checked: wipe it if the check fails.
  const key = decipher.update(wrapped.ciphertext);
  try {
    decipher.final();
    return key;
  } catch {
    key.fill(0);
    return null;
  }
}

/** The data key under a passphrase key or a recovery key (one slot of the key file each). */
export function wrapDataKey(wrappingKey: DataKeyWrappingKey, dataKey: DataKey, aad: Buffer): WrappedKey {
  return sealKey(wrappingKey, dataKey, aad);
}

/** The data key, or null when the passphrase or recovery key is wrong or the wrap was altered. */
export function unwrapDataKey(wrappingKey: DataKeyWrappingKey, wrapped: WrappedKey, aad: Buffer): DataKey | null {
  return openKey(wrappingKey, wrapped, aad) as DataKey | null;
}

/** An evidence object's key under the vault's data key. */
export function wrapObjectKey(dataKey: DataKey, objectKey: ObjectKey, aad: Buffer): WrappedKey {
  return sealKey(dataKey, objectKey, aad);
}

/** The object's key, or null when the data key is wrong or the wrap was altered. */
export function unwrapObjectKey(dataKey: DataKey, wrapped: WrappedKey, aad: Buffer): ObjectKey | null {
  return openKey(dataKey, wrapped, aad) as ObjectKey | null;
}

/**
 * One of the vault's own 32-byte secrets (its age identity, its Ed25519 signing seed) under the
 * data key, kept in the encrypted database: the secret is thus encrypted twice at rest, and the
 * AAD (kernel/identity/identity-keys.ts) names the vault and the purpose so a wrap cannot be
 * moved to another vault or swapped between the two secrets.
 */
export function wrapVaultSecret(dataKey: DataKey, secret: Buffer, aad: Buffer): WrappedKey {
  return sealKey(dataKey, secret, aad);
}

/** The secret, or null when the data key is wrong or the wrap was altered. */
export function unwrapVaultSecret(dataKey: DataKey, wrapped: WrappedKey, aad: Buffer): Buffer | null {
  return openKey(dataKey, wrapped, aad);
}
