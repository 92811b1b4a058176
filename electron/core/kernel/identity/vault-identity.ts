/**
 * The open vault's own keys, as every feature uses them (ctx.identity()). Bundles (issue 12) are
 * encrypted to recipients and signed with it; evidence provenance is signed with it.
 * The secret halves live only in this object's closures while the vault is open: never logged,
 * never in an error, an audit row or a file unless the user explicitly exports the age identity.
 */
export interface VaultIdentity {
  /** The vault's age recipient, `age1…`: what a colleague encrypts a bundle to. */
  readonly recipient: string;
  /** The X25519 public key inside the recipient (32 bytes). */
  readonly agePublicKey: Buffer;
  /** The age identity, `AGE-SECRET-KEY-1…`: for age-encryption's Decrypter or an explicit export only. */
  ageIdentity(): string;
  /** The Ed25519 public key, raw (32 bytes). */
  readonly signingPublicKey: Buffer;
  /** The same key as SPKI PEM, for `openssl pkeyutl -verify -pubin -inkey key.pem -rawin`. */
  readonly signingPublicKeyPem: string;
  /** A short fingerprint of the signing key to read aloud (signingKeyFingerprint). */
  readonly signingFingerprint: string;
  /** The Ed25519 signature (64 bytes) of the message, with the vault's signing key. */
  sign(message: Uint8Array): Buffer;
}
