import type { CalendarDate } from '../../../shared/domain/calendar.js';
import type { CaseCategory, CaseStatus, CaseSubtype, InvestigatingEntity } from '../../../shared/domain/case.js';
import type { ExclusionGround } from '../../../shared/domain/count-exclusion.js';
import type { FindingOutcome } from '../../../shared/domain/finding.js';
import { ageBandAtIncident, type PersonnelCategory, type Sex } from '../../../shared/domain/person.js';
import type { ActionSource, SubjectActionKind } from '../../../shared/domain/subject-action.js';
import type { AgeBand, UncertainDate } from '../../../shared/domain/uncertain-date.js';
import type {
  AgeGroup,
  CaseProjection,
  PATERNITY_STATES,
  StatisticsQuery,
  SubjectProjection,
} from '../../../shared/statistics/projection.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * The cases of a period as the counting reads them (shared/statistics/projection.ts), read with
 * one flat statement per table (cases, their victims and subjects, findings, actions, milestones)
 * in the caller's transaction and put together here: correlated subqueries building JSON per case
 * cost more than the counting itself over thousands of cases. No name, code, place or free text is
 * selected; of the identity column only a victim's date of birth, which decides the age group and
 * never leaves this function.
 */

/** The query's cases: every statement reads only their rows, so the cost and the identities read follow the period. */
const IN_QUERY = 'date_received BETWEEN @from AND @to AND (@entity IS NULL OR entity = @entity)';
const OF_QUERY_CASES = `case_id IN (SELECT id FROM cases WHERE ${IN_QUERY})`;

const CASES_SQL = `
  SELECT id, date_received, entity, category, subtype, status, urgent,
    paternity_claim ->> '$.claimed' AS paternity_claimed, paternity_claim ->> '$.status' AS paternity_status,
    count_exclusion ->> '$.ground' AS exclusion
  FROM cases
  WHERE ${IN_QUERY}`;

/** Read only for a case with a victim whose date of birth is known (ageBandAtIncident). */
const INCIDENT_DATES_SQL = 'SELECT incident_dates FROM cases WHERE id = ?';

/** Victims and subjects in table order, so each case lists them in the order they were added. */
const VICTIMS_SQL = `
  SELECT case_id, profile ->> '$.sex' AS sex, profile ->> '$.ageBand' AS age_band,
    json_extract(identity, '$.dateOfBirth') AS birth
  FROM people WHERE role = 'victim' AND ${OF_QUERY_CASES} ORDER BY rowid`;

const SUBJECTS_SQL = `
  SELECT id, case_id, profile ->> '$.personnelCategory' AS personnel_category,
    profile ->> '$.nationality' AS nationality
  FROM people WHERE role = 'subject' AND ${OF_QUERY_CASES} ORDER BY rowid`;

const FINDINGS_SQL = `
  SELECT case_id, person_id, version, outcome, deciding_entity, decided_on FROM subject_findings
  WHERE ${OF_QUERY_CASES}`;

const ACTIONS_SQL = `SELECT case_id, person_id, kind, source FROM subject_actions WHERE ${OF_QUERY_CASES}`;

const MILESTONES_SQL = `
  SELECT case_id, milestone, at FROM case_milestones
  WHERE milestone IN ('referred_for_investigation', 'tcc_notified') AND ${OF_QUERY_CASES}`;

/** Rows as arrays (better-sqlite3's raw mode): over thousands of rows, an object per row cost a quarter of the read. */
type CaseRow = [
  id: string,
  dateReceived: CalendarDate,
  entity: string,
  category: CaseCategory | null,
  subtype: CaseSubtype | null,
  status: CaseStatus,
  urgent: number,
  paternityClaimed: number | null,
  paternityStatus: (typeof PATERNITY_STATES)[number] | null,
  exclusion: ExclusionGround | null,
];

type VictimRow = [caseId: string, sex: Sex, ageBand: AgeBand, birth: string | null];

type SubjectRow = [id: string, caseId: string, personnelCategory: PersonnelCategory, nationality: string | null];

interface FindingRow {
  case_id: string;
  person_id: string;
  version: number;
  outcome: FindingOutcome;
  deciding_entity: InvestigatingEntity;
  decided_on: CalendarDate;
}

interface ActionRow {
  case_id: string;
  person_id: string;
  kind: SubjectActionKind;
  source: ActionSource;
}

interface MilestoneRow {
  case_id: string;
  milestone: 'referred_for_investigation' | 'tcc_notified';
  at: string;
}

interface CaseBeingRead {
  projection: CaseProjection & { victims: CaseProjection['victims'][number][]; subjects: SubjectProjection[] };
  incidentDates: UncertainDate[] | null;
}

