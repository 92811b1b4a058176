import type { TFunction } from 'i18next';
import type { InvestigativeActionKind } from '../../shared/domain/investigation.js';
import type { Finding, RuleId, TargetKind } from '../../shared/principles/finding.js';
import { PRINCIPLES } from '../../shared/principles/index.js';
import type { CaseTab } from './case-tabs.js';

/** Pseudonym codes by record id, to name a finding's target as the investigator knows it. */
export interface TargetNames {
  people: Map<string, string>;
  /** Interview id → the interviewee's code. */
  interviews: Map<string, string>;
}

/**
 * Where a rule comes from, as the checklist cites it: the paragraph of A/72/751 (¶20) or the
 * instrument (ST/SGB/2003/13, WHO). Citations are not translated.
 */
export function ruleSource(rule: RuleId): string {
  return PRINCIPLES.find((principle) => principle.id === rule)?.source ?? '';
}

/** The investigative actions a finding asks for: R15's examination, R14's reputation step. */
type ChecklistAction = Extract<InvestigativeActionKind, 'forensic_medical_exam' | 'reputation_restoration'>;

/** The form that clears a finding, when there is one: the checklist offers it as a button. */
export type FindingFix =
  | { kind: 'offerAssistance'; personId: string }
  | { kind: 'recordAction'; action: ChecklistAction; personId: string }
  | { kind: 'openTab'; tab: CaseTab };

/** Where a finding about a kind of record is put right, when no form of its own clears it. */
const TAB_OF_TARGET: Record<TargetKind, CaseTab> = {
  case: 'overview',
  person: 'people',
  consent: 'people',
  referral: 'people',
  interview: 'interviews',
  evidence: 'evidence',
  letter: 'letters',
  action: 'investigation',
  forensic_exam: 'investigation',
};

export function findingFix(finding: Finding): FindingFix | null {
  const target = finding.target;
  const person = target?.kind === 'person' ? target.id : null;
  switch (finding.code) {
    // R8: an offer of assistance recorded for the victim clears it; R15: treatment offered, likewise.
    case 'R8_ASSISTANCE_NOT_OFFERED':
    case 'R8_OFFER_AT_FIRST_CONTACT':
    case 'R15_TREATMENT_WAITING':
      return person ? { kind: 'offerAssistance', personId: person } : null;
    // R15: an examination offered (or refused) is recorded as an investigative action.
    case 'R15_EXAM_WINDOW_OPEN':
      return person ? { kind: 'recordAction', action: 'forensic_medical_exam', personId: person } : null;
    // R14: the step taken for the cleared subject.
    case 'R14_REPUTATION_STEPS_MISSING':
      return person ? { kind: 'recordAction', action: 'reputation_restoration', personId: person } : null;
    // R11: the notification is a letter to the contributing country, made on the Letters tab.
    case 'R11_CONTRIBUTING_COUNTRY_NOT_NOTIFIED':
      return { kind: 'openTab', tab: 'letters' };
    // R5, R5b: a consensual closure is put right by reopening the case (its status, on the overview).
    case 'R5_CONSENSUAL_CLOSURE':
    case 'R5b_CONSENSUAL_CLOSURE':
      return { kind: 'openTab', tab: 'overview' };
    default:
      return target ? { kind: 'openTab', tab: TAB_OF_TARGET[target.kind] } : null;
  }
}

/** "V-01", "Interview of V-01", "Evidence E-0007", "This case": never a record id, never a name. */
export function findingTargetLabel(t: TFunction, finding: Finding, names: TargetNames): string {
  const target = finding.target;
  if (!target) return '';
  switch (target.kind) {
    case 'case':
      return t('caseFile.checklist.targets.case');
    case 'person': {
      const code = names.people.get(target.id) ?? finding.params?.['person'];
      return typeof code === 'string' ? code : t('caseFile.checklist.targets.person');
    }
    case 'interview': {
      const code = names.interviews.get(target.id);
      return code ? t('caseFile.checklist.targets.interviewOf', { code }) : t('caseFile.checklist.targets.interview');
    }
    case 'evidence': {
      const number = finding.params?.['evidence'];
      return typeof number === 'string'
        ? t('caseFile.checklist.targets.evidenceNumber', { number })
        : t('caseFile.checklist.targets.evidence');
    }
    default:
      return t(`caseFile.checklist.targets.${target.kind}`);
  }
}
