import { createPrivateKey, createPublicKey } from 'node:crypto';
import { bech32Decode, bech32Encode } from './bech32.js';

// age's native X25519 keys (age-encryption.org/v1): the recipient is the Bech32 of the public key
// under `age`, the identity the Bech32 of the 32-byte secret under `age-secret-key-`, upper case.
const RECIPIENT_PREFIX = 'age';
const IDENTITY_PREFIX = 'age-secret-key-';
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519_BYTES = 12;
const X25519_KEY_BYTES = 32;

/** The X25519 public key of a secret (the secret is clamped by X25519 itself, as age does). */
export function x25519PublicOf(secret: Uint8Array): Buffer {
  if (secret.length !== X25519_KEY_BYTES) throw new RangeError('an X25519 secret is 32 bytes');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_X25519, secret]), format: 'der', type: 'pkcs8' });
  const der = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(SPKI_X25519_BYTES));
}

export function ageRecipientOf(publicKey: Uint8Array): string {
  return bech32Encode(RECIPIENT_PREFIX, publicKey);
}

export function ageIdentityOf(secret: Uint8Array): string {
  return bech32Encode(IDENTITY_PREFIX, secret).toUpperCase();
}

/** The X25519 public key inside an `age1…` recipient, or null when the text is not one. */
export function parseAgeRecipient(text: string): Buffer | null {
  const decoded = bech32Decode(text.trim());
  if (decoded === null || decoded.prefix !== RECIPIENT_PREFIX || decoded.bytes.length !== X25519_KEY_BYTES) return null;
  return Buffer.from(decoded.bytes);
}

/** The 32-byte secret inside an `AGE-SECRET-KEY-1…` identity, or null when the text is not one. */
export function parseAgeIdentity(text: string): Buffer | null {
  const decoded = bech32Decode(text.trim());
  if (decoded === null || decoded.prefix !== IDENTITY_PREFIX || decoded.bytes.length !== X25519_KEY_BYTES) return null;
  return Buffer.from(decoded.bytes);
}
