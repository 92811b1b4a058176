import { CasefileError } from '../../../shared/contract/index.js';
import type { PersonProfile, PersonSummary } from '../../../shared/contract/people.js';
import type { CalendarDate } from '../../../shared/domain/calendar.js';
import {
  ageBandAtIncident,
  IDENTITY_FIELDS,
  parsePseudonymCode,
  PERSON_ROLES,
  type IdentityField,
  type Person,
  type PersonIdentity,
} from '../../../shared/domain/person.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import type { CaseRecords } from '../kernel/ports/case-records.js';
import type { PeopleRecords, PersonKey } from '../kernel/ports/people-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/** A person's row without the identity column. */
export interface PersonRow {
  id: string;
  case_id: string;
  code: string;
  role: Person['role'];
  profile: string;
  confidentiality: Person['confidentiality'];
  created_at: string;
  updated_at: string;
}

/**
 * What a list needs from the identity column, computed inside SQLite: the names of the fields
 * recorded (never their values), and a victim's date of birth, read only to compute the age band
 * at the incident and never returned.
 */
export interface SummaryRow extends PersonRow {
  identity_fields: string;
  date_of_birth: string | null;
}

const ROW_COLUMNS = 'id, case_id, code, role, profile, confidentiality, created_at, updated_at';
export const SUMMARY_COLUMNS = `${ROW_COLUMNS},
  (SELECT json_group_array(key) FROM json_each(people.identity) WHERE key <> 'confidentiality') AS identity_fields,
  CASE WHEN role = 'victim' THEN json_extract(identity, '$.dateOfBirth') END AS date_of_birth`;

/** What the age band at the incident is computed from. */
export interface CaseDates {
  incidentDates: readonly UncertainDate[];
  dateReceived: CalendarDate;
}

function caseDatesOf(db: VaultDatabase, cases: CaseRecords, caseId: string): CaseDates {
  const record = cases.get(db, caseId);
  return { incidentDates: record.incidentDates, dateReceived: record.dateReceived };
}

/** The profile as stored: everything but role and confidentiality, which have their own columns. */
export function profileColumns(profile: PersonProfile): {
  role: PersonProfile['role'];
  confidentiality: PersonProfile['confidentiality'];
  fields: string;
} {
  const { role, confidentiality, ...fields } = profile;
  return { role, confidentiality, fields: JSON.stringify(fields) };
}

export function profileOf(row: PersonRow): PersonProfile {
  return {
    ...(JSON.parse(row.profile) as object),
    role: row.role,
    confidentiality: row.confidentiality,
  } as PersonProfile;
}

/** Victims first, then the other roles in their listed order; by code number within a role. */
function comparePeople(a: { role: string; code: string }, b: { role: string; code: string }): number {
  const byRole = PERSON_ROLES.indexOf(a.role as Person['role']) - PERSON_ROLES.indexOf(b.role as Person['role']);
  if (byRole !== 0) return byRole;
  return (parsePseudonymCode(a.code)?.number ?? 0) - (parsePseudonymCode(b.code)?.number ?? 0);
}

const recordedFields = (names: readonly string[]): IdentityField[] =>
  IDENTITY_FIELDS.filter((field) => names.includes(field));

export function toSummary(row: SummaryRow, dates: CaseDates): PersonSummary {
  const profile = profileOf(row);
  const dateOfBirth = row.date_of_birth === null ? undefined : (JSON.parse(row.date_of_birth) as UncertainDate);
  return {
    id: row.id,
    caseId: row.case_id,
    code: row.code,
    profile,
    identityRecorded: recordedFields(JSON.parse(row.identity_fields) as string[]),
    ageBandAtIncident:
      profile.role === 'victim'
        ? ageBandAtIncident(
            { ageBand: profile.ageBand, identity: { dateOfBirth } },
            dates.incidentDates,
            dates.dateReceived,
          ).band
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A case's people (the case by id or reference) as every screen but the identity panel sees them. */
export function listPeopleSummaries(db: VaultDatabase, cases: CaseRecords, caseId: string): PersonSummary[] {
  const record = cases.get(db, caseId);
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM people WHERE case_id = ?`).all(record.id) as SummaryRow[];
  return rows.sort(comparePeople).map((row) => toSummary(row, record));
}

export function getPersonSummary(db: VaultDatabase, cases: CaseRecords, personId: string): PersonSummary {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM people WHERE id = ?`).get(personId) as SummaryRow | undefined;
  if (!row) throw personNotFound();
  return toSummary(row, caseDatesOf(db, cases, row.case_id));
}

const personNotFound = (): CasefileError => new CasefileError('NOT_FOUND', 'people.notFound');

/** The person's row (no identity); NOT_FOUND when there is none. */
export function getPersonRow(db: VaultDatabase, personId: string): PersonRow {
  const row = db.prepare(`SELECT ${ROW_COLUMNS} FROM people WHERE id = ?`).get(personId) as PersonRow | undefined;
  if (!row) throw personNotFound();
  return row;
}

/** A person of `caseId`, or NOT_FOUND (a person of another case is not found here either). */
function getPersonInCase(db: VaultDatabase, caseId: string, personId: string): PersonRow {
  const row = getPersonRow(db, personId);
  if (row.case_id !== caseId) throw new CasefileError('NOT_FOUND', 'people.notInCase');
  return row;
}

/** The identity column itself: only for revealing, or for replacing it. */
export function readIdentity(db: VaultDatabase, personId: string): PersonIdentity {
  const text = db.prepare('SELECT identity FROM people WHERE id = ?').pluck().get(personId) as string | undefined;
  if (text === undefined) throw personNotFound();
  return JSON.parse(text) as PersonIdentity;
}

/**
 * Complete domain records, identity included: for the principles snapshot, which needs dates of
 * birth. Never returned by a contract method.
 */
export function loadPeopleWithIdentity(db: VaultDatabase, caseId: string): Person[] {
  const rows = db.prepare(`SELECT ${ROW_COLUMNS}, identity FROM people WHERE case_id = ?`).all(caseId) as Array<
    PersonRow & { identity: string }
  >;
  return rows.sort(comparePeople).map(toPerson);
}

/** A row, identity included, as the domain's record (tests/unit/people/person-columns.test.ts checks the fields). */
export function toPerson(row: PersonRow & { identity: string }): Person {
  return {
    ...profileOf(row),
    id: row.id,
    caseId: row.case_id,
    code: row.code,
    identity: JSON.parse(row.identity) as PersonIdentity,
  } as Person;
}

/** Every code the case has ever issued, including any whose record is gone. */
export function codesIssued(db: VaultDatabase, caseId: string): string[] {
  return db.prepare('SELECT code FROM person_codes_issued WHERE case_id = ?').pluck().all(caseId) as string[];
}

const personKeyOf = (row: PersonRow): PersonKey => ({
  id: row.id,
  caseId: row.case_id,
  code: row.code,
  role: row.role,
});

/** The people as consents and interviews reach them (kernel/ports/people-records.ts). */
export const peopleRecords: PeopleRecords = {
  get: (db, personId) => personKeyOf(getPersonRow(db, personId)),
  find(db, personId) {
    const row = db.prepare(`SELECT ${ROW_COLUMNS} FROM people WHERE id = ?`).get(personId) as PersonRow | undefined;
    return row === undefined ? undefined : personKeyOf(row);
  },
  inCase: (db, caseId, personId) => personKeyOf(getPersonInCase(db, caseId, personId)),
};
