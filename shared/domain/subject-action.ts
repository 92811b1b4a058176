import { z } from 'zod';
import { caseRecordKeys, Instant, RecordId } from './primitives.js';

/**
 * What was done about a subject, each act dated and attributed to whoever decided or reported it
 * (A/72/751: administrative leave ¶13, the screening database ¶22, what a Member State or a
 * contributing country reported doing ¶47, ¶65–66). Appended, never edited: a correction is a new
 * action that says so.
 */

export const SUBJECT_ACTION_KINDS = [
  /** Interim measure (¶13). */
  'administrative_leave',
  /** Interim measure: payments to the subject or the contributing country withheld. */
  'payments_withheld',
  'repatriation',
  'barred_from_future_service',
  'dismissal_or_separation',
  'referral_to_national_authorities',
  /** Recorded in the screening database so the person is not deployed again (¶22). */
  'screening_database_entry',
  /** What a Member State or a contributing country told the UN it did (¶47, ¶65–66). */
  'state_reported_action',
  /** After an allegation found unfounded, steps to restore the subject's reputation (R14). */
  'reputation_restoration',
  'other',
] as const;
export const SubjectActionKind = z.enum(SUBJECT_ACTION_KINDS);
export type SubjectActionKind = z.infer<typeof SubjectActionKind>;

/** Who decided or reported the action. */
export const ACTION_SOURCES = [
  'mission',
  'oios',
  'member_state',
  'contributing_country',
  'organisation',
  'other',
] as const;
export const ActionSource = z.enum(ACTION_SOURCES);
export type ActionSource = z.infer<typeof ActionSource>;

const ShortText = z.string().trim().min(1).max(300);

/** An action as the team records it: the stored SubjectAction adds id, case and who recorded it when. */
export const SubjectActionFields = z
  .object({
    /** The subject the action concerns. */
    personId: RecordId,
    kind: SubjectActionKind,
    /** When the action was taken (or, for a reported one, when the State says it was). */
    takenAt: Instant,
    source: ActionSource,
    /** The decision's or the report's reference (a note verbale, a memo); required when the source is "other". */
    sourceReference: ShortText.optional(),
    /** What was done, in the team's words; required for "other". */
    description: z.string().trim().min(1).max(5_000).optional(),
    /** The follow-up item whose reply reported this action. */
    followUpId: RecordId.optional(),
  })
  .strict();
export type SubjectActionFields = z.infer<typeof SubjectActionFields>;

export const SubjectAction = z
  .object({
    ...caseRecordKeys,
    /** The subject's pseudonym code, for lists and the chronology. */
    personCode: z.string(),
    ...SubjectActionFields.shape,
    recordedAt: Instant,
    recordedBy: z.string(),
  })
  .strict();
export type SubjectAction = z.infer<typeof SubjectAction>;

/** The cross-field rules of an action, by field: null when none is broken. */
export function subjectActionProblem(
  action: Pick<SubjectActionFields, 'kind' | 'source' | 'sourceReference' | 'description'>,
): {
  path: 'sourceReference' | 'description';
  reason: 'subjectActions.otherSourceUnnamed' | 'subjectActions.otherKindUndescribed';
} | null {
  if (action.source === 'other' && action.sourceReference === undefined)
    return { path: 'sourceReference', reason: 'subjectActions.otherSourceUnnamed' };
  if (action.kind === 'other' && action.description === undefined)
    return { path: 'description', reason: 'subjectActions.otherKindUndescribed' };
  return null;
}
