import { randomUUID } from 'node:crypto';
import { CasefileError } from '../../../shared/contract/index.js';
import { VictimContact, type ContactChannel, type VictimContactFields } from '../../../shared/domain/victim-contact.js';
import type { VictimContactFact } from '../../../shared/principles/snapshot.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { DeliveredClosureLetter } from '../kernel/ports/case-reactions.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { caseRows } from '../kernel/db/case-rows.js';
import { presentOnly } from '../kernel/db/present-only.js';

interface ContactRow {
  id: string;
  case_id: string;
  person_id: string;
  at: string;
  by: string;
  channel: ContactChannel;
  language: string;
  interpreter_person_id: string | null;
  told: string;
  note: string | null;
  letter_id: string | null;
  recorded_at: string;
}

const toContact = (row: ContactRow): VictimContact =>
  VictimContact.parse({
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    at: row.at,
    by: row.by,
    channel: row.channel,
    language: row.language,
    ...presentOnly({ interpreterPersonId: row.interpreter_person_id }),
    told: JSON.parse(row.told) as unknown,
    ...presentOnly({ note: row.note, letterId: row.letter_id }),
    recordedAt: row.recorded_at,
  });

const ORDER = 'ORDER BY at, seq';

/** The contacts of a case (by id), or with one victim in it, oldest first. */
export function listContacts(db: VaultDatabase, caseId: string, personId?: string): VictimContact[] {
  const query = { select: 'SELECT * FROM victim_contacts', table: 'victim_contacts', order: ORDER };
  return caseRows<ContactRow>(db, query, caseId, personId).map(toContact);
}

/** The contacts as R8 reads them: who, when. */
export function loadContactsForPrinciples(db: VaultDatabase, caseId: string): VictimContactFact[] {
  return (
    db.prepare(`SELECT id, person_id, at FROM victim_contacts WHERE case_id = ? ${ORDER}`).all(caseId) as Pick<
      ContactRow,
      'id' | 'person_id' | 'at'
    >[]
  ).map((row) => ({ id: row.id, personId: row.person_id, at: row.at }));
}

// A moment typed a few minutes ahead of the computer's clock is a clock difference, not the future.
const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** Writes a contact and its audit row, inside the caller's transaction. */
function insertContact(
  ctx: CaseFileContext,
  db: VaultDatabase,
  contact: VictimContact,
  code: string,
  interpreterCode: string | undefined,
): void {
  db.prepare(
    `INSERT INTO victim_contacts
       (id, case_id, person_id, at, by, channel, language, interpreter_person_id, told, note, letter_id, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    contact.id,
    contact.caseId,
    contact.personId,
    contact.at,
    contact.by,
    contact.channel,
    contact.language,
    contact.interpreterPersonId ?? null,
    JSON.stringify(contact.told),
    contact.note ?? null,
    contact.letterId ?? null,
    contact.recordedAt,
  );
  appendAudit(ctx, {
    action: 'victim_contact.log',
    caseId: contact.caseId,
    target: { kind: 'victim_contact', id: contact.id, label: code },
    // Who made the contact and the note are free text that may name people: only codes and kinds here.
    details: {
      code,
      at: contact.at,
      channel: contact.channel,
      language: contact.language,
      told: contact.told,
      ...(interpreterCode === undefined ? {} : { interpreterCode }),
      note: contact.note !== undefined,
      ...(contact.letterId === undefined ? {} : { closureLetter: contact.letterId }),
    },
  });
  ctx.ports.cases.touch(db, contact.caseId, contact.recordedAt);
}

/** Logs a contact with a victim; the interpreter is a person of the same case recorded as an interpreter. */
export function logContact(ctx: CaseFileContext, input: VictimContactFields): VictimContact {
  const db = ctx.db();
  return db
    .transaction((): VictimContact => {
      const victim = ctx.ports.people.get(db, input.personId);
      if (victim.role !== 'victim') {
        throw new CasefileError('VALIDATION', 'victimContacts.notVictim', { person: victim.code });
      }
      if (Date.parse(input.at) > ctx.now() + CLOCK_TOLERANCE_MS) {
        throw new CasefileError('VALIDATION', 'victimContacts.inFuture');
      }
      let interpreterCode: string | undefined;
      if (input.interpreterPersonId !== undefined) {
        const interpreter = ctx.ports.people.find(db, input.interpreterPersonId);
        if (!interpreter || interpreter.caseId !== victim.caseId || interpreter.role !== 'interpreter') {
          throw new CasefileError('VALIDATION', 'victimContacts.interpreterRole');
        }
        interpreterCode = interpreter.code;
      }
      const contact = VictimContact.parse({
        ...input,
        id: randomUUID(),
        caseId: victim.caseId,
        recordedAt: new Date(ctx.now()).toISOString(),
      });
      insertContact(ctx, db, contact, victim.code, interpreterCode);
      return contact;
    })
    .immediate();
}

/** How a closure letter reached the victim, as a contact's channel. */
const CHANNEL_OF_DELIVERY: Record<DeliveredClosureLetter['how'], ContactChannel> = {
  hand: 'in_person',
  oral: 'in_person',
  post: 'letter',
  email: 'message',
  other: 'letter',
};

/**
 * A closure letter's delivery is a contact with the victim, who was told the outcome: logged once
 * per letter (a second delivery of the same letter, say read out after it was posted, adds none).
 * Runs inside the letter register's transaction, through the reaction port.
 */
export function logClosureLetterDelivery(ctx: CaseFileContext, db: VaultDatabase, delivery: DeliveredClosureLetter) {
  const logged = db.prepare('SELECT 1 FROM victim_contacts WHERE letter_id = ?').get(delivery.letterId);
  if (logged) return;
  const victim = ctx.ports.people.get(db, delivery.personId);
  const contact = VictimContact.parse({
    id: randomUUID(),
    caseId: delivery.caseId,
    personId: delivery.personId,
    at: delivery.at,
    by: delivery.by,
    channel: CHANNEL_OF_DELIVERY[delivery.how],
    language: delivery.language,
    told: ['outcome'],
    letterId: delivery.letterId,
    recordedAt: new Date(ctx.now()).toISOString(),
  });
  insertContact(ctx, db, contact, victim.code, undefined);
}
