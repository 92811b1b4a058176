import { z } from 'zod';
import { Case, CaseCategory, CaseDescription, CaseReference, CaseStatus, ClosureGround } from '../domain/case.js';
import { Instant, RecordId, WrittenReason } from '../domain/primitives.js';
import { DeadlineConcern, DeadlineItem } from './deadlines.js';
import { method } from './define.js';
import { countedPageOf, pageRequest } from './paging.js';

/**
 * The intake fields, without defaults: changes must not fill in what the caller left out. The
 * domain declares them (shared/domain/case.ts); intake adds the officer's acknowledgement.
 */
const CaseFields = CaseDescription.extend({
  /** The intake officer acknowledges the obligation to report; the core stamps the time. */
  reportingObligationAcknowledged: z.boolean(),
});

/** What intake records; the core adds id, reference, status and its history, timestamps. */
export const CaseIntake = CaseFields.extend({
  summary: CaseFields.shape.summary.default(''),
  location: CaseFields.shape.location.default({ text: '', confidentiality: 'strictly_confidential' }),
  category: CaseFields.shape.category.default(null),
  subtype: CaseFields.shape.subtype.default(null),
  incidentDates: CaseFields.shape.incidentDates.default([{ precision: 'unknown' }]),
  investigatingEntity: CaseFields.shape.investigatingEntity.default(null),
  urgent: CaseFields.shape.urgent.default(false),
  reportingObligationAcknowledged: CaseFields.shape.reportingObligationAcknowledged.default(false),
  allegedExchange: CaseFields.shape.allegedExchange.default([]),
  paternityClaim: CaseFields.shape.paternityClaim.default({ claimed: false }),
  confidentiality: CaseFields.shape.confidentiality.default('confidential'),
}).strict();
export type CaseIntake = z.infer<typeof CaseIntake>;

/**
 * Every intake field may change after intake, except through a status change. Built from the
 * fields without defaults (zod 4's .partial() keeps defaults, which would reset omitted fields).
 */
export const CaseChanges = CaseFields.partial().strict();
export type CaseChanges = z.infer<typeof CaseChanges>;

/** A case as the UI shows it: the domain record plus whether it is archived. */
export const CaseRecord = Case.safeExtend({
  archived: z.object({ at: Instant, reason: WrittenReason }).nullable(),
});
export type CaseRecord = z.infer<typeof CaseRecord>;

/**
 * A case's most urgent open deadline, for the cases list: the most overdue, else the soonest due
 * (a binding limit before a target at the same moment), as the deadlines view orders them: the
 * deadlines view's fields, with only the kind of what it concerns.
 */
export const CaseListDeadline = DeadlineItem.pick({
  id: true,
  clockId: true,
  clockName: true,
  dueAt: true,
  state: true,
  remainingMs: true,
  deadline: true,
}).extend({ concerns: DeadlineConcern.shape.kind });
export type CaseListDeadline = z.infer<typeof CaseListDeadline>;

/**
 * One row of the cases list: nothing that identifies a person, no location. The case's own fields
 * it shows are the domain's (picked, not written again).
 */
export const CaseListItem = z.object({
  id: RecordId,
  reference: CaseReference,
  status: CaseStatus,
  ...CaseDescription.pick({
    title: true,
    category: true,
    subtype: true,
    urgent: true,
    dateReceived: true,
    entity: true,
    confidentiality: true,
  }).shape,
  archived: z.boolean(),
  /** Pseudonym codes of the victims (V-01…), for the list; never names. */
  victimCodes: z.array(z.string()),
  /** Blocking principle findings still open. */
  blockingFindings: z.number().int().min(0),
  /** Null when no deadline runs, and for a closed or archived case (its clocks have stopped). */
  nextDeadline: CaseListDeadline.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type CaseListItem = z.infer<typeof CaseListItem>;

export const CASE_SORT_KEYS = ['reference', 'dateReceived', 'updatedAt', 'status', 'urgent'] as const;

export const CaseListQuery = z
  .object({
    status: z.array(CaseStatus).max(10).optional(),
    category: z.array(CaseCategory).max(2).optional(),
    urgent: z.boolean().optional(),
    includeArchived: z.boolean().default(false),
    sort: z
      .object({ by: z.enum(CASE_SORT_KEYS), direction: z.enum(['asc', 'desc']) })
      .strict()
      .default({ by: 'updatedAt', direction: 'desc' }),
  })
  .strict();

/** What a page of the cases list can be narrowed to; each filter left out keeps every case. */
const CasesPageFilters = z.object({
  status: z.array(CaseStatus).min(1).max(10).optional(),
  category: z.array(CaseCategory).min(1).max(2).optional(),
  urgent: z.boolean().optional(),
  /** Archived cases are left out unless asked for. */
  includeArchived: z.boolean().optional(),
});

/** A page of the cases list. The search matches the reference (CF-2026-0042, or 42) and the title. */
export const CasesPageRequest = pageRequest(CASE_SORT_KEYS, CasesPageFilters);
export type CasesPageRequest = z.input<typeof CasesPageRequest>;
/** The request as the core reads it, defaults filled in. */
export type CasesPageQuery = z.output<typeof CasesPageRequest>;
/**
 * A page of cases; the first page counts those the filters and search keep (`matching`) and every
 * case of the vault, archived ones too (`total`: none at all is a new vault).
 */
export const CasesPage = countedPageOf(CaseListItem);
export type CasesPage = z.infer<typeof CasesPage>;

export const casesMethods = {
  'cases.page': method({
    input: CasesPageRequest,
    output: CasesPage,
    whileLocked: false,
  }),
  'cases.list': method({
    input: CaseListQuery,
    output: z.object({ items: z.array(CaseListItem) }),
    whileLocked: false,
  }),
  'cases.create': method({
    input: CaseIntake,
    output: CaseRecord,
    whileLocked: false,
  }),
  'cases.get': method({
    input: z.object({ caseId: z.string().min(1).max(64) }).strict(),
    output: CaseRecord,
    whileLocked: false,
  }),
  'cases.update': method({
    input: z.object({ caseId: RecordId, changes: CaseChanges }).strict(),
    output: CaseRecord,
    whileLocked: false,
  }),
  'cases.changeStatus': method({
    input: z
      .object({
        caseId: RecordId,
        to: CaseStatus,
        reason: WrittenReason,
        closureGround: ClosureGround.optional(),
        /** Defaults to now. */
        at: Instant.optional(),
      })
      .strict(),
    output: CaseRecord,
    whileLocked: false,
  }),
  'cases.archive': method({
    input: z.object({ caseId: RecordId, archived: z.boolean(), reason: WrittenReason }).strict(),
    output: CaseRecord,
    whileLocked: false,
  }),
};
