import { z } from 'zod';
import { AssistanceOfferFields, AssistanceReferral, AssistanceStatus, AssistanceStep } from '../domain/assistance.js';
import { Instant, RecordId } from '../domain/primitives.js';
import { method } from './define.js';

/** A step of a referral: the new status, when it happened, and, when it changes, the provider or advocate. */
export const AssistanceUpdateInput = z
  .object({
    referralId: RecordId,
    status: AssistanceStatus.exclude(['offered']),
    at: Instant,
    reason: AssistanceStep.shape.reason,
    provider: AssistanceOfferFields.shape.provider,
    advocate: AssistanceOfferFields.shape.advocate,
  })
  .strict();

export const assistanceMethods = {
  'assistance.list': method({
    summary: "The assistance offered to a case's victims (or to one of them), with each referral's history.",
    input: z.object({ caseId: z.string().min(1).max(64), personId: RecordId.optional() }).strict(),
    output: z.object({ items: z.array(AssistanceReferral) }),
    whileLocked: false,
  }),
  'assistance.offer': method({
    summary: 'Record an offer of assistance to a victim (no consent needed to offer); audited, on the chronology.',
    input: AssistanceOfferFields,
    output: AssistanceReferral,
    whileLocked: false,
  }),
  'assistance.update': method({
    summary:
      'Move a referral a step on (accepted, refused, in progress, completed, not completed); the referral to ' +
      'the provider needs the consent that covers it.',
    input: AssistanceUpdateInput,
    output: AssistanceReferral,
    whileLocked: false,
  }),
};
