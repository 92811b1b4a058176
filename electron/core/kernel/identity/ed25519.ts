import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

// DER prefixes of the two key encodings Node reads: PKCS#8 for a 32-byte Ed25519 seed and SPKI
// for a 32-byte public key (RFC 8410). With them the raw keys stored in the vault become KeyObjects.
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');
export const ED25519_KEY_BYTES = 32;
const ED25519_SIGNATURE_BYTES = 64;

function ed25519PrivateKey(seed: Uint8Array): KeyObject {
  if (seed.length !== ED25519_KEY_BYTES) throw new RangeError('an Ed25519 seed is 32 bytes');
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
}

function ed25519PublicKey(raw: Uint8Array): KeyObject {
  if (raw.length !== ED25519_KEY_BYTES) throw new RangeError('an Ed25519 public key is 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: 'der', type: 'spki' });
}

/** The raw public key of a seed. */
export function ed25519PublicOf(seed: Uint8Array): Buffer {
  const der = createPublicKey(ed25519PrivateKey(seed)).export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(SPKI_ED25519.length));
}

/** The public key as SPKI PEM, as `openssl pkeyutl -pubin` reads it. */
export function ed25519PublicPem(raw: Uint8Array): string {
  return ed25519PublicKey(raw).export({ format: 'pem', type: 'spki' }).toString();
}

export function ed25519Sign(seed: Uint8Array, message: Uint8Array): Buffer {
  return sign(null, message, ed25519PrivateKey(seed));
}

/** True only for a valid signature of exactly this message by this key; false for any malformed input. */
export function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== ED25519_KEY_BYTES || signature.length !== ED25519_SIGNATURE_BYTES) return false;
  try {
    return verify(null, message, ed25519PublicKey(publicKey), signature);
  } catch {
    return false;
  }
}

/**
 * A signing key's fingerprint to read or compare: the first 16 bytes of SHA-256 of the raw key,
 * as 8 groups of 4 hex digits (`3f2a 9c01 …`). Reproducible with
 * `openssl pkey -pubin -in key.pem -outform DER | tail -c 32 | sha256sum`.
 */
export function signingKeyFingerprint(publicKey: Uint8Array): string {
  const hex = createHash('sha256').update(publicKey).digest('hex').slice(0, 32);
  return hex.match(/.{4}/g)!.join(' ');
}
