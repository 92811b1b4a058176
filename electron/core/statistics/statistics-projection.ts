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

const CASES_SQL = `
  SELECT id, date_received, entity, category, subtype, status, urgent,
    paternity_claim ->> '$.claimed' AS paternity_claimed, paternity_claim ->> '$.status' AS paternity_status,
    count_exclusion ->> '$.ground' AS exclusion
  FROM cases
  WHERE date_received BETWEEN @from AND @to AND (@entity IS NULL OR entity = @entity)`;

/** Read only for a case with a victim whose date of birth is known (ageBandAtIncident). */
const INCIDENT_DATES_SQL = 'SELECT incident_dates FROM cases WHERE id = ?';

/** Victims and subjects in table order, so each case lists them in the order they were added. */
const VICTIMS_SQL = `
  SELECT case_id, profile ->> '$.sex' AS sex, profile ->> '$.ageBand' AS age_band,
    json_extract(identity, '$.dateOfBirth') AS birth
  FROM people WHERE role = 'victim' ORDER BY rowid`;

const SUBJECTS_SQL = `
  SELECT id, case_id, profile ->> '$.personnelCategory' AS personnel_category,
    profile ->> '$.nationality' AS nationality
  FROM people WHERE role = 'subject' ORDER BY rowid`;

const FINDINGS_SQL = 'SELECT case_id, person_id, version, outcome, deciding_entity, decided_on FROM subject_findings';

const ACTIONS_SQL = 'SELECT case_id, person_id, kind, source FROM subject_actions';

const MILESTONES_SQL = `
  SELECT case_id, milestone, at FROM case_milestones WHERE milestone IN ('referred_for_investigation', 'tcc_notified')`;

interface CaseRow {
  id: string;
  date_received: string;
  entity: string;
  category: string | null;
  subtype: string | null;
  status: string;
  urgent: number;
  paternity_claimed: number | null;
  paternity_status: string | null;
  exclusion: string | null;
}

interface VictimRow {
  case_id: string;
  sex: Sex;
  age_band: AgeBand;
  /** JSON of an uncertain date. */
  birth: string | null;
}

interface SubjectRow {
  id: string;
  case_id: string;
  personnel_category: PersonnelCategory;
  nationality: string | null;
}

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
  row: CaseRow;
  incidentDates: UncertainDate[] | null;
}

const AGE_GROUP_OF_BAND: Readonly<Record<AgeBand, AgeGroup>> = { minor: 'child', adult: 'adult', unknown: 'unknown' };

/** A victim's age group: the recorded band, unless a date of birth decides at the incident (ageBandAtIncident). */
function ageGroupOf(victim: VictimRow, read: CaseBeingRead, incidentDatesOf: (caseId: string) => string): AgeGroup {
  if (victim.birth === null) return AGE_GROUP_OF_BAND[victim.age_band];
  read.incidentDates ??= JSON.parse(incidentDatesOf(victim.case_id)) as UncertainDate[];
  const person = { ageBand: victim.age_band, identity: { dateOfBirth: JSON.parse(victim.birth) as UncertainDate } };
  return AGE_GROUP_OF_BAND[ageBandAtIncident(person, read.incidentDates, read.row.date_received).band];
}

function caseBeingRead(row: CaseRow): CaseBeingRead {
  return {
    row,
    incidentDates: null,
    projection: {
      dateReceived: row.date_received,
      entity: row.entity,
      category: row.category as CaseCategory | null,
      subtype: row.subtype as CaseSubtype | null,
      status: row.status as CaseStatus,
      urgent: row.urgent === 1,
      exclusion: row.exclusion as ExclusionGround | null,
      victims: [],
      subjects: [],
      paternity:
        row.paternity_claimed && row.paternity_status
          ? { claimed: true, status: row.paternity_status as (typeof PATERNITY_STATES)[number] }
          : { claimed: false },
      referredForInvestigationAt: null,
      tccNotifiedAt: null,
    },
  };
}

/** The cases received in the query's period (and of its mission, when it names one). */
export function readCaseProjections(db: VaultDatabase, query: StatisticsQuery): CaseProjection[] {
  const rows = db.prepare(CASES_SQL).all({ from: query.from, to: query.to, entity: query.entity ?? null }) as CaseRow[];
  const cases = new Map(rows.map((row) => [row.id, caseBeingRead(row)]));

  // Findings and actions are keyed by case and person, as the case's rows name them.
  const ofPerson = (caseId: string, personId: string) => `${caseId} ${personId}`;
  // The finding in force is a subject's latest version.
  const findings = new Map<string, FindingRow>();
  for (const finding of db.prepare(FINDINGS_SQL).all() as FindingRow[]) {
    if (!cases.has(finding.case_id)) continue;
    const key = ofPerson(finding.case_id, finding.person_id);
    if ((findings.get(key)?.version ?? 0) < finding.version) findings.set(key, finding);
  }
  const actions = new Map<string, SubjectProjection['actions'][number][]>();
  for (const { case_id, person_id, kind, source } of db.prepare(ACTIONS_SQL).all() as ActionRow[]) {
    if (!cases.has(case_id)) continue;
    const key = ofPerson(case_id, person_id);
    const list = actions.get(key);
    if (list) list.push({ kind, source });
    else actions.set(key, [{ kind, source }]);
  }

  const incidentDates = db.prepare(INCIDENT_DATES_SQL).pluck();
  const incidentDatesOf = (caseId: string) => incidentDates.get(caseId) as string;
  for (const victim of db.prepare(VICTIMS_SQL).all() as VictimRow[]) {
    const read = cases.get(victim.case_id);
    if (read) read.projection.victims.push({ sex: victim.sex, ageGroup: ageGroupOf(victim, read, incidentDatesOf) });
  }
  for (const subject of db.prepare(SUBJECTS_SQL).all() as SubjectRow[]) {
    const read = cases.get(subject.case_id);
    if (!read) continue;
    const key = ofPerson(subject.case_id, subject.id);
    const finding = findings.get(key);
    read.projection.subjects.push({
      personnelCategory: subject.personnel_category,
      nationality: subject.nationality,
      outcome: finding?.outcome ?? null,
      decidingEntity: finding?.deciding_entity ?? null,
      decidedOn: finding?.decided_on ?? null,
      actions: actions.get(key) ?? [],
    });
  }

  for (const milestone of db.prepare(MILESTONES_SQL).all() as MilestoneRow[]) {
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
