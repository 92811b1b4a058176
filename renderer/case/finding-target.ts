import type { TFunction } from 'i18next';
import type { Finding } from '../../shared/principles/finding.js';

/** Pseudonym codes by record id, to name a finding's target as the investigator knows it. */
export interface TargetNames {
  people: Map<string, string>;
  /** Interview id → the interviewee's code. */
  interviews: Map<string, string>;
}

/** The form that clears a finding, when there is one: the checklist offers it as a button. */
export type FindingFix = { kind: 'offerAssistance'; personId: string };

export function findingFix(finding: Finding): FindingFix | null {
  const target = finding.target;
  switch (finding.code) {
    // R8: an offer of assistance recorded for the victim clears it.
    case 'R8_ASSISTANCE_NOT_OFFERED':
    case 'R8_OFFER_AT_FIRST_CONTACT':
      return target?.kind === 'person' ? { kind: 'offerAssistance', personId: target.id } : null;
    default:
      return null;
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
