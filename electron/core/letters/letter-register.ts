import { createHash, randomUUID } from 'node:crypto';
import { CasefileError } from '../../../shared/contract/index.js';
import type {
  ClosureStatus,
  LetterDelivery,
  LetterDisclosure,
  LetterEntry,
  LetterFormat,
  LetterOutput,
} from '../../../shared/contract/letters.js';
import type { DocumentLanguage, PageSize } from '../../../shared/documents/document-model.js';
import {
  isClosureKind,
  TEMPLATE_KINDS,
  type Recipient,
  type TemplateKind,
} from '../../../shared/documents/template.js';
import type { Letter } from '../../../shared/principles/snapshot.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { CaseRecords } from '../kernel/ports/case-records.js';
import { presentOnly } from '../kernel/db/present-only.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * The letter register: each generated letter with its outputs (bytes kept in the encrypted
 * database), what it disclosed and on what basis, and for closure letters their delivery.
 * Entries are never changed; deliveries are added.
 */

export interface LetterRow {
  id: string;
  case_id: string;
  reference: string;
  kind: TemplateKind;
  recipient: Recipient;
  recipient_name: string;
  template_id: string;
  template_version: number;
  language: DocumentLanguage;
  page_size: PageSize;
  author: string;
  created_at: string;
  concerns_person_id: string | null;
  concerns_code: string | null;
  disclosures: string;
  withheld: string;
  overrides: string;
  exception_reason: string | null;
  /** 0021: 1 for a letter made in the discreet form. */
  discreet: 0 | 1;
}

interface DeliveryRow {
  id: string;
  letter_id: string;
  how: LetterDelivery['how'];
  at: string;
  by: string;
  language: string;
  oral_language: string | null;
  interpreter: string | null;
  recorded_at: string;
  recorded_by: string;
}

export const SELECT_LETTER = 'SELECT l.*, c.reference FROM letters l JOIN cases c ON c.id = l.case_id';

const letterNotFound = (): CasefileError => new CasefileError('NOT_FOUND', 'letters.notFound');

/** A delivery as the register shows it: the columns named as the record names them pass through as they are. */
function toDelivery(row: DeliveryRow): LetterDelivery {
  const { letter_id, oral_language, interpreter, recorded_at, recorded_by, ...sameNames } = row;
  return {
    ...sameNames,
    oralTranslation: oral_language === null ? null : { language: oral_language, ...presentOnly({ interpreter }) },
    recordedAt: recorded_at,
    recordedBy: recorded_by,
  };
}

export function toEntry(db: VaultDatabase, row: LetterRow): LetterEntry {
  const outputs = db
    .prepare('SELECT format, file_name, size, sha256 FROM letter_outputs WHERE letter_id = ? ORDER BY format DESC')
    .all(row.id) as {
    format: LetterFormat;
    file_name: string;
    size: number;
    sha256: string;
  }[];
  const deliveries = db
    .prepare('SELECT * FROM letter_deliveries WHERE letter_id = ? ORDER BY at, recorded_at')
    .all(row.id) as DeliveryRow[];
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.reference,
    kind: row.kind,
    recipient: row.recipient,
    recipientName: row.recipient_name,
    templateId: row.template_id,
    templateVersion: row.template_version,
    language: row.language,
    pageSize: row.page_size,
    author: row.author,
    createdAt: row.created_at,
    concerns:
      row.concerns_person_id !== null && row.concerns_code !== null
        ? { personId: row.concerns_person_id, code: row.concerns_code }
        : null,
    outputs: outputs.map((output) => ({
      format: output.format,
      fileName: output.file_name,
      size: output.size,
      sha256: output.sha256,
    })),
    disclosures: JSON.parse(row.disclosures) as LetterDisclosure[],
    withheld: JSON.parse(row.withheld) as LetterEntry['withheld'],
    overrides: JSON.parse(row.overrides) as LetterEntry['overrides'],
    ...(row.exception_reason !== null ? { exception: { reason: row.exception_reason } } : {}),
    discreet: row.discreet === 1,
    deliveries: deliveries.map(toDelivery),
  };
}

function getLetterRow(db: VaultDatabase, letterId: string): LetterRow {
  const row = db.prepare(`${SELECT_LETTER} WHERE l.id = ?`).get(letterId) as LetterRow | undefined;
  if (!row) throw letterNotFound();
  return row;
}

export function getLetter(db: VaultDatabase, letterId: string): LetterEntry {
  return toEntry(db, getLetterRow(db, letterId));
}

export function listLetters(cases: CaseRecords, db: VaultDatabase, caseIdOrReference: string): LetterEntry[] {
  const caseRow = cases.find(db, caseIdOrReference);
  const rows = db
    .prepare(`${SELECT_LETTER} WHERE l.case_id = ? ORDER BY l.created_at DESC, l.id`)
    .all(caseRow.id) as LetterRow[];
  return rows.map((row) => toEntry(db, row));
}

/** A stored output's bytes, checked against the SHA-256 recorded when it was made. */
export function letterBytes(
  db: VaultDatabase,
  letterId: string,
  format: LetterFormat,
): { bytes: Buffer; output: LetterOutput; entry: LetterEntry } {
  const entry = getLetter(db, letterId);
  const row = db
    .prepare('SELECT bytes FROM letter_outputs WHERE letter_id = ? AND format = ?')
    .get(letterId, format) as { bytes: Buffer } | undefined;
  const output = entry.outputs.find((candidate) => candidate.format === format);
  if (!row || !output) throw new CasefileError('NOT_FOUND', 'letters.notMadeAs', { format });
  if (createHash('sha256').update(row.bytes).digest('hex') !== output.sha256) {
    throw new CasefileError('VAULT_CORRUPT', 'letters.storedFileDamaged', { format });
  }
  return { bytes: row.bytes, output, entry };
}

