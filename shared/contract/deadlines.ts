import { z } from 'zod';
import { CaseCondition, ClockId, ClockSettings, Firmness } from '../clocks/clock.js';
import { DEADLINE_STATES, Deadline } from '../clocks/deadline.js';
import { WorkingCalendar } from '../clocks/working-days.js';
import { Language } from '../domain/settings.js';
import { caseRecordKeys, Instant, RecordId, WrittenReason } from '../domain/primitives.js';
import { TimeZone } from '../domain/time-zone.js';
import { method } from './define.js';
import { pageOf, pageRequest } from './paging.js';

/**
 * Rapid-response deadlines and case benchmarks (domain.md §3): the clocks are editable settings
 * kept in the vault, case facts and evidence start them, and a deadline is closed only by
 * recording the action taken.
 */

/** Languages the core words explanations and derived titles in: the interface languages. */
export const ExplanationLocale = Language;
export type ExplanationLocale = z.infer<typeof ExplanationLocale>;

/** Where the team works: which days count as working days, and whose clock "end of the day" is. */
export const MissionCalendar = WorkingCalendar.extend({
  /** Days and "end of the day" are read here; dates recorded without a zone too. */
  timeZone: TimeZone,
});
export type MissionCalendar = z.infer<typeof MissionCalendar>;

/** The clocks and calendar of this vault, as clocks.get returns them. */
export const ClockConfiguration = z.object({
  clocks: ClockSettings,
  calendar: MissionCalendar,
  /** true while nothing was changed from the shipped defaults (or after clocks.reset). */
  isDefault: z.boolean(),
  /** When they were last changed; null for the shipped defaults. */
  updatedAt: Instant.nullable(),
});
export type ClockConfiguration = z.infer<typeof ClockConfiguration>;

/** Facts of a case that start benchmarks and are not part of the intake. */
export const CASE_MILESTONES = ['referred_for_investigation', 'tcc_notified'] as const;
export const CaseMilestone = z.enum(CASE_MILESTONES);
export type CaseMilestone = z.infer<typeof CaseMilestone>;

/** Conditions some clocks need before case facts start them (toxicology: drug facilitation). */
export const CaseClockCondition = CaseCondition;
export type CaseClockCondition = CaseCondition;

export const CaseClockFacts = z.object({
  caseId: RecordId,
  milestones: z.object({ referredForInvestigationAt: Instant.nullable(), tccNotifiedAt: Instant.nullable() }),
  conditions: z.array(CaseClockCondition),
});
export type CaseClockFacts = z.infer<typeof CaseClockFacts>;

const CONCERN_KINDS = ['incident', 'subject', 'evidence', 'case', 'follow_up'] as const;

/** What a deadline is about; the label is a pseudonym code, an evidence number or a case reference, never a name. */
export const DeadlineConcern = z.object({
  kind: z.enum(CONCERN_KINDS),
  /**
   * The subject's or evidence item's id; the incident's position in the case's incident dates (from 0); null for the
   * case.
   */
  id: z.string().nullable(),
  label: z.string(),
});
export type DeadlineConcern = z.infer<typeof DeadlineConcern>;

export const DeadlineItem = z.object({
  ...caseRecordKeys,
  caseReference: z.string(),
  clockId: ClockId,
  /** The clock's name when the deadline was last computed (kept if the clock is later removed). */
  clockName: z.string(),
  /** The act that closes it. */
  action: z.string(),
  concerns: DeadlineConcern,
  dueAt: Instant,
  lastPossibleDueAt: Instant,
  firmness: Firmness,
  /** At the time of the call; the UI recomputes it live with deadlineState(deadline, now, closedAt). */
  state: z.enum(DEADLINE_STATES),
  /** Time left (negative: overdue); once closed, the margin left at closing. */
  remainingMs: z.number(),
  /** The computation, for live countdowns and the "how was this computed" panel. */
  deadline: Deadline,
  /** How it was computed, in the requested language. */
  explanation: z.string(),
  closedAt: Instant.nullable(),
  /** The action taken, as written when closing. */
  closedAction: z.string().nullable(),
  closedBy: z.string().nullable(),
  createdAt: Instant,
});
export type DeadlineItem = z.infer<typeof DeadlineItem>;

