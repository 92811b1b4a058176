import { z } from 'zod';
import { SubjectFinding, SubjectFindingFields } from '../domain/finding.js';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';

/** A finding as the user records it; the core adds id, case, code, version and who recorded it when. */
export const FindingRecordInput = SubjectFindingFields;

export const findingsMethods = {
  'findings.list': method({
    summary:
      'The findings of a case, or of one subject in it: every version, oldest first ' +
      '(the last of each subject is in force).',
    input: z.object({ caseId: RecordId, personId: RecordId.optional() }).strict(),
    output: z.object({ items: z.array(SubjectFinding) }),
    whileLocked: false,
  }),
  'findings.record': method({
    summary:
      "Record a subject's finding, or correct the one in force (with the reason); earlier versions are kept. " +
      "Once every subject has one, the case's closed status follows from them.",
    input: FindingRecordInput,
    output: SubjectFinding,
    whileLocked: false,
  }),
};
