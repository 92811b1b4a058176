import { z } from 'zod';
import { Instant, RecordId } from '../domain/primitives.js';
import { ExplanationLocale } from './deadlines.js';
import { method } from './define.js';

/** The open vault's public keys, as the identity page and `casefile identity show` give them. */
export const VaultPublicIdentity = z
  .object({
    /** The age recipient a colleague encrypts a bundle to: `age1…`. */
    recipient: z.string(),
    /** The Ed25519 signing key's fingerprint: 8 groups of 4 hex digits. */
    signingFingerprint: z.string(),
    /** The public signing key as SPKI PEM (for `openssl pkeyutl -verify -pubin -rawin`). */
    signingPublicKeyPem: z.string(),
    /** The contact card to give colleagues (contact-card.ts): both public keys, never a secret. */
    card: z.string(),
  })
  .strict();
export type VaultPublicIdentity = z.infer<typeof VaultPublicIdentity>;

/** A colleague in the contacts list. */
export const Contact = z
  .object({
    id: RecordId,
    name: z.string(),
    role: z.string().nullable(),
    recipient: z.string(),
    /** The Ed25519 public key, base64 of its 32 bytes. */
    signingPublicKey: z.string(),
    signingFingerprint: z.string(),
    /** 60 digits in 12 groups of 5, the same on both laptops (kernel/identity/safety-number.ts). */
    safetyNumber: z.string(),
    verified: z.boolean(),
    verifiedAt: Instant.nullable(),
    verifiedBy: z.string().nullable(),
    addedAt: Instant,
  })
  .strict();
export type Contact = z.infer<typeof Contact>;

const Text = (max: number) => z.string().trim().min(1).max(max);

/** A colleague's keys as typed in (the core checks each key and says which one is wrong), or their card. */
export const ContactInput = z.union([
  z
    .object({
      name: Text(200),
      role: Text(200).optional(),
      recipient: z.string().max(200),
      /** The Ed25519 public key: SPKI PEM, or base64 of its 32 raw bytes. */
      signingPublicKey: z.string().max(1000),
    })
    .strict(),
  z.object({ card: z.string().max(4000), name: Text(200).optional(), role: Text(200).optional() }).strict(),
]);
export type ContactInput = z.infer<typeof ContactInput>;

export const identityMethods = {
  'identity.show': method({
    input: z.object({}).strict(),
    output: VaultPublicIdentity,
    whileLocked: false,
  }),
  'identity.exportSecret': method({
    // The language the file's warning is written in: the reader's.
    input: z.object({ understood: z.literal(true), locale: ExplanationLocale.default('en') }).strict(),
    output: z.object({ exported: z.boolean() }).strict(),
    whileLocked: false,
  }),
  'contacts.list': method({
    input: z.object({}).strict(),
    output: z.object({ items: z.array(Contact) }).strict(),
    whileLocked: false,
  }),
  'contacts.add': method({
    input: ContactInput,
    output: Contact,
    whileLocked: false,
  }),
  'contacts.verify': method({
    input: z.object({ id: RecordId }).strict(),
    output: Contact,
    whileLocked: false,
  }),
};
