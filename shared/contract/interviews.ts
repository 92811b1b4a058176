import { z } from 'zod';
import { Interview, InterviewArrangements, InterviewStatus, PlaceType } from '../domain/interview.js';
import { caseRecordKeys, Instant, RecordId, WrittenReason } from '../domain/primitives.js';
import { RichText } from '../domain/rich-text.js';
import { method } from './define.js';
import { countedPageOf, pageRequest } from './paging.js';
import { CODES_ASKED_MAX } from './people.js';

/** An interview as its screen shows it: the record, the interviewee's code, the autosave revision. */
export const InterviewRecord = Interview.safeExtend({
  personCode: z.string(),
  /** Increases with every notes save; a save must name the revision it started from. */
  notesRevision: z.number().int().min(0),
  notesSavedAt: Instant.nullable(),
});
export type InterviewRecord = z.infer<typeof InterviewRecord>;

export const InterviewSummary = z.object({
  ...caseRecordKeys,
  personId: RecordId,
  personCode: z.string(),
  status: InterviewStatus,
  scheduledAt: Instant.optional(),
  conductedAt: Instant.optional(),
  signedAt: Instant.optional(),
  placeType: PlaceType,
  private: z.boolean(),
  /** 1 once signed, then one more per amendment; 0 before signature. */
  versions: z.number().int().min(0),
});
export type InterviewSummary = z.infer<typeof InterviewSummary>;

/**
 * The interviews list's order: by the moment that dates an interview (when it took place, else when
 * it is planned), the undated ones first since they still need a date; then when it was planned.
 */
const INTERVIEW_LIST_SORTS = ['date'] as const;

/** What the interviews list can be narrowed to; a filter left out keeps every interview. */
export const InterviewListFilters = z.object({ status: InterviewStatus.optional() });
export type InterviewListFilters = z.infer<typeof InterviewListFilters>;

/**
 * A page of a case's interviews. The search matches the interviewee's code as shown (V-01, or part
 * of it) or as typed (v1), as the people list's does.
 */
export const InterviewListRequest = pageRequest(INTERVIEW_LIST_SORTS, InterviewListFilters).extend({
  caseId: RecordId,
});
export type InterviewListRequest = z.input<typeof InterviewListRequest>;
/** The request as the core reads it, defaults filled in. */
export type InterviewListQuery = z.output<typeof InterviewListRequest>;
/** A page of interviews, with the counts on the first page only. */
export const InterviewListPage = countedPageOf(InterviewSummary);
export type InterviewListPage = z.infer<typeof InterviewListPage>;

const InterviewId = z.object({ interviewId: RecordId }).strict();

export const interviewsMethods = {
  'interviews.list': method({
    input: z.object({ caseId: RecordId }).strict(),
    output: z.object({ items: z.array(InterviewSummary) }),
    whileLocked: false,
  }),
  'interviews.page': method({
    input: InterviewListRequest,
    output: InterviewListPage,
    whileLocked: false,
  }),
  'interviews.codes': method({
    input: z.object({ caseId: RecordId, interviewIds: z.array(RecordId).max(CODES_ASKED_MAX) }).strict(),
    output: z.object({ codes: z.record(RecordId, z.string()) }),
    whileLocked: false,
  }),
  'interviews.get': method({
    input: InterviewId,
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.plan': method({
    input: z.object({ caseId: RecordId, personId: RecordId, arrangements: InterviewArrangements }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.update': method({
    input: z.object({ interviewId: RecordId, arrangements: InterviewArrangements }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.saveNotes': method({
    input: z.object({ interviewId: RecordId, notes: RichText, baseRevision: z.number().int().min(0) }).strict(),
    output: z.object({ notesRevision: z.number().int().min(0), notesSavedAt: Instant }),
    whileLocked: false,
    // Autosave runs on a timer: it must not keep an idle vault unlocked.
    touchesSession: false,
  }),
  'interviews.markConducted': method({
    input: z.object({ interviewId: RecordId, conductedAt: Instant }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.cancel': method({
    input: z.object({ interviewId: RecordId, reason: WrittenReason }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.sign': method({
    input: z.object({ interviewId: RecordId, signedAt: Instant.optional() }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.amend': method({
    input: z.object({ interviewId: RecordId, notes: RichText, reason: WrittenReason }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
};
