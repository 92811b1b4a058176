import { ed25519Verify, signingKeyFingerprint } from '../kernel/identity/ed25519.js';
import type { Manifest, Signature } from './bundle-format.js';

/** A contact as the importer needs it to name a bundle's signer. */
export interface SignerContact {
  name: string;
  verified: boolean;
  fingerprint: string;
  /** This vault's own key (a bundle it made, read back): it has no contact name; the reader's words say so. */
  self?: true;
}

/** Who signed a manifest, as far as this vault can tell. An unsigned bundle, or a bad signature, never gets here. */
export type SignerCheck = { status: 'contact'; contact: SignerContact } | { status: 'unknown'; fingerprint: string };

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