const Locale = { locale: ExplanationLocale.default('en') };

/**
 * The deadlines list's one order, most urgent first (sortDeadlinesByUrgency): open ones by due
 * moment, a binding limit before a target at the same moment; closed ones after, the most
 * recently closed first.
 */
const DEADLINE_PAGE_SORTS = ['urgency'] as const;

/** What the deadlines list can be narrowed to: one case (id or reference), and closed ones kept or not. */
export const DeadlinePageFilters = z.object({
  caseId: z.string().min(1).max(64).optional(),
  includeClosed: z.boolean().optional(),
});

/** A page of deadlines: of one case, or of every case neither archived nor closed. */
export const DeadlinePageRequest = pageRequest(DEADLINE_PAGE_SORTS, DeadlinePageFilters).extend(Locale);
export type DeadlinePageRequest = z.input<typeof DeadlinePageRequest>;
/** The request as the core reads it, defaults filled in. */
export type DeadlinePageQuery = z.output<typeof DeadlinePageRequest>;

const Count = z.number().int().min(0);
export const DeadlinePage = pageOf(DeadlineItem).extend({
  /** The open deadlines the filters keep, by where they stand at `at` (closed ones are not counted). */
  counts: z.object({ overdue: Count, dueSoon: Count, open: Count }),
  /** The cases the list (without the case filter) holds deadlines of, by reference: the case filter's choices. */
  cases: z.array(z.object({ id: RecordId, reference: z.string() })),
  at: Instant,
});
export type DeadlinePage = z.infer<typeof DeadlinePage>;

export const deadlinesMethods = {
  'clocks.get': method({
    input: z.object({}).strict(),
    output: ClockConfiguration,
    whileLocked: false,
  }),
  'clocks.update': method({
    input: z.object({ clocks: ClockSettings.optional(), calendar: MissionCalendar.optional() }).strict(),
    output: ClockConfiguration.extend({ recomputed: z.number().int().min(0) }),
    whileLocked: false,
  }),
  'clocks.reset': method({
    input: z.object({}).strict(),
    output: ClockConfiguration.extend({ recomputed: z.number().int().min(0) }),
    whileLocked: false,
  }),
  'deadlines.list': method({
    input: z
      .object({
        /** Id or reference; all cases when absent (archived cases are left out). */
        caseId: z.string().min(1).max(64).optional(),
        includeClosed: z.boolean().default(false),
        ...Locale,
      })
      .strict(),
    output: z.object({ items: z.array(DeadlineItem), at: Instant }),
    whileLocked: false,
    // Reloaded when a deadline falls due (deadlines.due) or changes: that must not keep an idle vault unlocked.
    touchesSession: false,
  }),
  'deadlines.page': method({
    input: DeadlinePageRequest,
    output: DeadlinePage,
    whileLocked: false,
    // Reloaded when a deadline falls due or changes, as deadlines.list.
    touchesSession: false,
  }),
  'deadlines.close': method({
    input: z.object({ deadlineId: RecordId, action: WrittenReason, at: Instant.optional(), ...Locale }).strict(),
    output: DeadlineItem,
    whileLocked: false,
  }),
  'deadlines.caseFacts': method({
    input: z.object({ caseId: z.string().min(1).max(64) }).strict(),
    output: CaseClockFacts,
    whileLocked: false,
  }),
  'deadlines.recordMilestone': method({
    input: z.object({ caseId: RecordId, milestone: CaseMilestone, at: Instant }).strict(),
    output: CaseClockFacts,
    whileLocked: false,
  }),
  'deadlines.setCondition': method({
    input: z.object({ caseId: RecordId, condition: CaseClockCondition, holds: z.boolean() }).strict(),
    output: CaseClockFacts,
    whileLocked: false,
  }),
};
