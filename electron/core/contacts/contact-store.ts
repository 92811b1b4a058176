import { randomUUID } from 'node:crypto';
import { CasefileError } from '../../../shared/contract/index.js';
import type { Contact, ContactInput } from '../../../shared/contract/identity.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { VaultIdentity } from '../kernel/identity/vault-identity.js';
import { checkRecipient, parseContactCard, parseSigningKey } from './contact-card.js';
import { CONTACT_COLUMNS, contactRows, knownContact, type ContactRow } from './contact-directory.js';

/** The identity the contacts are compared with; refused clearly where a workspace gives none. */
export function vaultIdentityOf(ctx: CaseFileContext): VaultIdentity {
  if (!ctx.identity) throw new Error('this workspace gives no vault identity');
  return ctx.identity();
}

function toContact(row: ContactRow, me: VaultIdentity): Contact {
  const known = knownContact(row, me);
  return {
    id: known.id,
    name: known.name,
    role: known.role,
    recipient: known.recipient,
    signingPublicKey: known.signingPublicKey.toString('base64'),
    signingFingerprint: known.signingFingerprint,
    safetyNumber: known.safetyNumber,
    verified: known.verified,
    verifiedAt: row.verified_at,
    verifiedBy: row.verified_by,
    addedAt: row.added_at,
  };
}

export function listContacts(ctx: CaseFileContext): Contact[] {
  const me = vaultIdentityOf(ctx);
  return contactRows(ctx.db()).map((row) => toContact(row, me));
}

function rowOf(ctx: CaseFileContext, id: string): ContactRow {
  const row = ctx.db().prepare(`SELECT ${CONTACT_COLUMNS} FROM contacts WHERE id = ?`).get(id) as
    ContactRow | undefined;
  if (!row) throw new CasefileError('NOT_FOUND', 'contacts.notFound');
  return row;
}

/** Adds a colleague, unverified. Each key is checked, and a key already known or the vault's own is refused. */
export function addContact(ctx: CaseFileContext, input: ContactInput): Contact {
  const me = vaultIdentityOf(ctx);
  const fields =
    'card' in input
      ? (() => {
          const card = parseContactCard(input.card);
          return { ...card, name: input.name ?? card.name, role: input.role ?? card.role };
        })()
      : {
          name: input.name,
          role: input.role,
          recipient: checkRecipient(input.recipient),
          signingKey: parseSigningKey(input.signingPublicKey),
        };
  if (fields.name === undefined) throw new CasefileError('VALIDATION', 'contacts.noName');
  if (fields.recipient === me.recipient || fields.signingKey.equals(me.signingPublicKey)) {
    throw new CasefileError('VALIDATION', 'contacts.ownKeys');
  }
  const db = ctx.db();
  const id = randomUUID();
  db.transaction(() => {
    const known = db
      .prepare(`SELECT 1 FROM contacts WHERE recipient = ? OR signing_key = ?`)
      .get(fields.recipient, fields.signingKey);
    if (known) throw new CasefileError('CONFLICT', 'contacts.alreadyKnown');
    db.prepare(
      `INSERT INTO contacts (id, name, role, recipient, signing_key, added_at, added_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, fields.name, fields.role ?? null, fields.recipient, fields.signingKey, isoNow(ctx), ctx.actor);
    // The audit names the contact by its key fingerprint, never by the colleague's name.
    appendAudit(ctx, {
      action: 'contact.add',
      caseId: null,
      target: { kind: 'contact', id },
      details: { recipient: fields.recipient },
    });
  }).immediate();
  return toContact(rowOf(ctx, id), me);
}

const isoNow = (ctx: CaseFileContext) => new Date(ctx.now()).toISOString();

/** Marks a contact verified: the user compared the safety number with the colleague. Idempotent. */
export function verifyContact(ctx: CaseFileContext, id: string): Contact {
  const me = vaultIdentityOf(ctx);
  const db = ctx.db();
  db.transaction(() => {
    const row = rowOf(ctx, id);
    if (row.verified_at !== null) return;
    db.prepare(`UPDATE contacts SET verified_at = ?, verified_by = ? WHERE id = ?`).run(isoNow(ctx), ctx.actor, id);
    appendAudit(ctx, {
      action: 'contact.verify',
      caseId: null,
      target: { kind: 'contact', id },
      details: { safetyNumber: knownContact(row, me).safetyNumber },
    });
  }).immediate();
  return toContact(rowOf(ctx, id), me);
}