export function recordDelivery(
  ctx: CaseFileContext,
  input: {
    letterId: string;
    how: LetterDelivery['how'];
    at: string;
    by: string;
    language: string;
    oralTranslation?: { language: string; interpreter?: string | undefined } | undefined;
  },
): LetterEntry {
  const db = ctx.db();
  return db
    .transaction((): LetterEntry => {
      const row = getLetterRow(db, input.letterId);
      if (!isClosureKind(row.kind)) throw new CasefileError('VALIDATION', 'letters.deliveryNotClosure');
      if (Date.parse(input.at) > ctx.now() + 5 * 60_000)
        throw new CasefileError('VALIDATION', 'letters.deliveryInFuture');
      if (Date.parse(input.at) < Date.parse(row.created_at))
        throw new CasefileError('VALIDATION', 'letters.deliveryBeforeLetter');
      const id = randomUUID();
      const recordedAt = new Date(ctx.now()).toISOString();
      db.prepare(
        `INSERT INTO letter_deliveries (id, letter_id, how, at, by, language, oral_language, interpreter, recorded_at,
          recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        row.id,
        input.how,
        input.at,
        input.by,
        input.language,
        input.oralTranslation?.language ?? null,
        input.oralTranslation?.interpreter ?? null,
        recordedAt,
        ctx.actor,
      );
      appendAudit(ctx, {
        action: 'letter.delivery',
        caseId: row.case_id,
        target: { kind: 'letter', id: row.id, label: row.concerns_code ?? row.template_id },
        details: {
          how: input.how,
          at: input.at,
          language: input.language,
          oralTranslation: input.oralTranslation?.language ?? null,
          interpreter: input.oralTranslation?.interpreter !== undefined,
        },
      });
      // The delivery is a contact with the victim (¶34): whoever logs contacts reacts.
      if (row.concerns_person_id !== null) {
        ctx.ports.reactions.closureLetterDelivered(ctx, db, {
          caseId: row.case_id,
          letterId: row.id,
          personId: row.concerns_person_id,
          how: input.how,
          at: input.at,
          by: input.by,
          language: input.oralTranslation?.language ?? input.language,
        });
      }
      return getLetter(db, row.id);
    })
    .immediate();
}

/** The kinds of letter that tell a victim how the case closed. */
const CLOSURE_KINDS = TEMPLATE_KINDS.filter(isClosureKind);

/** Per victim of the case: closure letters made, and whether one was delivered. */
export function closureStatus(cases: CaseRecords, db: VaultDatabase, caseIdOrReference: string): ClosureStatus {
  const caseRow = cases.find(db, caseIdOrReference);
  const victims = db
    .prepare(`SELECT id, code FROM people WHERE case_id = ? AND role = 'victim' ORDER BY code`)
    .all(caseRow.id) as { id: string; code: string }[];
  // Only the closure letters are read, not the whole register (which may be long).
  const letters = (
    db
      .prepare(
        `${SELECT_LETTER} WHERE l.case_id = ? AND l.kind IN (SELECT value FROM json_each(?))
         ORDER BY l.created_at DESC, l.id`,
      )
      .all(caseRow.id, JSON.stringify(CLOSURE_KINDS)) as LetterRow[]
  ).map((row) => toEntry(db, row));
  const rows = victims.map((victim) => {
    const own = letters.filter((entry) => entry.concerns?.personId === victim.id);
    const deliveredAt = own.flatMap((entry) => entry.deliveries.map((delivery) => delivery.at)).sort()[0] ?? null;
    return {
      personId: victim.id,
      code: victim.code,
      letterIds: own.map((entry) => entry.id),
      delivered: deliveredAt !== null,
      deliveredAt,
    };
  });
  return { victims: rows, complete: rows.every((row) => row.delivered) };
}

const LETTER_KIND_FOR_RULES: Readonly<Record<TemplateKind, Letter['kind']>> = {
  member_state_referral: 'member_state_referral',
  tcc_notification: 'contributing_country_notification',
  // Asks what was done after the investigation: not the notification R11 looks for.
  tcc_follow_up: 'other',
  hr_referral: 'hr_referral',
  unv_referral: 'unv_referral',
  closure_substantiated: 'victim_outcome',
  closure_not_substantiated: 'victim_outcome',
  closure_other: 'victim_outcome',
};

/** The register as the principles rules read it (R9, R11, R13): the snapshot's Letter records. */
export function loadLettersForPrinciples(db: VaultDatabase, caseId: string): Letter[] {
  const rows = db.prepare(`${SELECT_LETTER} WHERE l.case_id = ? ORDER BY l.created_at`).all(caseId) as LetterRow[];
  return rows.map((row): Letter => {
    const entry = toEntry(db, row);
    const delivered = entry.deliveries.map((delivery) => delivery).sort((a, b) => a.at.localeCompare(b.at))[0];
    const kind: Letter['kind'] = LETTER_KIND_FOR_RULES[row.kind];
    return {
      id: row.id,
      kind,
      recipientKind:
        row.recipient === 'victim'
          ? 'addressee_person'
          : row.recipient === 'member_state' || row.recipient === 'tcc'
            ? 'national_authority'
            : 'un_internal',
      recipient: row.recipient_name,
      ...presentOnly({ concernsPersonId: row.concerns_person_id }),
      issuedAt: row.created_at,
      ...(delivered
        ? { deliveredAt: delivered.at, deliveryMethod: delivered.how === 'oral' ? 'oral' : 'written' }
        : {}),
      disclosures: entry.disclosures
        .filter((d) => d.basis !== 'subject_of_referral')
        .map((d) => ({ personId: d.personId, fields: d.fields as Letter['disclosures'][number]['fields'] })),
    };
  });
}
