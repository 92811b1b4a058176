import type { ConsentPurpose } from '../../domain/consent.js';
import type { Instant } from '../../domain/primitives.js';
import type { Finding, FindingCode, TargetKind } from '../finding.js';
import {
  codeOf,
  consentParties,
  describeParties,
  finding,
  hasTakenPlace,
  isChildVictim,
  personById,
  unrecordedParties,
} from '../facts.js';
import type { CaseSnapshot, PrincipleRule } from '../snapshot.js';

/**
 * R1 reports consents never recorded. A consent refused or withdrawn is R2's; a child
 * victim's consent to the interview itself is R4's (guardian and assent).
 */

type ActionPurpose = Extract<ConsentPurpose, 'recording' | 'medical_exam' | 'forensic_sampling' | 'referral_to_services'>;

const PURPOSE_WORDS: Record<ActionPurpose, string> = {
  recording: 'to the recording',
  medical_exam: 'to the medical examination',
  forensic_sampling: 'to forensic sampling',
  referral_to_services: 'to the referral',
};

function missingConsent(
  snapshot: CaseSnapshot,
  check: { personId: string; purpose: ActionPurpose; at: Instant; recipient?: string },
  report: { code: FindingCode; target: { kind: TargetKind; id: string }; fix: string },
): Finding | null {
  const missing = unrecordedParties(consentParties(snapshot, check.personId, check.purpose, check.at, check.recipient));
  if (missing.length === 0) return null;
  const person = codeOf(snapshot, check.personId);
  return finding(
    'R1',
    report.code,
    'block',
    `${person}: no ${describeParties(missing)} ${PURPOSE_WORDS[check.purpose]} is recorded.`,
    report.fix,
    report.target,
    { person },
  );
}

export const r01InformedConsent: PrincipleRule = {
  id: 'R1',
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
              ? finding('R1', 'R1_INTERVIEW_CONSENT_MISSING', 'block', `${person} was interviewed with no consent to the interview recorded before it.`,
                  'Record the consent to the interview with the date it was given; the interview cannot be marked conducted without it.', target, { person })
              : finding('R1', 'R1_INTERVIEW_CONSENT_MISSING', 'info', `${person}'s consent to the interview is not recorded yet.`,
                  'Explain the interview and record the consent (or refusal) before it begins.', target, { person }),
          );
        }
      }
      if (interview.recorded) {
        const missing = missingConsent(snapshot, { personId: interview.personId, purpose: 'recording', at }, {
          code: 'R1_RECORDING_CONSENT_MISSING',
          target,
          fix: 'Record the separate consent to audio or video recording, or do not record the interview.',
        });
        if (missing) findings.push(taken ? missing : { ...missing, severity: 'warn' });
      }
    }
    for (const exam of snapshot.forensicExams ?? []) {
      if (exam.status !== 'conducted') continue;
      const missing = missingConsent(snapshot, { personId: exam.personId, purpose: 'medical_exam', at: exam.at }, {
        code: 'R1_MEDICAL_EXAM_CONSENT_MISSING',
        target: { kind: 'forensic_exam', id: exam.id },
        fix: 'Record the consent to the medical examination given before it took place.',
      });
      if (missing) findings.push(missing);
    }
    for (const item of snapshot.evidence ?? []) {
      if (!item.fromPersonId) continue;
      const missing = missingConsent(snapshot, { personId: item.fromPersonId, purpose: 'forensic_sampling', at: item.collectedAt }, {
        code: 'R1_SAMPLING_CONSENT_MISSING',
        target: { kind: 'evidence', id: item.id },
        fix: 'Record the consent to forensic sampling given before the sample or image was taken.',
      });
      if (missing) findings.push({ ...missing, params: { ...missing.params, evidence: item.number } });
    }
    for (const referral of snapshot.referrals ?? []) {
      if (referral.status !== 'referred') continue;
      const missing = missingConsent(
        snapshot,
        {
          personId: referral.personId,
          purpose: 'referral_to_services',
          at: referral.referredAt ?? referral.offeredAt,
          ...(referral.recipient !== undefined ? { recipient: referral.recipient } : {}),
        },
        {
          code: 'R1_REFERRAL_CONSENT_MISSING',
          target: { kind: 'referral', id: referral.id },
          fix: 'Record the consent to be referred to this service before making the referral.',
        },
      );
      if (missing) findings.push(missing);
    }
    return findings;
  },
};
