import { z } from 'zod';
import { RecordId } from '../domain/primitives.js';
import { SubjectAction, SubjectActionFields } from '../domain/subject-action.js';
import { method } from './define.js';

export const subjectActionsMethods = {
  'subjectActions.record': method({
    input: SubjectActionFields,
    output: SubjectAction,
    whileLocked: false,
  }),
  'subjectActions.list': method({
    input: z.object({ caseId: RecordId, personId: RecordId.optional() }).strict(),
    output: z.object({ items: z.array(SubjectAction) }),
    whileLocked: false,
  }),
};
