import { z } from 'zod';
import { ConsentDecision, ConsentDecisionKind, ConsentGiver, ConsentPurpose } from '../domain/consent.js';
import { Instant, RecordId } from '../domain/primitives.js';
import { method } from './define.js';

/** A decision as recorded; the core adds id, case and recordedAt, and checks the history allows it. */
export const ConsentRecordInput = z
  .object({
    personId: RecordId,
    purpose: ConsentPurpose,
    decision: ConsentDecisionKind,
    decidedAt: Instant,
    /** For a minor: 'guardian' is the consent, 'self' is the child's assent (R4 needs both). */
    by: ConsentGiver,
    guardianPersonId: RecordId.optional(),
    recipient: z.string().trim().min(1).max(300).optional(),
    note: z.string().max(5_000).optional(),
  })
  .strict();

export const consentsMethods = {
  'consents.list': method({
    summary: 'The full consent history of a case, or of one person in it, oldest first.',
    input: z.object({ caseId: RecordId, personId: RecordId.optional() }).strict(),
    output: z.object({ items: z.array(ConsentDecision) }),
    whileLocked: false,
  }),
  'consents.record': method({
    summary: 'Append a consent decision (given, refused, withdrawn); history is never edited.',
    input: ConsentRecordInput,
    output: ConsentDecision,
    whileLocked: false,
  }),
};
