import { CasefileError, type FindingRef } from '../../../shared/contract/index.js';
import type { Finding } from '../../../shared/principles/finding.js';

/** Blocking findings that a consent (or a child's assent) would lift: refused as CONSENT_REQUIRED. */
const isConsentFinding = (finding: Finding): boolean =>
  finding.code.startsWith('R1_') ||
  finding.code.startsWith('R2_') ||
  finding.code === 'R4_GUARDIAN_CONSENT_MISSING' ||
  finding.code === 'R4_CHILD_ASSENT_MISSING';

const findingRef = ({ rule, code, variant, params }: Finding): FindingRef => ({
  rule,
  code,
  variant,
  ...(params ? { params } : {}),
});

/**
 * Refuses the action when a guard returned blocking findings (the others are ignored):
 * CONSENT_REQUIRED when any of them is about consent, else RULE_BLOCKED. The error carries each
 * blocking finding, which the UI renders with its fix in the user's language; the English
 * message lists them too. Findings name people by pseudonym code only.
 */
export function refuseBlocking(findings: readonly Finding[]): void {
  const blocking = findings.filter((finding) => finding.severity === 'block');
  if (blocking.length === 0) return;
  const details = { findings: blocking.map(findingRef) };
  throw blocking.some(isConsentFinding)
    ? new CasefileError('CONSENT_REQUIRED', 'principles.consentMissing', undefined, details)
    : new CasefileError('RULE_BLOCKED', 'principles.refused', undefined, details);
}
