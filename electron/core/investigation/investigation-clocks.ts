import type { ConcludedStatus, InvestigativeActionKind } from '../../../shared/domain/investigation.js';

/**
 * Which clocks (domain.md §3, by their id in the settings) an action answers, and when. A request
 * to a third party is itself what the clock waits for (CCTV, phone data): sending it closes the
 * deadline. An examination or sample closes its window once done, or once the person refused it
 * (refusal is their right, R15); "not possible" leaves the deadline open for the investigator to
 * close by hand with the reason, since nothing was obtained.
 */
const ANSWERED: Partial<Record<InvestigativeActionKind, { clocks: readonly string[]; on: 'request' | 'conclusion' }>> =
  {
    forensic_medical_exam: { clocks: ['forensic_exam'], on: 'conclusion' },
    toxicology_sample: { clocks: ['toxicology_blood_urine', 'toxicology_urine'], on: 'conclusion' },
    subject_reference_sample: { clocks: ['subject_reference_sample'], on: 'conclusion' },
    cctv_request: { clocks: ['cctv_request'], on: 'request' },
    phone_data_preservation: { clocks: ['phone_data_preservation'], on: 'request' },
  };

const CLOSING_CONCLUSIONS: readonly ConcludedStatus[] = ['done', 'refused'];

/** The clocks an action of `kind` closes when it is requested. */
export function clocksClosedOnRequest(kind: InvestigativeActionKind): readonly string[] {
  const answered = ANSWERED[kind];
  return answered?.on === 'request' ? answered.clocks : [];
}

/** The clocks an action of `kind` closes when it concludes as `status`. */
export function clocksClosedOnConclusion(kind: InvestigativeActionKind, status: ConcludedStatus): readonly string[] {
  const answered = ANSWERED[kind];
  return answered?.on === 'conclusion' && CLOSING_CONCLUSIONS.includes(status) ? answered.clocks : [];
}
