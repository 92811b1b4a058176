import { CasefileError } from '../../../shared/contract/index.js';
import type { EvidenceRecord, EvidenceSummary } from '../../../shared/contract/evidence.js';
import {
  formatEvidenceNumber,
  integrityOf,
  type ContentProblem,
  type EvidenceContent,
  type CustodyEvent,
  type EvidenceFields,
  type EvidenceItem,
  type EvidenceStatus,
  type EvidenceType,
  type VerificationState,
} from '../../../shared/domain/evidence.js';
import { provenanceOf } from './content-provenance.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { listCustodyEvents } from './custody-store.js';
import { linkedInterviewsOf } from './linked-interviews.js';
import { presentOnly } from '../kernel/db/present-only.js';

/** A row of `evidence_items` (migration 0009). */
export interface EvidenceItemRow {
  id: string;
  case_id: string;
  sequence: number;
  type: string;
  description: string;
  collected_at: string;
  time_zone: string | null;
  collected_where: string | null;
  collected_by: string | null;
  copy_role: EvidenceFields['copyRole'];
  original_id: string | null;
  storage_location: string;
  status: string;
  confidentiality: EvidenceFields['confidentiality'];
  markers: string;
  recorded_at: string | null;
  identified_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A row of `evidence_contents`. */
export interface ContentRow {
  seq: number;
  id: string;
  item_id: string;
  object_id: string;
  wrapped_key: Buffer;
  file_name: string;
  size: number;
  sha256: string;
  ingested_at: string;
  verification: VerificationState;
  verified_at: string | null;
  problem: string | null;
}

const evidenceNotFound = (): CasefileError => new CasefileError('NOT_FOUND', 'evidence.notFound');
const contentNotFound = (): CasefileError => new CasefileError('NOT_FOUND', 'evidence.contentNotFound');

export function getItemRow(db: VaultDatabase, itemId: string): EvidenceItemRow {
  const row = db.prepare('SELECT * FROM evidence_items WHERE id = ?').get(itemId) as EvidenceItemRow | undefined;
  if (!row) throw evidenceNotFound();
  return row;
}

export const numberOf = (row: Pick<EvidenceItemRow, 'sequence'>): string => formatEvidenceNumber(row.sequence);

/** The next number of a case: items are never removed, so the highest one issued is the count. */
export function nextSequence(db: VaultDatabase, caseId: string): number {
  const highest = db.prepare('SELECT max(sequence) FROM evidence_items WHERE case_id = ?').pluck().get(caseId) as
    number | null;
  return (highest ?? 0) + 1;
}

function linkedIds(
  db: VaultDatabase,
  table: 'evidence_people' | 'evidence_interviews',
  column: string,
  itemId: string,
): string[] {
  return db
    .prepare(`SELECT ${column} FROM ${table} WHERE item_id = ? ORDER BY ${column}`)
    .pluck()
    .all(itemId) as string[];
}

type CollectionColumns = Pick<
  EvidenceItemRow,
  'id' | 'sequence' | 'type' | 'description' | 'collected_at' | 'time_zone'
>;

/** The item's number and what was collected when: the chronology shows this, the log and the item start with it. */
export const collectionOf = (row: CollectionColumns) => ({
  id: row.id,
  number: numberOf(row),
  type: row.type as EvidenceType,
  description: row.description,
  collectedAt: row.collected_at,
  ...presentOnly({ timeZone: row.time_zone }),
});

/**
 * The columns the item and its row of the evidence log read alike, so both are read one way. The
 * collection place and the links are not among them: the log never shows them.
 */
function loggedFields(row: EvidenceItemRow): Pick<EvidenceItem, keyof EvidenceItem & keyof EvidenceSummary> {
  return {
    ...collectionOf(row),
    caseId: row.case_id,
    ...presentOnly({ collectedBy: row.collected_by }),
    copyRole: row.copy_role,
    ...presentOnly({ originalId: row.original_id }),
    storageLocation: row.storage_location,
    status: row.status as EvidenceStatus,
    confidentiality: row.confidentiality,
    markers: JSON.parse(row.markers) as EvidenceItem['markers'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The item's fields and links as the domain has them. */
export function toEvidenceItem(db: VaultDatabase, row: EvidenceItemRow): EvidenceItem {
  return {
    ...loggedFields(row),
    ...(row.collected_where === null
      ? {}
      : { collectedWhere: JSON.parse(row.collected_where) as EvidenceItem['collectedWhere'] }),
    personIds: linkedIds(db, 'evidence_people', 'person_id', row.id),
    interviewIds: linkedIds(db, 'evidence_interviews', 'interview_id', row.id),
    ...(row.recorded_at === null ? {} : { recordedAt: JSON.parse(row.recorded_at) as EvidenceItem['recordedAt'] }),
    ...presentOnly({ identifiedAt: row.identified_at }),
  };
}

export function toContent(row: ContentRow, provenance?: EvidenceContent['provenance']): EvidenceContent {
  return {
    id: row.id,
    itemId: row.item_id,
    fileName: row.file_name,
    size: row.size,
    sha256: row.sha256,
    ingestedAt: row.ingested_at,
    verification: row.verification,
    ...presentOnly({ verifiedAt: row.verified_at, problem: row.problem as ContentProblem | null }),
    ...(provenance === undefined ? {} : { provenance }),
  };
}

export function contentRows(db: VaultDatabase, itemId: string): ContentRow[] {
  return db.prepare('SELECT * FROM evidence_contents WHERE item_id = ? ORDER BY seq').all(itemId) as ContentRow[];
}

export function getContentRow(db: VaultDatabase, itemId: string, contentId: string): ContentRow {
  const row = db.prepare('SELECT * FROM evidence_contents WHERE id = ? AND item_id = ?').get(contentId, itemId) as
    ContentRow | undefined;
  if (!row) throw contentNotFound();
  return row;
}

/** One item with its files and the copies made from it, as its screen shows it (no custody events). */
export function getEvidenceRecord(db: VaultDatabase, itemId: string): EvidenceRecord {
  return db.transaction((): EvidenceRecord => {
    const row = getItemRow(db, itemId);
    const contents = contentRows(db, row.id).map((content) => toContent(content, provenanceOf(db, content.object_id)));
    const original = row.original_id === null ? undefined : getItemRow(db, row.original_id);
    const copies = db
      .prepare('SELECT id, sequence FROM evidence_items WHERE original_id = ? ORDER BY sequence')
      .all(row.id) as { id: string; sequence: number }[];
    return {
      ...toEvidenceItem(db, row),
      ...(original ? { originalNumber: numberOf(original) } : {}),
      linkedInterviews: linkedInterviewsOf(db, row.id),
      copies: copies.map((copy) => ({ id: copy.id, number: numberOf(copy) })),
      contents,
      integrity: integrityOf(contents),
    };
  })();
}

/** An item with its whole chain of custody, as a report prints it (a document lists every event). */
export type ItemWithChain = EvidenceRecord & { custody: CustodyEvent[] };

/** The item `itemId` with every custody event, oldest first, read together. */
export function getItemWithChain(db: VaultDatabase, itemId: string): ItemWithChain {
  return db.transaction((): ItemWithChain => {
    const record = getEvidenceRecord(db, itemId);
    return { ...record, custody: listCustodyEvents(db, record.id) };
  })();
}

export interface SummaryRow extends EvidenceItemRow {
  original_sequence: number | null;
  content_count: number;
  content_bytes: number;
  integrity: EvidenceSummary['integrity'];
  custody_count: number;
  last_custody_at: string | null;
}

/**
 * An item's file check as the log shows it, in SQL over the item `i`, so the log can be filtered
 * by it: no file, one failed, one not yet checked, or all verified.
 */
export const INTEGRITY_SQL = `CASE
  WHEN NOT EXISTS (SELECT 1 FROM evidence_contents c WHERE c.item_id = i.id) THEN 'no_content'
  WHEN EXISTS (SELECT 1 FROM evidence_contents c WHERE c.item_id = i.id AND c.verification = 'failed') THEN 'failed'
  WHEN EXISTS (SELECT 1 FROM evidence_contents c WHERE c.item_id = i.id AND c.verification = 'unchecked')
    THEN 'unchecked'
  ELSE 'verified' END`;

/** The columns of a row of the log, over the item `i` and its original `o`: counts in the query, none per row. */
export const SUMMARY_SELECT = `SELECT i.*, o.sequence AS original_sequence,
         (SELECT count(*) FROM evidence_contents c WHERE c.item_id = i.id) AS content_count,
         (SELECT coalesce(sum(size), 0) FROM evidence_contents c WHERE c.item_id = i.id) AS content_bytes,
         ${INTEGRITY_SQL} AS integrity,
         (SELECT count(*) FROM custody_events e WHERE e.item_id = i.id) AS custody_count,
         (SELECT max(at) FROM custody_events e WHERE e.item_id = i.id) AS last_custody_at
       FROM evidence_items i LEFT JOIN evidence_items o ON o.id = i.original_id`;

export function toEvidenceSummary(row: SummaryRow): EvidenceSummary {
  return {
    ...loggedFields(row),
    ...(row.original_sequence === null ? {} : { originalNumber: formatEvidenceNumber(row.original_sequence) }),
    contentCount: row.content_count,
    contentBytes: row.content_bytes,
    integrity: row.integrity,
    custodyCount: row.custody_count,
    ...presentOnly({ lastCustodyAt: row.last_custody_at }),
  };
}

/** A case's items by number (the command line's log; the app reads it a page at a time). */
export function listEvidenceSummaries(
  db: VaultDatabase,
  caseId: string,
  filter: { type?: EvidenceType | undefined; status?: EvidenceStatus | undefined } = {},
): EvidenceSummary[] {
  const rows = db
    .prepare(
      `${SUMMARY_SELECT}
       WHERE i.case_id = @caseId AND (@type IS NULL OR i.type = @type) AND (@status IS NULL OR i.status = @status)
       ORDER BY i.sequence`,
    )
    .all({ caseId, type: filter.type ?? null, status: filter.status ?? null }) as SummaryRow[];
  return rows.map(toEvidenceSummary);
}
