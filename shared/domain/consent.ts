import { z } from 'zod';
import { caseRecordKeys, Instant, RecordId } from './primitives.js';

/**
 * Informed consent, one purpose at a time (R1), as a history of dated decisions that is only
 * ever appended to: a refusal or withdrawal is itself recorded, and from its date on every
 * action it covers is refused (R2).
 */

export const STANDARD_CONSENT_PURPOSES = [
  'interview',
  'recording',
  'medical_exam',
  'forensic_sampling',
  'referral_to_services',
  'sharing_with_national_authorities',
] as const;
export type StandardConsentPurpose = (typeof STANDARD_CONSENT_PURPOSES)[number];

const CUSTOM_PREFIX = 'custom:' as const;

/** A purpose the user names (`custom:photographs of injuries`); compared as written. */
export const CustomConsentPurpose = z.templateLiteral([
  CUSTOM_PREFIX,
  z.string().regex(/^\S(?:.{0,78}\S)?$/, 'a custom purpose is a label of 1–80 characters'),
]);
export type CustomConsentPurpose = z.infer<typeof CustomConsentPurpose>;

export const ConsentPurpose = z.union([z.enum(STANDARD_CONSENT_PURPOSES), CustomConsentPurpose]);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

export function customConsentPurpose(label: string): ConsentPurpose {
  return CustomConsentPurpose.parse(`${CUSTOM_PREFIX}${label.trim()}`);
}

export const isCustomConsentPurpose = (purpose: ConsentPurpose): boolean => purpose.startsWith(CUSTOM_PREFIX);

/**
 * Consent that lets a victim's identity reach the UN's own disciplinary process (human resources, the
 * UNV programme). It is not one of the standard purposes: sharing with national authorities does not
 * cover it (a victim may accept one and not the other). Stored as the custom purpose it has always
 * been (older vaults hold it so), offered by name on the consent screen and the command line
 * (`--purpose un_disciplinary_process`), and worded in the reader's language (consentPurposeText).
 */
export const DISCIPLINARY_SHARING_PURPOSE: ConsentPurpose = customConsentPurpose(
  'sharing with UN disciplinary process',
);

/** The command line's name for DISCIPLINARY_SHARING_PURPOSE. */
export const DISCIPLINARY_SHARING_NAME = 'un_disciplinary_process';

export const CONSENT_DECISIONS = ['given', 'refused', 'withdrawn'] as const;
export const ConsentDecisionKind = z.enum(CONSENT_DECISIONS);
export type ConsentDecisionKind = z.infer<typeof ConsentDecisionKind>;

/**
 * Who decided. For a minor, the guardian's decision is the consent and the child's own
 * decision ('self') is the assent: R4 needs both.
 */
export const CONSENT_GIVERS = ['self', 'guardian'] as const;
export const ConsentGiver = z.enum(CONSENT_GIVERS);
export type ConsentGiver = z.infer<typeof ConsentGiver>;

/**
 * A decision as the person made it, declared once: the stored ConsentDecision adds id, case and
 * recordedAt, and the contract's consents.record takes exactly these fields.
 */
export const ConsentDecisionFields = z
  .object({
    /** Whose consent: the person the purpose concerns, even when a guardian decides. */
    personId: RecordId,
    purpose: ConsentPurpose,
    decision: ConsentDecisionKind,
    /** When the person decided (not when it was typed in). */
    decidedAt: Instant,
    /** For a minor: 'guardian' is the consent, 'self' is the child's assent (R4 needs both). */
    by: ConsentGiver,
    guardianPersonId: RecordId.optional(),
    /**
     * Limits the decision to one recipient (e.g. one assistance provider). A decision without
     * a recipient covers every recipient of that purpose.
     */
    recipient: z.string().trim().min(1).max(300).optional(),
    note: z.string().max(5_000).optional(),
  })
  .strict();
export type ConsentDecisionFields = z.infer<typeof ConsentDecisionFields>;

export const ConsentDecision = z
  .object({
    ...caseRecordKeys,
    ...ConsentDecisionFields.shape,
    recordedAt: Instant,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.by === 'guardian' && !value.guardianPersonId) {
      ctx.addIssue({ code: 'custom', path: ['guardianPersonId'], message: "a guardian's decision names the guardian" });
    }
    if (value.by === 'self' && value.guardianPersonId) {
      ctx.addIssue({
        code: 'custom',
        path: ['guardianPersonId'],
        message: "a person's own decision names no guardian",
      });
    }
  });
export type ConsentDecision = z.infer<typeof ConsentDecision>;

export type ConsentState = ConsentDecisionKind | 'none';

export interface EffectiveConsent {
  state: ConsentState;
  /** The decision in force; absent when none was recorded. */
  decision?: ConsentDecision;
}

export interface ConsentQuery {
  /** Only decisions taken by this party (a minor's guardian, or the child's own assent). */
  by?: ConsentGiver;
  /** The recipient the action is for: decisions limited to another recipient do not count. */
  recipient?: string;
}

// At the same instant a refusal or withdrawal outranks a consent: doubt falls on the side of "no".
const DECISION_WEIGHT: Record<ConsentDecisionKind, number> = { given: 0, refused: 1, withdrawn: 1 };

function laterDecision(a: ConsentDecision, b: ConsentDecision): ConsentDecision {
  if (a.decidedAt !== b.decidedAt) return a.decidedAt > b.decidedAt ? a : b;
  if (DECISION_WEIGHT[a.decision] !== DECISION_WEIGHT[b.decision]) {
    return DECISION_WEIGHT[a.decision] > DECISION_WEIGHT[b.decision] ? a : b;
  }
  return a.recordedAt >= b.recordedAt ? a : b;
}

/**
 * The consent in force for `purpose` at `at`, from one person's decision history: the latest
 * decision taken at or before `at` wins, so a withdrawal ends a consent from its date on and a
 * new consent after a refusal restores it. Without `query.recipient`, only decisions that are
 * not limited to a recipient count.
 */
export function effectiveConsent(
  history: readonly ConsentDecision[],
  purpose: ConsentPurpose,
  at: Instant,
  query: ConsentQuery = {},
): EffectiveConsent {
  let inForce: ConsentDecision | undefined;
  for (const decision of history) {
    if (decision.purpose !== purpose || decision.decidedAt > at) continue;
    if (query.by && decision.by !== query.by) continue;
    if (decision.recipient !== undefined && decision.recipient !== query.recipient) continue;
    inForce = inForce ? laterDecision(inForce, decision) : decision;
  }
  return inForce ? { state: inForce.decision, decision: inForce } : { state: 'none' };
}

export const isConsentGiven = (consent: EffectiveConsent): boolean => consent.state === 'given';

/**
 * Why `next` cannot be appended to `history` (one person's decisions), or null. Only a consent
 * in force can be withdrawn (a withdrawal without a recipient ends consents to any recipient);
 * a refusal or a new consent can always be recorded.
 */
export function consentDecisionProblem(
  history: readonly ConsentDecision[],
  next: ConsentDecision,
): { reason: 'consents.withdrawNothing' } | null {
  if (next.decision !== 'withdrawn') return null;
  const recipients =
    next.recipient !== undefined
      ? [next.recipient]
      : [undefined, ...new Set(history.filter((d) => d.purpose === next.purpose).map((d) => d.recipient))];
  const inForce = recipients.some(
    (recipient) =>
      effectiveConsent(history, next.purpose, next.decidedAt, { by: next.by, recipient }).state === 'given',
  );
  return inForce ? null : { reason: 'consents.withdrawNothing' };
}
