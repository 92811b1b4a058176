import { z } from 'zod';
import { ConsentDecision, ConsentDecisionFields } from '../domain/consent.js';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';

/** A decision as recorded; the core adds id, case and recordedAt, and checks the history allows it. */
export const ConsentRecordInput = ConsentDecisionFields;

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
