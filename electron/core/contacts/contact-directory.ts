import { signingKeyFingerprint } from '../kernel/identity/ed25519.js';
import { parseAgeRecipient } from '../kernel/identity/age-keys.js';
import { safetyNumber } from '../kernel/identity/safety-number.js';
import type { VaultIdentity } from '../kernel/identity/vault-identity.js';
import type { ContactDirectory, KnownContact } from '../kernel/ports/contacts.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

export interface ContactRow {
  id: string;
  name: string;
  role: string | null;
  recipient: string;
  signing_key: Buffer;
  added_at: string;
  added_by: string;
  verified_at: string | null;
  verified_by: string | null;
}

export const CONTACT_COLUMNS = 'id, name, role, recipient, signing_key, added_at, added_by, verified_at, verified_by';

/** A stored contact with what is derived from its keys and the vault's own. */
export function knownContact(row: ContactRow, me: VaultIdentity): KnownContact {
  const agePublicKey = parseAgeRecipient(row.recipient);
  // The table's CHECK and contact-input.ts let no other recipient in.
  if (agePublicKey === null) throw new Error('a stored contact has an unreadable recipient');
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    recipient: row.recipient,
    signingPublicKey: Buffer.from(row.signing_key),
    signingFingerprint: signingKeyFingerprint(row.signing_key),
    safetyNumber: safetyNumber(me, { signingPublicKey: row.signing_key, agePublicKey }),
    verified: row.verified_at !== null,
  };
}

export function contactRows(db: VaultDatabase): ContactRow[] {
  return db
    .prepare(`SELECT ${CONTACT_COLUMNS} FROM contacts ORDER BY name COLLATE NOCASE, added_at`)
    .all() as ContactRow[];
}

/** The contacts list as other features read it (kernel/ports/contacts.ts). */
export const contactDirectory: ContactDirectory = {
  list: (db, me) => contactRows(db).map((row) => knownContact(row, me)),
  byRecipient(db, me, recipient) {
    const row = db.prepare(`SELECT ${CONTACT_COLUMNS} FROM contacts WHERE recipient = ?`).get(recipient.trim()) as
      ContactRow | undefined;
    return row ? knownContact(row, me) : null;
  },
  bySigningKey(db, me, publicKey) {
    const row = db
      .prepare(`SELECT ${CONTACT_COLUMNS} FROM contacts WHERE signing_key = ?`)
      .get(Buffer.from(publicKey)) as ContactRow | undefined;
    return row ? knownContact(row, me) : null;
  },
};
