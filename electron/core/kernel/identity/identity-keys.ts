import { randomBytes } from 'node:crypto';
import { readDatabaseVaultId } from '../db/vault-meta.js';
import type { VaultDatabase } from '../vault/database.js';
import { unwrapVaultSecret, wrapVaultSecret, type WrappedKey } from '../vault/key-wrap.js';
import type { DataKey } from '../vault/keys.js';
import { ageIdentityOf, ageRecipientOf, x25519PublicOf } from './age-keys.js';
import { ed25519PublicOf, ed25519PublicPem, ed25519Sign, signingKeyFingerprint } from './ed25519.js';
import type { VaultIdentity } from './vault-identity.js';

type KeyPurpose = 'age-identity' | 'signing-key';

/** Binds a wrapped secret to its vault and purpose: it cannot be moved to another vault or row. */
function identityKeyAad(vaultId: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(`casefile-vault/identity/${purpose}/${vaultId}`, 'utf8');
}

interface KeyRow {
  public_key: Buffer;
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

function vaultIdOf(db: VaultDatabase): string {
  const vaultId = readDatabaseVaultId(db);
  if (vaultId === null) throw new Error('the vault database has no vault id');
  return vaultId;
}

function readKeyRow(db: VaultDatabase, purpose: KeyPurpose): KeyRow | undefined {
  return db.prepare(`SELECT public_key, nonce, ciphertext, tag FROM vault_keys WHERE purpose = ?`).get(purpose) as
    KeyRow | undefined;
}

/**
 * Makes the vault's two keys if it has none: at vault creation, and for a vault made before
 * issue 12 at the first need after unlock. Idempotent; both rows are written in one transaction.
 */
export function ensureVaultKeys(db: VaultDatabase, dataKey: DataKey, now: () => number): void {
  db.transaction(() => {
    if (readKeyRow(db, 'age-identity') && readKeyRow(db, 'signing-key')) return;
    const vaultId = vaultIdOf(db);
    const createdAt = new Date(now()).toISOString();
    const insert = db.prepare(
      `INSERT INTO vault_keys (purpose, public_key, nonce, ciphertext, tag, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const store = (purpose: KeyPurpose, publicOf: (secret: Buffer) => Buffer) => {
      if (readKeyRow(db, purpose)) return;
      const secret = randomBytes(32);
      try {
        const wrapped = wrapVaultSecret(dataKey, secret, identityKeyAad(vaultId, purpose));
        insert.run(purpose, publicOf(secret), wrapped.nonce, wrapped.ciphertext, wrapped.tag, createdAt);
      } finally {
        secret.fill(0);
      }
    };
    store('age-identity', x25519PublicOf);
    store('signing-key', ed25519PublicOf);
  })();
}

function unwrapRow(dataKey: DataKey, row: KeyRow, aad: Buffer): Buffer {
  const wrapped: WrappedKey = { nonce: row.nonce, ciphertext: row.ciphertext, tag: row.tag };
  const secret = unwrapVaultSecret(dataKey, wrapped, aad);
  // Cannot happen with the data key that opened this database, unless a row was altered.
  if (secret === null) throw new Error('a vault key does not open with this vault data key');
  return secret;
}

/** The vault's identity: its keys unwrapped into memory, made first if the vault has none. */
export function loadVaultIdentity(db: VaultDatabase, dataKey: DataKey, now: () => number): OpenedVaultIdentity {
  ensureVaultKeys(db, dataKey, now);
  const vaultId = vaultIdOf(db);
  const ageRow = readKeyRow(db, 'age-identity')!;
  const signingRow = readKeyRow(db, 'signing-key')!;
  const ageSecret = unwrapRow(dataKey, ageRow, identityKeyAad(vaultId, 'age-identity'));
  const seed = unwrapRow(dataKey, signingRow, identityKeyAad(vaultId, 'signing-key'));
  // A row whose public half does not match its secret was altered: refuse rather than sign with it.
  if (!x25519PublicOf(ageSecret).equals(ageRow.public_key) || !ed25519PublicOf(seed).equals(signingRow.public_key)) {
    ageSecret.fill(0);
    seed.fill(0);
    throw new Error('a vault key does not match its public key');
  }
  const signingPublicKey = Buffer.from(signingRow.public_key);
  const agePublicKey = Buffer.from(ageRow.public_key);
  return {
    recipient: ageRecipientOf(agePublicKey),
    agePublicKey,
    ageIdentity: () => ageIdentityOf(ageSecret),
    signingPublicKey,
    signingPublicKeyPem: ed25519PublicPem(signingPublicKey),
    signingFingerprint: signingKeyFingerprint(signingPublicKey),
    sign: (message) => ed25519Sign(seed, message),
    forget() {
      ageSecret.fill(0);
      seed.fill(0);
    },
  };
}

/** The identity as the workspace holds it: `forget` overwrites the secrets at lock. */
export interface OpenedVaultIdentity extends VaultIdentity {
  forget(): void;
}