const AGE_GROUP_OF_BAND: Readonly<Record<AgeBand, AgeGroup>> = { minor: 'child', adult: 'adult', unknown: 'unknown' };

/** A victim's age group: the recorded band, unless a date of birth decides at the incident (ageBandAtIncident). */
function ageGroupOf(
  [caseId, , ageBand, birth]: VictimRow,
  read: CaseBeingRead,
  incidentDatesOf: (caseId: string) => string,
): AgeGroup {
  if (birth === null) return AGE_GROUP_OF_BAND[ageBand];
  read.incidentDates ??= JSON.parse(incidentDatesOf(caseId)) as UncertainDate[];
  const person = { ageBand, identity: { dateOfBirth: JSON.parse(birth) as UncertainDate } };
  return AGE_GROUP_OF_BAND[ageBandAtIncident(person, read.incidentDates, read.projection.dateReceived).band];
}

function caseBeingRead([, dateReceived, entity, category, subtype, status, urgent, ...rest]: CaseRow): CaseBeingRead {
  const [paternityClaimed, paternityStatus, exclusion] = rest;
  return {
    incidentDates: null,
    projection: {
      dateReceived,
      entity,
      category,
      subtype,
      status,
      urgent: urgent === 1,
      exclusion,
      victims: [],
      subjects: [],
      paternity: paternityClaimed && paternityStatus ? { claimed: true, status: paternityStatus } : { claimed: false },
      referredForInvestigationAt: null,
      tccNotifiedAt: null,
    },
  };
}

/** The cases received in the query's period (and of its mission, when it names one). */
export function readCaseProjections(db: VaultDatabase, query: StatisticsQuery): CaseProjection[] {
  const inQuery = { from: query.from, to: query.to, entity: query.entity ?? null };
  const rows = db.prepare(CASES_SQL).raw().all(inQuery) as CaseRow[];
  const cases = new Map(rows.map((row) => [row[0], caseBeingRead(row)]));

  // Findings and actions are keyed by case and person, as the case's rows name them.
  const ofPerson = (caseId: string, personId: string) => `${caseId} ${personId}`;
  // The finding in force is a subject's latest version.
  const findings = new Map<string, FindingRow>();
  for (const finding of db.prepare(FINDINGS_SQL).all(inQuery) as FindingRow[]) {
    const key = ofPerson(finding.case_id, finding.person_id);
    if ((findings.get(key)?.version ?? 0) < finding.version) findings.set(key, finding);
  }
  const actions = new Map<string, SubjectProjection['actions'][number][]>();
  for (const { case_id, person_id, kind, source } of db.prepare(ACTIONS_SQL).all(inQuery) as ActionRow[]) {
    const key = ofPerson(case_id, person_id);
    const list = actions.get(key);
    if (list) list.push({ kind, source });
    else actions.set(key, [{ kind, source }]);
  }

  const incidentDates = db.prepare(INCIDENT_DATES_SQL).pluck();
  const incidentDatesOf = (caseId: string) => incidentDates.get(caseId) as string;
  for (const victim of db.prepare(VICTIMS_SQL).raw().all(inQuery) as VictimRow[]) {
    const read = cases.get(victim[0]);
    if (read) read.projection.victims.push({ sex: victim[1], ageGroup: ageGroupOf(victim, read, incidentDatesOf) });
  }
  for (const [id, caseId, personnelCategory, nationality] of db
    .prepare(SUBJECTS_SQL)
    .raw()
    .all(inQuery) as SubjectRow[]) {
    const read = cases.get(caseId);
    if (!read) continue;
    const key = ofPerson(caseId, id);
    const finding = findings.get(key);
    read.projection.subjects.push({
      personnelCategory,
      nationality,
      outcome: finding?.outcome ?? null,
      decidingEntity: finding?.deciding_entity ?? null,
      decidedOn: finding?.decided_on ?? null,
      actions: actions.get(key) ?? [],
    });
  }

  for (const milestone of db.prepare(MILESTONES_SQL).all(inQuery) as MilestoneRow[]) {
    const read = cases.get(milestone.case_id);
    if (!read) continue;
    if (milestone.milestone === 'referred_for_investigation') read.projection.referredForInvestigationAt = milestone.at;
    else read.projection.tccNotifiedAt = milestone.at;
  }
  return [...cases.values()].map((read) => read.projection);
}

/** The missions and entities named on cases, for the view's filter. */
export function readEntities(db: VaultDatabase): string[] {
  return db.prepare('SELECT DISTINCT entity FROM cases ORDER BY entity').pluck().all() as string[];
}
