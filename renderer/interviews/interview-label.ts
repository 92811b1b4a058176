import type { TFunction } from 'i18next';
import type { InterviewSummary } from '../../shared/contract/interviews.js';

/** What an interview is called where it is offered or linked: whose, when (mission time) and where it stands. */
export type NamedInterview = Pick<InterviewSummary, 'personCode' | 'status' | 'scheduledAt' | 'conductedAt'>;

/**
 * An interview's name in a picker or on a record it is linked to, as one sentence per status
 * ("Interview of W-01, planned for 10 Mar 2026, 09:30 (UTC)"): the zone's brackets are never
 * followed by a status's own. Held interviews by when they took place, the others by when they
 * were planned; an interview with no such moment by its code and status alone.
 */
export function interviewLabel(
  t: TFunction,
  instantText: (instant: string) => string,
  interview: NamedInterview,
): string {
  const held = interview.status === 'conducted' || interview.status === 'signed';
  const when = held ? interview.conductedAt : interview.scheduledAt;
  if (when === undefined) {
    const status = t(`labels.interviewStatus.${interview.status}`);
    return t('evidence.form.interviewOption', { code: interview.personCode, status });
  }
  return t(`evidence.form.interviewDated.${interview.status}`, { code: interview.personCode, when: instantText(when) });
}
