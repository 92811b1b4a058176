import { z } from 'zod';
import { ConsentDecision, ConsentDecisionFields } from '../domain/consent.js';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';

/** A decision as recorded; the core adds id, case and recordedAt, and checks the history allows it. */
export const ConsentRecordInput = ConsentDecisionFields;

export const consentsMethods = {
  'consents.list': method({
    input: z.object({ caseId: RecordId, personId: RecordId.optional() }).strict(),
    output: z.object({ items: z.array(ConsentDecision) }),
    whileLocked: false,
  }),
  'consents.record': method({
    input: ConsentRecordInput,
    output: ConsentDecision,
    whileLocked: false,
  }),
};
