import type { CalendarDate } from '../../../shared/domain/calendar.js';
import type { CaseCategory, CaseStatus, CaseSubtype, InvestigatingEntity } from '../../../shared/domain/case.js';
import type { CountExclusion } from '../../../shared/domain/count-exclusion.js';
import type { FindingOutcome } from '../../../shared/domain/finding.js';
import { ageBandAtIncident, type PersonnelCategory, type Sex } from '../../../shared/domain/person.js';
import type { ActionSource, SubjectActionKind } from '../../../shared/domain/subject-action.js';
import type { AgeBand, UncertainDate } from '../../../shared/domain/uncertain-date.js';
import type { AgeGroup, CaseProjection, StatisticsQuery } from '../../../shared/statistics/projection.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * The cases of a period as the counting reads them (shared/statistics/projection.ts), in ONE
 * statement: each case row carries its victims, subjects (with the finding in force and their
 * actions), milestones and paternity claim as JSON built inside SQLite. No name, code, place or
 * free text is selected; of the identity column only the date of birth, which decides a victim's
 * age group and never leaves this function.
 */

const PROJECTION_SQL = `
  SELECT c.date_received, c.entity, c.category, c.subtype, c.status, c.urgent, c.incident_dates,
    c.paternity_claim, c.count_exclusion,
    (SELECT json_group_array(json_object(
        'sex', json_extract(p.profile, '$.sex'),
        'ageBand', json_extract(p.profile, '$.ageBand'),
        'birth', json_extract(p.identity, '$.dateOfBirth')))
      FROM people p WHERE p.case_id = c.id AND p.role = 'victim') AS victims,
    (SELECT json_group_array(json_object(
        'category', json_extract(p.profile, '$.personnelCategory'),
        'nationality', json_extract(p.profile, '$.nationality'),
        'finding', json((SELECT json_object('outcome', f.outcome, 'entity', f.deciding_entity, 'on', f.decided_on)
          FROM subject_findings f WHERE f.case_id = c.id AND f.person_id = p.id ORDER BY f.version DESC LIMIT 1)),
        'actions', json((SELECT json_group_array(json_array(a.kind, a.source))
          FROM subject_actions a WHERE a.case_id = c.id AND a.person_id = p.id))))
      FROM people p WHERE p.case_id = c.id AND p.role = 'subject') AS subjects,
    (SELECT m.at FROM case_milestones m WHERE m.case_id = c.id AND m.milestone = 'referred_for_investigation')
      AS referred_at,
    (SELECT m.at FROM case_milestones m WHERE m.case_id = c.id AND m.milestone = 'tcc_notified') AS tcc_at
  FROM cases c
  WHERE c.date_received BETWEEN @from AND @to AND (@entity IS NULL OR c.entity = @entity)`;

interface ProjectionRow {
  date_received: string;
  entity: string;
  category: string | null;
  subtype: string | null;
  status: string;
  urgent: number;
  incident_dates: string;
  paternity_claim: string;
  count_exclusion: string | null;
  victims: string;
  subjects: string;
  referred_at: string | null;
  tcc_at: string | null;
}

interface VictimJson {
  sex: Sex;
  ageBand: AgeBand;
  birth: UncertainDate | null;
}

interface SubjectJson {
  category: PersonnelCategory;
  nationality: string | null;
  finding: { outcome: FindingOutcome; entity: InvestigatingEntity; on: CalendarDate } | null;
  actions: [SubjectActionKind, ActionSource][];
}

const AGE_GROUP_OF_BAND: Readonly<Record<AgeBand, AgeGroup>> = { minor: 'child', adult: 'adult', unknown: 'unknown' };

function toProjection(row: ProjectionRow): CaseProjection {
  const incidentDates = JSON.parse(row.incident_dates) as UncertainDate[];
  const paternity = JSON.parse(row.paternity_claim) as { claimed: boolean; status?: string };
  const exclusion = row.count_exclusion === null ? null : (JSON.parse(row.count_exclusion) as CountExclusion);
  return {
    dateReceived: row.date_received,
    entity: row.entity,
    category: row.category as CaseCategory | null,
    subtype: row.subtype as CaseSubtype | null,
    status: row.status as CaseStatus,
    urgent: row.urgent === 1,
    exclusion: exclusion?.ground ?? null,
    victims: (JSON.parse(row.victims) as VictimJson[]).map((victim) => {
      const identity = victim.birth === null ? {} : { dateOfBirth: victim.birth };
      const band = ageBandAtIncident({ ageBand: victim.ageBand, identity }, incidentDates, row.date_received).band;
      return { sex: victim.sex, ageGroup: AGE_GROUP_OF_BAND[band] };
    }),
    subjects: (JSON.parse(row.subjects) as SubjectJson[]).map((subject) => ({
      personnelCategory: subject.category,
      nationality: subject.nationality,
      outcome: subject.finding?.outcome ?? null,
      decidingEntity: subject.finding?.entity ?? null,
      decidedOn: subject.finding?.on ?? null,
      actions: subject.actions.map(([kind, source]) => ({ kind, source })),
    })),
    paternity:
      paternity.claimed && paternity.status
        ? { claimed: true, status: paternity.status as 'pending' | 'established' | 'not_established' | 'closed' }
        : { claimed: false },
    referredForInvestigationAt: row.referred_at,
    tccNotifiedAt: row.tcc_at,
  };
}

/** The cases received in the query's period (and of its mission, when it names one). */
export function readCaseProjections(db: VaultDatabase, query: StatisticsQuery): CaseProjection[] {
  const rows = db
    .prepare(PROJECTION_SQL)
    .all({ from: query.from, to: query.to, entity: query.entity ?? null }) as ProjectionRow[];
  return rows.map(toProjection);
}

/** The missions and entities named on cases, for the view's filter. */
export function readEntities(db: VaultDatabase): string[] {
  return db.prepare('SELECT DISTINCT entity FROM cases ORDER BY entity').pluck().all() as string[];
}
