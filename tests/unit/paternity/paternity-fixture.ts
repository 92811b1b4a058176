import type { MethodInput } from '../../../shared/contract/index.js';
import { at, consent, openCase, START, subject, victim, witness, type CaseFile } from '../people/people-fixture.js';

export { auditOf, START, useCaseFiles } from '../people/people-fixture.js';

type ChildInput = MethodInput<'paternity.add'>['child'];

/** A child's record as an investigator first writes it: born around a month, claim reported the day before. */
export const child = (motherId: string, subjectId: string, extra: Partial<ChildInput> = {}): ChildInput => ({
  motherId,
  subjectId,
  birth: { precision: 'month', from: '2025-11' },
  reportedOn: '2026-03-09',
  status: 'reported',
  ...extra,
});

/** A case with a victim (V-01), a subject (S-01) and a witness (W-01). */
export async function caseWithMotherAndSubject(cf: CaseFile) {
  const { id: caseId, reference } = await openCase(cf);
  const mother = await cf.call('people.add', { caseId, profile: victim() });
  const father = await cf.call('people.add', { caseId, profile: subject() });
  const other = await cf.call('people.add', { caseId, profile: witness() });
  return { caseId, reference, mother, father, other };
}

/** The mother's consent to forensic sampling, given `minutes` before the test's start. */
export const samplingConsent = (motherId: string, minutes = -600) =>
  consent(motherId, at(START, minutes), { purpose: 'forensic_sampling' });
