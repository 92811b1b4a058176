import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.js';

interface Caller {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/**
 * Sets a case up the way a referral after the investigation needs it (letter-applicability.ts,
 * A/72/751 ¶46): the case under investigation, then the finding on `subjectId` recorded as
 * substantiated. When it is the case's only subject, the case closes as substantiated with it.
 */
export async function substantiate(
  file: Caller,
  caseId: string,
  subjectId: string,
  decidedOn = '2026-03-10',
): Promise<void> {
  const record = await file.call('cases.get', { caseId });
  if (record.status === 'preliminary_assessment') {
    await file.call('cases.changeStatus', { caseId, to: 'under_investigation', reason: 'Credible allegation' });
  }
  await file.call('findings.record', {
    personId: subjectId,
    outcome: 'substantiated',
    decidingEntity: 'oios',
    decidedOn,
    reportReference: 'OIOS-0042/26',
  });
}
