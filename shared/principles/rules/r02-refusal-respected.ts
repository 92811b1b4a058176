import type { StandardConsentPurpose } from '../../domain/consent.js';
import type { Instant } from '../../domain/primitives.js';
import type { Finding, TargetKind } from '../finding.js';
import { codeOf, consentParties, finding, hasTakenPlace, refusingParties } from '../facts.js';
import type { CaseSnapshot, PrincipleRule } from '../snapshot.js';
import { isReferralMade } from '../../domain/assistance.js';

interface ConsentedAction {
  personId: string;
  purpose: Exclude<StandardConsentPurpose, 'sharing_with_national_authorities'>;
  at: Instant;
  recipient?: string;
  target: { kind: TargetKind; id: string };
  /** false: still planned, so it can yet be stopped. */
  done: boolean;
}

function actionsOf(snapshot: CaseSnapshot): ConsentedAction[] {
  const actions: ConsentedAction[] = [];
  for (const interview of snapshot.interviews) {
    if (interview.status === 'cancelled') continue;
    const done = hasTakenPlace(interview);
    const at = done ? interview.conductedAt : snapshot.asOf;
    const target = { kind: 'interview', id: interview.id } as const;
    actions.push({ personId: interview.personId, purpose: 'interview', at, target, done });
    if (interview.recorded) actions.push({ personId: interview.personId, purpose: 'recording', at, target, done });
  }
  for (const exam of snapshot.forensicExams ?? []) {
    if (exam.status === 'conducted') {
      actions.push({
        personId: exam.personId,
        purpose: 'medical_exam',
        at: exam.at,
        target: { kind: 'forensic_exam', id: exam.id },
        done: true,
      });
    }
  }
  for (const item of snapshot.evidence ?? []) {
    if (item.fromPersonId) {
      actions.push({
        personId: item.fromPersonId,
        purpose: 'forensic_sampling',
        at: item.collectedAt,
        target: { kind: 'evidence', id: item.id },
        done: true,
      });
    }
  }
  for (const referral of snapshot.referrals ?? []) {
    if (isReferralMade(referral.status)) {
      actions.push({
        personId: referral.personId,
        purpose: 'referral_to_services',
        at: referral.referredAt ?? referral.offeredAt,
        ...(referral.recipient !== undefined ? { recipient: referral.recipient } : {}),
        target: { kind: 'referral', id: referral.id },
        done: true,
      });
    }
  }
  return actions;
}

/** R2: a refusal or withdrawal, once recorded, stops every later action it covers. */
export const r02RefusalRespected: PrincipleRule = {
  id: 'R2',
  timeChangesOnlyAdvice: true,
  title:
    'Consent may be refused or withdrawn at any time; the decision is recorded with ' +
    'its date and later actions respect it.',
  source: 'SAFE practice; Istanbul Protocol training',
  evaluate(snapshot) {
    const findings: Finding[] = [];
    for (const action of actionsOf(snapshot)) {
      const refusing = refusingParties(
        consentParties(snapshot, action.personId, action.purpose, action.at, action.recipient),
      );
      if (refusing.length === 0) continue;
      const params = {
        person: codeOf(snapshot, action.personId),
        action: action.purpose,
        parties: refusing.map(({ party }) => party),
        refusal: refusing.some((p) => p.state === 'withdrawn') ? ('withdrawn' as const) : ('refused' as const),
      };
      findings.push(
        action.done
          ? finding('R2', 'R2_ACTION_AFTER_REFUSAL', 'default', 'block', action.target, params)
          : finding('R2', 'R2_PLANNED_AFTER_REFUSAL', 'default', 'warn', action.target, params),
      );
    }
    return findings;
  },
};
