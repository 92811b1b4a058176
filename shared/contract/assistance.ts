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
    input: z.object({ caseId: z.string().min(1).max(64), personId: RecordId.optional() }).strict(),
    output: z.object({ items: z.array(AssistanceReferral) }),
    whileLocked: false,
  }),
  'assistance.offer': method({
    input: AssistanceOfferFields,
    output: AssistanceReferral,
    whileLocked: false,
  }),
  'assistance.update': method({
    input: AssistanceUpdateInput,
    output: AssistanceReferral,
    whileLocked: false,
  }),
};
