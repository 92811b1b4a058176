import type { CaseCategory, CaseStatus, CaseSubtype, ClosureGround } from '../domain/case.js';
import type { Instant } from '../domain/primitives.js';
import type { Finding, TargetKind } from './finding.js';
import type { Letter, Referral } from './snapshot.js';
import { r01InformedConsent } from './rules/r01-informed-consent.js';
import { r02RefusalRespected } from './rules/r02-refusal-respected.js';
import { r03RiskAssessment } from './rules/r03-risk-assessment.js';
import { r04ChildVictims } from './rules/r04-child-victims.js';
import { r05MinorIsAlwaysSea } from './rules/r05-minor-is-always-sea.js';
import { r05bNoConsentUnderProtection } from './rules/r05b-no-consent-under-protection.js';
import { r09IdentityStaysInVault } from './rules/r09-identity-stays-in-vault.js';
import { r10StaffSubjectDueProcess } from './rules/r10-staff-subject-due-process.js';
import type { CaseSnapshot, PrincipleRule } from './snapshot.js';

/**
 * What the core asks before it acts. Each guard applies the proposed change to a copy of the
 * snapshot, runs the rules that govern it, and returns their blocking findings about the
 * thing changed: empty means go ahead; otherwise the core refuses (RULE_BLOCKED or
 * CONSENT_REQUIRED) with these messages. The rules stay the single source of truth.
 */

function blockingAbout(
  rules: readonly PrincipleRule[],
  snapshot: CaseSnapshot,
  kind: TargetKind,
  id: string,
): Finding[] {
  return rules
    .flatMap((rule) => rule.evaluate(snapshot))
    .filter((f) => f.severity === 'block' && f.target?.kind === kind && f.target.id === id);
}

/** The rules that must hold before contact: consent (R1, R2, R4), do no harm (R3), staff due process (R10). */
const BEFORE_INTERVIEW: readonly PrincipleRule[] = [
  r01InformedConsent,
  r02RefusalRespected,
  r03RiskAssessment,
  r04ChildVictims,
  r10StaffSubjectDueProcess,
];

/**
 * Before an interview is marked conducted (at `conductedAt`, by default the time already on
 * it, else the snapshot's). Blocks on: no consent to the interview (or to its recording) in
 * force at that moment; a refusal or withdrawal; for a child victim, no guardian consent (or
 * recorded exception) or no assent, or a repeat interview without written justification; no
 * prior risk assessment of a victim or witness, or one that advised against contact; a UN staff
 * subject not given written notice or not offered an observer.
 */
export function checkInterviewCanBeConducted(
  snapshot: CaseSnapshot,
  interviewId: string,
  conductedAt?: Instant,
): Finding[] {
  const interview = snapshot.interviews.find((i) => i.id === interviewId);
  if (!interview) throw new RangeError('checkInterviewCanBeConducted: the interview is not in the snapshot');
  const at = conductedAt ?? interview.conductedAt ?? snapshot.asOf;
  const held = {
    ...interview,
    status: interview.status === 'signed' ? ('signed' as const) : ('conducted' as const),
    conductedAt: at,
  };
  const proposed: CaseSnapshot = {
    ...snapshot,
    interviews: snapshot.interviews.map((i) => (i.id === interviewId ? held : i)),
  };
  return blockingAbout(BEFORE_INTERVIEW, proposed, 'interview', interviewId);
}

export interface ProposedClassification {
  category?: CaseCategory | null;
  subtype?: CaseSubtype | null;
  /** A closing status change being made now. */
  closure?: { status: CaseStatus; ground: ClosureGround };
}

/**
 * Before the case's category/subtype change or the case is closed (R5, R5b): refused when the
 * case would close as consensual while a victim is not an established adult, is a refugee or
 * displaced, or an exchange for sex is alleged. The category itself is never forced.
 */
export function checkCaseClassification(snapshot: CaseSnapshot, proposed: ProposedClassification): Finding[] {
  const current = snapshot.case;
  const statusHistory = proposed.closure
    ? [
        ...current.statusHistory,
        {
          from: current.status,
          to: proposed.closure.status,
          at: snapshot.asOf,
          reason: 'proposed',
          closureGround: proposed.closure.ground,
        },
      ]
    : current.statusHistory;
  const next = {
    ...current,
    category: proposed.category !== undefined ? proposed.category : current.category,
    subtype: proposed.subtype !== undefined ? proposed.subtype : current.subtype,
    status: proposed.closure?.status ?? current.status,
    statusHistory,
  };
  const rules = [r05MinorIsAlwaysSea, r05bNoConsentUnderProtection];
  return blockingAbout(rules, { ...snapshot, case: next }, 'case', current.id);
}

/**
 * Before a referral or letter carrying identities leaves the vault (R9): refused when it
 * carries a victim's or witness's identity without their consent to that recipient in force,
 * or an identity it does not need.
 */
export function checkIdentityDisclosure(
  snapshot: CaseSnapshot,
  outgoing: { referral: Referral } | { letter: Letter },
): Finding[] {
  if ('referral' in outgoing) {
    const { referral } = outgoing;
    const referrals = [...(snapshot.referrals ?? []).filter((r) => r.id !== referral.id), referral];
    return blockingAbout([r09IdentityStaysInVault], { ...snapshot, referrals }, 'referral', referral.id);
  }
  const { letter } = outgoing;
  const letters = [...(snapshot.letters ?? []).filter((l) => l.id !== letter.id), letter];
  return blockingAbout([r09IdentityStaysInVault], { ...snapshot, letters }, 'letter', letter.id);
}

/**
 * Before a victim's assistance referral is made to its provider: refused when the consent that
 * covers that provider is not in force at that moment (R1: for a child, the guardian's consent,
 * or its recorded exception, and the child's assent), when it was refused or withdrawn (R2), or
 * when the referral would carry an identity without consent (R9).
 */
export function checkReferralCanBeMade(snapshot: CaseSnapshot, referral: Referral): Finding[] {
  const referrals = [...(snapshot.referrals ?? []).filter((r) => r.id !== referral.id), referral];
  return blockingAbout(
    [r01InformedConsent, r02RefusalRespected, r09IdentityStaysInVault],
    { ...snapshot, referrals },
    'referral',
    referral.id,
  );
}
