import type { VaultIdentity } from '../identity/vault-identity.js';
import type { VaultDatabase } from '../vault/database.js';

/** A colleague's keys as the vault knows them (contacts/), for bundles and signature checks. */
export interface KnownContact {
  id: string;
  name: string;
  /** Role or organisation, as entered; null when not given. */
  role: string | null;
  /** The colleague's age recipient, `age1…`. */
  recipient: string;
  /** The colleague's Ed25519 public key, raw (32 bytes). */
  signingPublicKey: Buffer;
  /** The colleague's signing key fingerprint (kernel/identity/ed25519.ts signingKeyFingerprint). */
  signingFingerprint: string;
  /** The safety number of this vault and this colleague: the same on both laptops (safety-number.ts). */
  safetyNumber: string;
  /** Whether the user compared the safety number with the colleague and marked the contact verified. */
  verified: boolean;
}

/**
 * The contacts list, as other features (bundles) read it. `me` is the open vault's identity: the
 * safety number is computed from both parties' keys.
 */
export interface ContactDirectory {
  list(db: VaultDatabase, me: VaultIdentity): KnownContact[];
  /** The contact holding this `age1…` recipient, or null. */
  byRecipient(db: VaultDatabase, me: VaultIdentity, recipient: string): KnownContact | null;
  /** The contact holding this Ed25519 public key (raw 32 bytes), or null: who signed a manifest. */
  bySigningKey(db: VaultDatabase, me: VaultIdentity, publicKey: Uint8Array): KnownContact | null;
}
