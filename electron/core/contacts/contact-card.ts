import { CasefileError } from '../../../shared/contract/index.js';
import { parseAgeRecipient } from '../kernel/identity/age-keys.js';
import { ED25519_KEY_BYTES } from '../kernel/identity/ed25519.js';

/**
 * A contact card: the small text colleagues exchange offline (USB stick, e-mail, a printed page)
 * to add each other as contacts. It holds only public keys and the sender's own name and role:
 *
 *   {"casefileContact":1,"name":"…","role":"…","recipient":"age1…","signingKey":"<base64, 32 bytes>"}
 *
 * A card proves nothing by itself: the contact stays unverified until both compare the safety number.
 */
export interface CardContent {
  name?: string | undefined;
  role?: string | undefined;
  recipient: string;
  signingKey: Buffer;
}

export function formatContactCard(card: CardContent): string {
  return JSON.stringify({
    casefileContact: 1,
    ...(card.name === undefined ? {} : { name: card.name }),
    ...(card.role === undefined ? {} : { role: card.role }),
    recipient: card.recipient,
    signingKey: card.signingKey.toString('base64'),
  });
}

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * The raw 32-byte Ed25519 key from what a colleague pastes: the PEM block `casefile identity show
 * --export-public` writes, or the base64 of the 32 bytes (a card's form). Throws a message in words.
 */
export function parseSigningKey(text: string): Buffer {
  const trimmed = text.trim();
  const pem = /^-----BEGIN PUBLIC KEY-----([\s\S]*)-----END PUBLIC KEY-----$/.exec(trimmed);
  const body = (pem ? pem[1]! : trimmed).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) throw new CasefileError('VALIDATION', 'contacts.badSigningKey');
  const bytes = Buffer.from(body, 'base64');
  if (pem) {
    const isEd25519 = bytes.length === SPKI_ED25519_PREFIX.length + ED25519_KEY_BYTES;
    if (!isEd25519 || !bytes.subarray(0, SPKI_ED25519_PREFIX.length).equals(SPKI_ED25519_PREFIX)) {
      throw new CasefileError('VALIDATION', 'contacts.badSigningKey');
    }
    return bytes.subarray(SPKI_ED25519_PREFIX.length);
  }
  if (bytes.length !== ED25519_KEY_BYTES) throw new CasefileError('VALIDATION', 'contacts.badSigningKey');
  return bytes;
}

/** An `age1…` recipient, checked (Bech32 checksum, 32-byte key). Throws a message in words. */
export function checkRecipient(text: string): string {
  const recipient = text.trim();
  if (parseAgeRecipient(recipient) === null) throw new CasefileError('VALIDATION', 'contacts.badRecipient');
  return recipient;
}

/** A card's content, checked; throws a message in words when the text is not a card. */
export function parseContactCard(text: string): CardContent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.trim());
  } catch {
    throw new CasefileError('VALIDATION', 'contacts.badCard');
  }
  const card = parsed as Record<string, unknown> | null;
  if (typeof card !== 'object' || card === null || card.casefileContact !== 1) {
    throw new CasefileError('VALIDATION', 'contacts.badCard');
  }
  if (typeof card.recipient !== 'string' || typeof card.signingKey !== 'string') {
    throw new CasefileError('VALIDATION', 'contacts.badCard');
  }
  const text200 = (value: unknown) =>
    typeof value === 'string' && value.trim().length > 0 ? value.trim().slice(0, 200) : undefined;
  return {
    name: text200(card.name),
    role: text200(card.role),
    recipient: checkRecipient(card.recipient),
    signingKey: parseSigningKey(card.signingKey),
  };
}
