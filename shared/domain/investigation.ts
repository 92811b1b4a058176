import { z } from 'zod';
import { Confidentiality } from './confidentiality.js';
import { caseRecordKeys, Instant, RecordId, WrittenReason } from './primitives.js';

/**
 * Investigative actions and forensic examinations (domain.md §1 "Actions and referrals", §3 clocks,
 * rules R14 and R15): what the team asked for or did to gather or preserve evidence, or to restore
 * a cleared subject's reputation. Each is requested, then done (with its result), refused by the
 * person concerned, or found not possible (with the reason). Some close a clock when they conclude.
 */

export const INVESTIGATIVE_ACTION_KINDS = [
  'forensic_medical_exam',
  'toxicology_sample',
  'cctv_request',
  'phone_data_preservation',
  'subject_reference_sample',
  'site_visit',
  'document_request',
  'reputation_restoration',
  'other',
] as const;
export const InvestigativeActionKind = z.enum(INVESTIGATIVE_ACTION_KINDS);
export type InvestigativeActionKind = z.infer<typeof InvestigativeActionKind>;

/** requested: asked for, waiting; the three others conclude the action, once. */
export const INVESTIGATIVE_ACTION_STATUSES = ['requested', 'done', 'refused', 'not_possible'] as const;
export const InvestigativeActionStatus = z.enum(INVESTIGATIVE_ACTION_STATUSES);
export type InvestigativeActionStatus = z.infer<typeof InvestigativeActionStatus>;

export const CONCLUDED_STATUSES = ['done', 'refused', 'not_possible'] as const;
export const ConcludedStatus = z.enum(CONCLUDED_STATUSES);
export type ConcludedStatus = z.infer<typeof ConcludedStatus>;

/** Kinds done on a person's body, which that person may refuse (WHO; R15). */
const REFUSABLE_KINDS: readonly InvestigativeActionKind[] = [
  'forensic_medical_exam',
  'toxicology_sample',
  'subject_reference_sample',
];

/** Kinds that concern one person: the examined person, the sampled subject, the cleared subject. */
export const PERSON_REQUIRED_KINDS: readonly InvestigativeActionKind[] = [
  'forensic_medical_exam',
  'toxicology_sample',
  'subject_reference_sample',
  'reputation_restoration',
];

/** How an action concluded; the result or reason may name people, so it stays in the vault. */
export const ActionOutcome = z
  .object({
    status: ConcludedStatus,
    at: Instant,
    /** What it gave (done); optional, since a result may come later in a report. */
    result: z.string().trim().max(10_000).optional(),
    /** Why it was refused or not possible; required for those. */
    reason: WrittenReason.optional(),
    /** For a forensic medical examination done: whether the examiner was a qualified provider (R15). */
    providerQualified: z.boolean().optional(),
  })
  .strict();
export type ActionOutcome = z.infer<typeof ActionOutcome>;

/** Why an outcome does not fit its action, as a message key of `investigation.*`, or null. */
export function outcomeProblem(
  kind: InvestigativeActionKind,
  outcome: ActionOutcome,
): 'investigation.reasonMissing' | 'investigation.notRefusable' | 'investigation.qualificationNotExam' | null {
  if (outcome.status !== 'done' && outcome.reason === undefined) return 'investigation.reasonMissing';
  if (outcome.status === 'refused' && !REFUSABLE_KINDS.includes(kind)) return 'investigation.notRefusable';
  if (outcome.providerQualified !== undefined && (kind !== 'forensic_medical_exam' || outcome.status !== 'done'))
    return 'investigation.qualificationNotExam';
  return null;
}

/** The fields the investigator writes when recording an action (the outcome may come with it or later). */
export const InvestigativeActionFields = z
  .object({
    kind: InvestigativeActionKind,
    /** The examined or sampled person, or the subject whose reputation is restored. */
    personId: RecordId.optional(),
    /** What was asked for or done, pseudonyms only (e.g. "footage of the market gate, 3–5 May"). */
    description: z.string().trim().max(2_000).optional(),
    requestedAt: Instant,
    /** Who asked (a function or a pseudonym, not a victim's name). */
    requestedBy: z.string().trim().min(1).max(200),
    /** Evidence items the action produced or concerns (E-0003 as ids). */
    evidenceIds: z.array(RecordId).max(100).default([]),
    outcome: ActionOutcome.optional(),
    confidentiality: Confidentiality.default('confidential'),
  })
  .strict();
export type InvestigativeActionFields = z.infer<typeof InvestigativeActionFields>;

export const InvestigativeAction = InvestigativeActionFields.safeExtend({
  ...caseRecordKeys,
  status: InvestigativeActionStatus,
  /** The evidence items' numbers, in the order of evidenceIds. */
  evidenceNumbers: z.array(z.string()),
  /** The person's pseudonym code, when there is a person. */
  personCode: z.string().optional(),
  /** The deadlines the action closed (their clocks' names), for the investigator to see. */
  closedDeadlines: z.array(z.string()),
  recordedAt: Instant,
  updatedAt: Instant,
});
export type InvestigativeAction = z.infer<typeof InvestigativeAction>;
