import { CasefileError } from '../../../shared/contract/index.js';
import type { InterviewRecord, InterviewSummary } from '../../../shared/contract/interviews.js';
import type {
  Interview,
  InterviewAmendment,
  InterviewArrangements,
  InterviewStatus,
} from '../../../shared/domain/interview.js';
import type { RichText } from '../../../shared/domain/rich-text.js';
import type { InterviewFacts } from '../../../shared/principles/snapshot.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { presentOnly } from '../kernel/db/present-only.js';

export interface InterviewRow {
  id: string;
  case_id: string;
  person_id: string;
  status: InterviewStatus;
  arrangements: string;
  conducted_at: string | null;
  signed_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  notes: string;
  notes_revision: number;
  notes_saved_at: string | null;
  notes_audited_at: string | null;
  confidentiality: InterviewArrangements['confidentiality'];
  created_at: string;
  updated_at: string;
}

export interface VersionRow {
  interview_id: string;
  version: number;
  at: string;
  reason: string | null;
  notes: string;
}

const interviewNotFound = (): CasefileError => new CasefileError('NOT_FOUND', 'interviews.notFound');

export function getInterviewRow(db: VaultDatabase, interviewId: string): InterviewRow {
  const row = db.prepare('SELECT * FROM interviews WHERE id = ?').get(interviewId) as InterviewRow | undefined;
  if (!row) throw interviewNotFound();
  return row;
}

/** The arrangements as stored: everything but the confidentiality level, which has its own column. */
export function arrangementColumns(arrangements: InterviewArrangements): {
  confidentiality: InterviewArrangements['confidentiality'];
  fields: string;
} {
  const { confidentiality, ...fields } = arrangements;
  return { confidentiality, fields: JSON.stringify(fields) };
}

export function arrangementsOf(row: Pick<InterviewRow, 'arrangements' | 'confidentiality'>): InterviewArrangements {
  return { ...(JSON.parse(row.arrangements) as object), confidentiality: row.confidentiality } as InterviewArrangements;
}

function versionRows(db: VaultDatabase, interviewIds: readonly string[]): Map<string, VersionRow[]> {
  const byInterview = new Map<string, VersionRow[]>();
  if (interviewIds.length === 0) return byInterview;
  const rows = db
    .prepare(
      `SELECT * FROM interview_versions WHERE interview_id IN (SELECT value FROM ` +
        `json_each(?)) ORDER BY interview_id, version`,
    )
    .all(JSON.stringify(interviewIds)) as VersionRow[];
  for (const row of rows) byInterview.set(row.interview_id, [...(byInterview.get(row.interview_id) ?? []), row]);
  return byInterview;
}

const toAmendment = (row: VersionRow): InterviewAmendment => ({
  version: row.version,
  amendedAt: row.at,
  reason: row.reason ?? '',
  notes: JSON.parse(row.notes) as RichText,
});

/** The columns the record and the case's list of interviews read alike: which interview, whose, how far it went. */
type ProgressColumns = Pick<InterviewRow, 'id' | 'case_id' | 'person_id' | 'status' | 'conducted_at' | 'signed_at'>;

/** Those columns read one way, for the record and the list alike. */
function progressOf(
  row: ProgressColumns,
): Pick<Interview, 'id' | 'caseId' | 'personId' | 'status' | 'conductedAt' | 'signedAt'> {
  return {
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    status: row.status,
    ...presentOnly({ conductedAt: row.conducted_at, signedAt: row.signed_at }),
  };
}

/** When and why the interview was cancelled, if it was. */
const cancelledOf = (row: Pick<InterviewRow, 'cancelled_at' | 'cancel_reason'>): Pick<Interview, 'cancelled'> =>
  row.cancelled_at === null || row.cancel_reason === null
    ? {}
    : { cancelled: { at: row.cancelled_at, reason: row.cancel_reason } };

/** The columns the principles read of an interview. */
type FactColumns = ProgressColumns &
  Pick<InterviewRow, 'arrangements' | 'confidentiality' | 'cancelled_at' | 'cancel_reason'>;

/** The domain record. Once signed, the notes are read from version 1, the row the triggers protect. */
function toInterview(row: InterviewRow, versions: readonly VersionRow[]): Interview {
  const signed = versions.find((version) => version.version === 1);
  return {
    ...arrangementsOf(row),
    ...progressOf(row),
    ...cancelledOf(row),
    notes: JSON.parse(signed?.notes ?? row.notes) as RichText,
    amendments: versions.filter((version) => version.version >= 2).map(toAmendment),
  };
}

