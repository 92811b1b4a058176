import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const KEY_BYTES = 32;
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

export function wrapKey(wrappingKey: Buffer, key: Buffer, aad: Buffer): WrappedKey {
  assertKeyLength('wrapping key', wrappingKey);
  assertKeyLength('key', key);
  const nonce = randomBytes(GCM_NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, nonce, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  return { nonce, ciphertext, tag: cipher.getAuthTag() };
}

/** The key, or null when the wrapping key is wrong or anything (nonce, ciphertext, tag, AAD) was altered. */
export function unwrapKey(wrappingKey: Buffer, wrapped: WrappedKey, aad: Buffer): Buffer | null {
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
