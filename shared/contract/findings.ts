import { z } from 'zod';
import { SubjectFinding, SubjectFindingFields } from '../domain/finding.js';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';

/** A finding as the user records it; the core adds id, case, code, version and who recorded it when. */
export const FindingRecordInput = SubjectFindingFields;

export const findingsMethods = {
  'findings.list': method({
    input: z.object({ caseId: RecordId, personId: RecordId.optional() }).strict(),
    output: z.object({ items: z.array(SubjectFinding) }),
    whileLocked: false,
  }),
  'findings.record': method({
    input: FindingRecordInput,
    output: SubjectFinding,
    whileLocked: false,
  }),
};