export function interviewOf(db: VaultDatabase, row: InterviewRow): Interview {
  return toInterview(row, versionRows(db, [row.id]).get(row.id) ?? []);
}

/**
 * Every interview of a case as the principles read it (shared/principles/snapshot.ts): arrangements and
 * progress, in the order they were planned; the notes and their versions, which no rule reads, are not.
 */
export function loadInterviews(db: VaultDatabase, caseId: string): InterviewFacts[] {
  const rows = db
    .prepare(
      `SELECT id, case_id, person_id, status, arrangements, confidentiality, conducted_at, signed_at, cancelled_at,
         cancel_reason FROM interviews WHERE case_id = ? ORDER BY created_at, rowid`,
    )
    .all(caseId) as FactColumns[];
  return rows.map((row) => ({
    ...arrangementsOf(row),
    ...progressOf(row),
    ...cancelledOf(row),
  }));
}

/** The interviewee's code of each of the interviews `ids` of case `caseId`, by interview id; others are left out. */
export function intervieweeCodesOf(db: VaultDatabase, caseId: string, ids: readonly string[]): Record<string, string> {
  const rows = db
    .prepare(
      'SELECT i.id, p.code FROM interviews i JOIN people p ON p.id = i.person_id ' +
        'WHERE i.case_id = ? AND i.id IN (SELECT value FROM json_each(?))',
    )
    .all(caseId, JSON.stringify([...new Set(ids)])) as Array<{ id: string; code: string }>;
  return Object.fromEntries(rows.map((row) => [row.id, row.code]));
}

export function personCodeOf(db: VaultDatabase, personId: string): string {
  return db.prepare('SELECT code FROM people WHERE id = ?').pluck().get(personId) as string;
}

/** What `interviews.get` and every mutation return. */
export function interviewRecord(db: VaultDatabase, interviewId: string): InterviewRecord {
  const row = getInterviewRow(db, interviewId);
  return {
    ...interviewOf(db, row),
    personCode: personCodeOf(db, row.person_id),
    notesRevision: row.notes_revision,
    notesSavedAt: row.notes_saved_at,
  };
}

export interface SummaryRow extends ProgressColumns {
  person_code: string;
  scheduled_at: string | null;
  place_type: InterviewSummary['placeType'];
  place_private: number;
  versions: number;
}

/** The columns of the list's rows, over the interview `i` and its interviewee `p`; the notes are not read. */
export const SUMMARY_COLUMNS = `i.id, i.case_id, i.person_id, p.code AS person_code, i.status,
  json_extract(i.arrangements, '$.scheduledAt') AS scheduled_at, i.conducted_at, i.signed_at,
  json_extract(i.arrangements, '$.place.type') AS place_type,
  json_extract(i.arrangements, '$.place.private') AS place_private,
  (SELECT count(*) FROM interview_versions v WHERE v.interview_id = i.id) AS versions`;

/** The interview `i` with its interviewee `p`, as the list reads them. */
export const SUMMARY_FROM = 'interviews i JOIN people p ON p.id = i.person_id';

export function toInterviewSummary(row: SummaryRow): InterviewSummary {
  return {
    ...progressOf(row),
    personCode: row.person_code,
    ...presentOnly({ scheduledAt: row.scheduled_at }),
    placeType: row.place_type,
    private: row.place_private === 1,
    versions: row.versions,
  };
}

/** A case's interviews in the order they (are to) take place; the notes are not read. */
export function listInterviewSummaries(db: VaultDatabase, caseId: string): InterviewSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
        WHERE i.case_id = ?
        ORDER BY coalesce(i.conducted_at, json_extract(i.arrangements, '$.scheduledAt'), i.created_at), i.created_at,
          i.rowid`,
    )
    .all(caseId) as SummaryRow[];
  return rows.map(toInterviewSummary);
}

/** The notes as they now stand: the latest version once signed, else the working notes. */
export function currentNotes(interview: Pick<Interview, 'notes' | 'amendments'>): RichText {
  return interview.amendments[interview.amendments.length - 1]?.notes ?? interview.notes;
}
