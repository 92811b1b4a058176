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
    summary: "A case's interviews, by interviewee code.",
    input: z.object({ caseId: RecordId }).strict(),
    output: z.object({ items: z.array(InterviewSummary) }),
    whileLocked: false,
  }),
  'interviews.page': method({
    summary:
      "A page of a case's interviews, by date (undated first), narrowed by status and a search of the " +
      "interviewee's code; the notes are not read.",
    input: InterviewListRequest,
    output: InterviewListPage,
    whileLocked: false,
  }),
  'interviews.codes': method({
    summary:
      "The interviewee's pseudonym code of some of a case's interviews, by interview id (those a screen's rows " +
      'refer to); an id that is not an interview of the case is left out.',
    input: z.object({ caseId: RecordId, interviewIds: z.array(RecordId).max(CODES_ASKED_MAX) }).strict(),
    output: z.object({ codes: z.record(RecordId, z.string()) }),
    whileLocked: false,
  }),
  'interviews.get': method({
    summary: 'One interview with its notes and every signed version.',
    input: InterviewId,
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.plan': method({
    summary: 'Plan an interview of a person of the case.',
    input: z.object({ caseId: RecordId, personId: RecordId, arrangements: InterviewArrangements }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.update': method({
    summary: 'Change how an interview is arranged; refused once it is signed.',
    input: z.object({ interviewId: RecordId, arrangements: InterviewArrangements }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.saveNotes': method({
    summary: 'Autosave the working notes (before signature). CONFLICT when baseRevision is not the latest.',
    input: z.object({ interviewId: RecordId, notes: RichText, baseRevision: z.number().int().min(0) }).strict(),
    output: z.object({ notesRevision: z.number().int().min(0), notesSavedAt: Instant }),
    whileLocked: false,
    // Autosave runs on a timer: it must not keep an idle vault unlocked.
    touchesSession: false,
  }),
  'interviews.markConducted': method({
    summary:
      'Record that the interview took place. Refused without the consents of R1/R4 ' +
      '(CONSENT_REQUIRED) or other blocking rules (RULE_BLOCKED).',
    input: z.object({ interviewId: RecordId, conductedAt: Instant }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.cancel': method({
    summary: 'A planned interview that will not take place is cancelled, never deleted.',
    input: z.object({ interviewId: RecordId, reason: WrittenReason }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.sign': method({
    summary: 'Sign: the notes become version 1 and read-only.',
    input: z.object({ interviewId: RecordId, signedAt: Instant.optional() }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
  'interviews.amend': method({
    summary: 'Amend a signed interview: a new version with its reason; earlier versions stay readable.',
    input: z.object({ interviewId: RecordId, notes: RichText, reason: WrittenReason }).strict(),
    output: InterviewRecord,
    whileLocked: false,
  }),
};
