import type { Finding } from './finding.js';
import { r01InformedConsent } from './rules/r01-informed-consent.js';
import { r02RefusalRespected } from './rules/r02-refusal-respected.js';
import { r03RiskAssessment } from './rules/r03-risk-assessment.js';
import { r04ChildVictims } from './rules/r04-child-victims.js';
import { r05MinorIsAlwaysSea } from './rules/r05-minor-is-always-sea.js';
import { r05bNoConsentUnderProtection } from './rules/r05b-no-consent-under-protection.js';
import { r06ExchangeIsExploitation } from './rules/r06-exchange-is-exploitation.js';
import { r07VictimCentredInterview } from './rules/r07-victim-centred-interview.js';
import { r08AssistanceOffered } from './rules/r08-assistance-offered.js';
import { r09IdentityStaysInVault } from './rules/r09-identity-stays-in-vault.js';
import { r10StaffSubjectDueProcess } from './rules/r10-staff-subject-due-process.js';
import { r11ContributingCountryNotified } from './rules/r11-contributing-country-notified.js';
import { r12DigitalEvidenceIntegrity } from './rules/r12-digital-evidence-integrity.js';
import { r13OutcomeLetter } from './rules/r13-outcome-letter.js';
import { r14ReputationRestored } from './rules/r14-reputation-restored.js';
import { r15ForensicExam } from './rules/r15-forensic-exam.js';
import {
  DEFAULT_PRINCIPLE_SETTINGS,
  type CaseSnapshot,
  type PrincipleRule,
  type PrincipleSettings,
} from './snapshot.js';

export * from './finding.js';
export * from './guards.js';
export * from './snapshot.js';
export {
  r01InformedConsent,
  r02RefusalRespected,
  r03RiskAssessment,
  r04ChildVictims,
  r05MinorIsAlwaysSea,
  r05bNoConsentUnderProtection,
  r06ExchangeIsExploitation,
  r07VictimCentredInterview,
  r08AssistanceOffered,
  r09IdentityStaysInVault,
  r10StaffSubjectDueProcess,
  r11ContributingCountryNotified,
  r12DigitalEvidenceIntegrity,
  r13OutcomeLetter,
  r14ReputationRestored,
  r15ForensicExam,
};

/** Every rule of domain.md §2, in order: the checklist the renderer shows per case. */
/**
 * The edition of the rules as a whole: raise it when what the rules find in an unchanged case changes
 * without a rule's own code changing (a helper they share, a snapshot source), so the counts the cases
 * list keeps (electron/core/principles/blocking-counts.ts) are made again.
 */
export const PRINCIPLES_EDITION = 1;

export const PRINCIPLES: readonly PrincipleRule[] = [
  r01InformedConsent,
  r02RefusalRespected,
  r03RiskAssessment,
  r04ChildVictims,
  r05MinorIsAlwaysSea,
  r05bNoConsentUnderProtection,
  r06ExchangeIsExploitation,
  r07VictimCentredInterview,
  r08AssistanceOffered,
  r09IdentityStaysInVault,
  r10StaffSubjectDueProcess,
  r11ContributingCountryNotified,
  r12DigitalEvidenceIntegrity,
  r13OutcomeLetter,
  r14ReputationRestored,
  r15ForensicExam,
];

/** All findings for a case, rule by rule. */
export function evaluatePrinciples(
  snapshot: CaseSnapshot,
  settings: PrincipleSettings = DEFAULT_PRINCIPLE_SETTINGS,
): Finding[] {
  return PRINCIPLES.flatMap((rule) => rule.evaluate(snapshot, settings));
}
