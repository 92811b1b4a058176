import { z } from 'zod';
import { caseRecordKeys, Instant, RecordId } from './primitives.js';

/**
 * Assistance to a victim (A/72/751 ¶26–31, ¶45), one service at a time, as a referral moves
 * through the steps Primero's referral workflow uses: the offer is made to every victim whether
 * or not they take part in the investigation (R8), the victim accepts or refuses it, the referral
 * to a provider is made (only with the consent that covers that provider: R1, R2), and the
 * service ends, completed or not. Every step is dated; the history is only ever appended to.
 */

export const ASSISTANCE_SERVICES = [
  'medical',
  'psychosocial',
  'legal',
  'shelter',
  'livelihood',
  'education',
  'child_support',
] as const;
export const AssistanceService = z.enum(ASSISTANCE_SERVICES);
export type AssistanceService = z.infer<typeof AssistanceService>;

export const ASSISTANCE_STATUSES = [
  'offered',
  'accepted',
  'refused',
  'in_progress',
  'completed',
  'not_completed',
] as const;
export const AssistanceStatus = z.enum(ASSISTANCE_STATUSES);
export type AssistanceStatus = z.infer<typeof AssistanceStatus>;

/**
 * The steps a referral may take from each status. A victim may still refuse after accepting
 * (before the referral is made); once refused, completed or not completed, a new need is a new
 * offer, so the record keeps what happened.
 */
const NEXT_STATUSES: Readonly<Record<AssistanceStatus, readonly AssistanceStatus[]>> = {
  offered: ['accepted', 'refused'],
  accepted: ['in_progress', 'refused'],
  refused: [],
  in_progress: ['completed', 'not_completed'],
  completed: [],
  not_completed: [],
};

export const nextAssistanceStatuses = (from: AssistanceStatus): readonly AssistanceStatus[] => NEXT_STATUSES[from];

const canMoveAssistance = (from: AssistanceStatus, to: AssistanceStatus): boolean => NEXT_STATUSES[from].includes(to);

/** The steps after which a referral to the provider has been made (its consent was checked then). */
export const isReferralMade = (status: AssistanceStatus): boolean =>
  status === 'in_progress' || status === 'completed' || status === 'not_completed';

const Provider = z.string().trim().min(1).max(300);
/** The victims' rights advocate involved: a name or a role, confidential like everything here. */
const Advocate = z.string().trim().min(1).max(300);
const Reason = z.string().trim().min(1).max(5_000);

/** One dated step of a referral's history. */
export const AssistanceStep = z
  .object({
    status: AssistanceStatus,
    /** When it happened (the offer made, the answer given, the referral sent), not when it was typed. */
    at: Instant,
    /** Why the service was not completed (required then), or why the victim refused (optional). */
    reason: Reason.optional(),
    recordedAt: Instant,
  })
  .strict();
export type AssistanceStep = z.infer<typeof AssistanceStep>;

/** The fields an offer is made with; the core adds id, case, status and history. */
export const AssistanceOfferFields = z
  .object({
    /** The victim the assistance is for. */
    personId: RecordId,
    service: AssistanceService,
    /** The provider, if already known; it is needed before the referral is made. */
    provider: Provider.optional(),
    advocate: Advocate.optional(),
    offeredAt: Instant,
  })
  .strict();
export type AssistanceOfferFields = z.infer<typeof AssistanceOfferFields>;

export const AssistanceReferral = z
  .object({
    ...caseRecordKeys,
    personId: RecordId,
    service: AssistanceService,
    provider: Provider.optional(),
    advocate: Advocate.optional(),
    status: AssistanceStatus,
    offeredAt: Instant,
    /** When the referral to the provider was made (the step to in progress). */
    referredAt: Instant.optional(),
    /** Every step, oldest first; the first is the offer. */
    history: z.array(AssistanceStep).min(1),
    recordedAt: Instant,
    updatedAt: Instant,
  })
  .strict();
export type AssistanceReferral = z.infer<typeof AssistanceReferral>;

/** Why a step cannot be taken, or null. */
type AssistanceStepProblem =
  | { reason: 'assistance.transition'; params: { from: AssistanceStatus; to: AssistanceStatus } }
  | { reason: 'assistance.reasonRequired' }
  | { reason: 'assistance.providerMissing' }
  | { reason: 'assistance.beforePrevious' };

/** Checks a proposed step against the referral as it stands (consent is checked by the core). */
export function assistanceStepProblem(
  referral: Pick<AssistanceReferral, 'status' | 'provider' | 'history'>,
  step: { status: AssistanceStatus; at: Instant; reason?: string | undefined },
): AssistanceStepProblem | null {
  if (!canMoveAssistance(referral.status, step.status)) {
    return { reason: 'assistance.transition', params: { from: referral.status, to: step.status } };
  }
  if (step.status === 'not_completed' && !step.reason?.trim()) return { reason: 'assistance.reasonRequired' };
  if (step.status === 'in_progress' && referral.provider === undefined) return { reason: 'assistance.providerMissing' };
  const last = referral.history[referral.history.length - 1];
  if (last && Date.parse(step.at) < Date.parse(last.at)) return { reason: 'assistance.beforePrevious' };
  return null;
}
