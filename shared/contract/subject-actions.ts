import { z } from 'zod';
import { RecordId } from '../domain/primitives.js';
import { SubjectAction, SubjectActionFields } from '../domain/subject-action.js';
import { method } from './define.js';

export const subjectActionsMethods = {
  'subjectActions.record': method({
    summary: 'Record an action about a subject (interim measure, repatriation, bar, dismissal, referral, reported).',
    input: SubjectActionFields,
    output: SubjectAction,
    whileLocked: false,
  }),
  'subjectActions.list': method({
    summary: 'The actions of a case, or of one of its subjects, in the order they were taken.',
    input: z.object({ caseId: RecordId, personId: RecordId.optional() }).strict(),
    output: z.object({ items: z.array(SubjectAction) }),
    whileLocked: false,
  }),
};
