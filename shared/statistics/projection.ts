import { z } from 'zod';
import { CalendarDate } from '../domain/calendar.js';
import { CaseCategory, CaseStatus, CaseSubtype, InvestigatingEntity } from '../domain/case.js';
import { FindingOutcome } from '../domain/finding.js';
import { PersonnelCategory, Sex } from '../domain/person.js';
import { ActionSource, SubjectActionKind } from '../domain/subject-action.js';
import { ExclusionGround } from '../domain/count-exclusion.js';

/**
 * One case as the statistics see it: no name, code, place or free text, only what the published
 * tables count (domain.md §5). The core builds it in one pass over the cases of a period; the
 * counting (counting.ts) reads nothing else, so nothing that identifies can reach a table.
 */

export const AGE_GROUPS = ['child', 'adult', 'unknown'] as const;
export const AgeGroup = z.enum(AGE_GROUPS);
export type AgeGroup = z.infer<typeof AgeGroup>;

export const PATERNITY_STATES = ['pending', 'established', 'not_established', 'closed'] as const;

interface VictimProjection {
  sex: Sex;
  /** At the incident (a date of birth decides over the investigator's band: ageBandAtIncident). */
  ageGroup: AgeGroup;
}

export interface SubjectProjection {
  personnelCategory: PersonnelCategory;
  /** ISO 3166-1 alpha-3; the published tables name the contributing country of uniformed personnel. */
  nationality: string | null;
  /** The finding in force, if any, and its day. */
  outcome: FindingOutcome | null;
  decidingEntity: InvestigatingEntity | null;
  decidedOn: CalendarDate | null;
  actions: readonly { kind: SubjectActionKind; source: ActionSource }[];
}

export interface CaseProjection {
  dateReceived: CalendarDate;
  entity: string;
  category: CaseCategory | null;
  subtype: CaseSubtype | null;
  status: CaseStatus;
  urgent: boolean;
  exclusion: ExclusionGround | null;
  victims: readonly VictimProjection[];
  subjects: readonly SubjectProjection[];
  paternity: { claimed: false } | { claimed: true; status: (typeof PATERNITY_STATES)[number] };
  /** Milestones (instants, UTC) from which the investigation benchmarks count. */
  referredForInvestigationAt: string | null;
  tccNotifiedAt: string | null;
}

/** The period (by date received, both days included) and the filters of a statistics view. */
export const StatisticsQuery = z
  .object({
    from: CalendarDate,
    to: CalendarDate,
    /** Mission or entity, as written on the cases (MINUSCA). */
    entity: z.string().trim().min(1).max(100).optional(),
    category: CaseCategory.optional(),
    status: CaseStatus.optional(),
  })
  .strict()
  .refine((query) => query.from <= query.to, { message: 'the period ends before it starts', path: ['to'] });
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;
