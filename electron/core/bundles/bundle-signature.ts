import { createPublicKey, verify } from 'node:crypto';
import { signingKeyFingerprint } from '../kernel/identity/ed25519.js';
import type { Manifest, Signature } from './bundle-format.js';

/** A contact as the importer needs it to name a bundle's signer. */
export interface SignerContact {
  name: string;
  verified: boolean;
  fingerprint: string;
}

/** Who signed a manifest, as far as this vault can tell. An unsigned bundle, or a bad signature, never gets here. */
export type SignerCheck = { status: 'contact'; contact: SignerContact } | { status: 'unknown'; fingerprint: string };

// DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw 32-byte key follows it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function ed25519Verify(publicKey: Buffer, message: Buffer, signature: Buffer): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
  return verify(null, message, key, signature);
}

/**
 * Checks the manifest's signature: 'unsigned' when it has none (nothing says who made it), 'bad' when
 * it does not verify under the key the manifest names (altered, or signed by someone else), otherwise
 * who signed it.
 */
export function checkSigner(
  manifest: Manifest,
  manifestBytes: Buffer,
  signature: Signature,
  lookup: (publicKey: Buffer) => SignerContact | null,
): SignerCheck | 'bad' | 'unsigned' {
  const { signingKey } = manifest.sender;
  if (signature.algorithm === 'none') return signingKey === null ? 'unsigned' : 'bad';
  if (signingKey === null) return 'bad';
  const publicKey = Buffer.from(signingKey, 'base64');
  if (!ed25519Verify(publicKey, manifestBytes, Buffer.from(signature.signature, 'base64'))) return 'bad';
  const contact = lookup(publicKey);
  // The fingerprint shown and recorded is computed from the key that verified, never the manifest's own text,
  // which a stranger could set to a trusted colleague's.
  return contact
    ? { status: 'contact', contact }
    : { status: 'unknown', fingerprint: signingKeyFingerprint(publicKey) };
}
