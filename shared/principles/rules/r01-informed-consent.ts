import type { ConsentPurpose } from '../../domain/consent.js';
import type { Instant } from '../../domain/primitives.js';
import type { Finding, FindingCode, TargetKind } from '../finding.js';
import {
  codeOf,
  consentParties,
  finding,
  hasTakenPlace,
  isChildVictim,
  personById,
  unrecordedParties,
} from '../facts.js';
import type { CaseSnapshot, PrincipleRule } from '../snapshot.js';
import { isReferralMade } from '../../domain/assistance.js';

/**
 * R1 reports consents never recorded. A consent refused or withdrawn is R2's; a child
 * victim's consent to the interview itself is R4's (guardian and assent).
 */

type ActionPurpose = Extract<
  ConsentPurpose,
  'recording' | 'medical_exam' | 'forensic_sampling' | 'referral_to_services'
>;

/** The finding each purpose's missing consent is reported as. */
const CODE_OF_PURPOSE = {
  recording: 'R1_RECORDING_CONSENT_MISSING',
  medical_exam: 'R1_MEDICAL_EXAM_CONSENT_MISSING',
  forensic_sampling: 'R1_SAMPLING_CONSENT_MISSING',
  referral_to_services: 'R1_REFERRAL_CONSENT_MISSING',
} as const satisfies Record<ActionPurpose, FindingCode>;

function missingConsent(
  snapshot: CaseSnapshot,
  check: { personId: string; purpose: Exclude<ActionPurpose, 'forensic_sampling'>; at: Instant; recipient?: string },
  target: { kind: TargetKind; id: string },
): Finding | null {
  const missing = unrecordedParties(consentParties(snapshot, check.personId, check.purpose, check.at, check.recipient));
  if (missing.length === 0) return null;
  const person = codeOf(snapshot, check.personId);
  return finding('R1', CODE_OF_PURPOSE[check.purpose], 'default', 'block', target, {
    person,
    parties: missing.map(({ party }) => party),
  });
}

export const r01InformedConsent: PrincipleRule = {
  id: 'R1',
  timeChangesOnlyAdvice: true,
  title: 'Informed consent is recorded before an interview is conducted, separately for each purpose.',
  source: 'International Protocol; UN Victim Assistance Protocol; WHO',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    for (const interview of snapshot.interviews) {
      if (interview.status === 'cancelled') continue;
      const taken = hasTakenPlace(interview);
      const at = taken ? interview.conductedAt : snapshot.asOf;
      const person = codeOf(snapshot, interview.personId);
      const target = { kind: 'interview', id: interview.id } as const;
      if (!isChildVictim(snapshot, personById(snapshot, interview.personId))) {
        const missing = unrecordedParties(consentParties(snapshot, interview.personId, 'interview', at));
        if (missing.length > 0) {
          findings.push(
            taken
              ? finding('R1', 'R1_INTERVIEW_CONSENT_MISSING', 'afterInterview', 'block', target, { person })
              : finding('R1', 'R1_INTERVIEW_CONSENT_MISSING', 'beforeInterview', 'info', target, { person }),
          );
        }
      }
      if (interview.recorded) {
        const missing = missingConsent(snapshot, { personId: interview.personId, purpose: 'recording', at }, target);
        if (missing) findings.push(taken ? missing : { ...missing, severity: 'warn' });
      }
    }
    for (const exam of snapshot.forensicExams ?? []) {
      if (exam.status !== 'conducted') continue;
      const missing = missingConsent(
        snapshot,
        { personId: exam.personId, purpose: 'medical_exam', at: exam.at },
        { kind: 'forensic_exam', id: exam.id },
      );
      if (missing) findings.push(missing);
    }
    for (const item of snapshot.evidence ?? []) {
      if (!item.fromPersonId) continue;
      const missing = unrecordedParties(
        consentParties(snapshot, item.fromPersonId, 'forensic_sampling', item.collectedAt),
      );
      if (missing.length > 0) {
        findings.push(
          finding(
            'R1',
            'R1_SAMPLING_CONSENT_MISSING',
            'default',
            'block',
            { kind: 'evidence', id: item.id },
            {
              person: codeOf(snapshot, item.fromPersonId),
              parties: missing.map(({ party }) => party),
              evidence: item.number,
            },
          ),
        );
      }
    }
    for (const referral of snapshot.referrals ?? []) {
      if (!isReferralMade(referral.status)) continue;
      const missing = missingConsent(
        snapshot,
        {
          personId: referral.personId,
          purpose: 'referral_to_services',
          at: referral.referredAt ?? referral.offeredAt,
          ...(referral.recipient !== undefined ? { recipient: referral.recipient } : {}),
        },
        { kind: 'referral', id: referral.id },
      );
      if (missing) findings.push(missing);
    }
    return findings;
  },
};
