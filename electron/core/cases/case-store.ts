import { CasefileError } from '../../../shared/contract/index.js';
import type { CaseRecord } from '../../../shared/contract/cases.js';
import type {
  Case,
  CaseStatus,
  ClosureGround,
  CoreStatusReason,
  StatusChange,
  StatusReason,
} from '../../../shared/domain/case.js';
import type { CaseKey, CaseRecords } from '../kernel/ports/case-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { presentOnly } from '../kernel/db/present-only.js';

/** A row of `cases` (migration 0004). */
export interface CaseRow {
  id: string;
  reference: string;
  title: string;
  summary: string;
  date_received: string;
  reporting_channel: string;
  entity: string;
  location: string;
  category: string | null;
  subtype: string | null;
  incident_dates: string;
  investigating_entity: string | null;
  urgent: number;
  reporting_obligation_acknowledged_at: string | null;
  alleged_exchange: string;
  paternity_claim: string;
  count_exclusion: string | null;
  status: string;
  confidentiality: string;
  archived_at: string | null;
  archive_reason: string | null;
  created_at: string;
  updated_at: string;
}

interface StatusChangeRow {
  from_status: string | null;
  to_status: string;
  at: string;
  reason: string | null;
  reason_code: string | null;
  closure_ground: string | null;
}

const CASE_COLUMNS = `id, reference, title, summary, date_received, reporting_channel, entity, location,
  category, subtype, incident_dates, investigating_entity, urgent, reporting_obligation_acknowledged_at,
  alleged_exchange, paternity_claim, count_exclusion, status, confidentiality, archived_at, archive_reason, created_at,
  updated_at`;

const REFERENCE_SHAPE = /^CF-\d{4}-\d{4,}$/;

const caseNotFound = (): CasefileError => new CasefileError('NOT_FOUND', 'cases.notFound');

function toStatusChange(row: StatusChangeRow): StatusChange {
  return {
    from: row.from_status as CaseStatus | null,
    to: row.to_status as CaseStatus,
    at: row.at,
    reason: row.reason_code === null ? (row.reason ?? '') : { code: row.reason_code as CoreStatusReason },
    ...presentOnly({ closureGround: row.closure_ground as ClosureGround | null }),
  };
}

/** A status change's reason as its two columns: a person's words in `reason`, the core's code in `reason_code`. */
export function reasonColumns(reason: StatusReason): { reason: string | null; reasonCode: CoreStatusReason | null } {
  return typeof reason === 'string' ? { reason, reasonCode: null } : { reason: null, reasonCode: reason.code };
}

function readStatusHistory(db: VaultDatabase, caseId: string): StatusChange[] {
  const rows = db
    .prepare(
      `SELECT from_status, to_status, at, reason, reason_code, closure_ground FROM case_status_changes
        WHERE case_id = ? ORDER BY position`,
    )
    .all(caseId) as StatusChangeRow[];
  return rows.map(toStatusChange);
}

/** The stored row as the contract's record; the columns hold what the contract validated on the way in. */
export function toCaseRecord(row: CaseRow, statusHistory: StatusChange[]): CaseRecord {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    dateReceived: row.date_received,
    reportingChannel: row.reporting_channel as Case['reportingChannel'],
    entity: row.entity,
    location: JSON.parse(row.location) as Case['location'],
    category: row.category as Case['category'],
    subtype: row.subtype as Case['subtype'],
    incidentDates: JSON.parse(row.incident_dates) as Case['incidentDates'],
    investigatingEntity: row.investigating_entity as Case['investigatingEntity'],
    urgent: row.urgent === 1,
    reportingObligationAcknowledgedAt: row.reporting_obligation_acknowledged_at,
    allegedExchange: JSON.parse(row.alleged_exchange) as Case['allegedExchange'],
    paternityClaim: JSON.parse(row.paternity_claim) as Case['paternityClaim'],
    countExclusion: row.count_exclusion === null ? null : (JSON.parse(row.count_exclusion) as Case['countExclusion']),
    status: row.status as CaseStatus,
    statusHistory,
    confidentiality: row.confidentiality as Case['confidentiality'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archived:
      row.archived_at === null || row.archive_reason === null
        ? null
        : { at: row.archived_at, reason: row.archive_reason },
  };
}

/** The case row by id or by reference (CF-2026-0001); NOT_FOUND when there is none. */
export function getCaseRow(db: VaultDatabase, caseIdOrReference: string): CaseRow {
  const column = REFERENCE_SHAPE.test(caseIdOrReference) ? 'reference' : 'id';
  const row = db.prepare(`SELECT ${CASE_COLUMNS} FROM cases WHERE ${column} = ?`).get(caseIdOrReference) as
    CaseRow | undefined;
  if (!row) throw caseNotFound();
  return row;
}

/** One case with its status history, by id or reference; NOT_FOUND when there is none. */
export function getCase(db: VaultDatabase, caseIdOrReference: string): CaseRecord {
  return db.transaction(() => {
    const row = getCaseRow(db, caseIdOrReference);
    return toCaseRecord(row, readStatusHistory(db, row.id));
  })();
}

/** Marks the case changed (a person, consent or interview of it changed); NOT_FOUND when there is none. */
function touchCase(db: VaultDatabase, caseId: string, atIso: string): void {
  const { changes } = db.prepare(`UPDATE cases SET updated_at = ? WHERE id = ?`).run(atIso, caseId);
  if (changes === 0) throw caseNotFound();
}

/** An archived case is frozen: it is brought back from the archive before it changes again. */
export function refuseArchived(row: CaseRow): void {
  if (row.archived_at !== null) throw new CasefileError('CONFLICT', 'cases.archived', { reference: row.reference });
}

const caseKeyOf = (row: CaseRow): CaseKey => ({
  id: row.id,
  reference: row.reference,
  dateReceived: row.date_received,
});

/**
 * The cases as the other features reach them (kernel/ports/case-records.ts); following the findings
 * is case-status.ts's, joined to these in composition.ts.
 */
export const caseRecords: Omit<CaseRecords, 'followFindings'> = {
  get: getCase,
  find: (db, caseIdOrReference) => caseKeyOf(getCaseRow(db, caseIdOrReference)),
  forChange(db, caseIdOrReference) {
    const row = getCaseRow(db, caseIdOrReference);
    refuseArchived(row);
    return caseKeyOf(row);
  },
  touch: touchCase,
};
