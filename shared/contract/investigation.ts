import { z } from 'zod';
import { ActionOutcome, InvestigativeAction, InvestigativeActionFields } from '../domain/investigation.js';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';

/** Investigative actions and forensic examinations of a case (issue 10 item 5; R14, R15). */
export const investigationMethods = {
  'investigation.list': method({
    input: z.object({ caseId: z.string().min(1).max(64) }).strict(),
    output: z.object({ items: z.array(InvestigativeAction) }),
    whileLocked: false,
  }),
  'investigation.record': method({
    input: InvestigativeActionFields.safeExtend({ caseId: z.string().min(1).max(64) }).strict(),
    output: InvestigativeAction,
    whileLocked: false,
  }),
  'investigation.conclude': method({
    input: z.object({ actionId: RecordId, outcome: ActionOutcome }).strict(),
    output: InvestigativeAction,
    whileLocked: false,
  }),
};
