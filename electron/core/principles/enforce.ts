import { CasefileError } from '../../../shared/contract/index.js';
import type { Finding } from '../../../shared/principles/finding.js';

/** Blocking findings that a consent (or a child's assent) would lift: refused as CONSENT_REQUIRED. */
const isConsentFinding = (finding: Finding): boolean =>
  finding.code.startsWith('R1_') ||
  finding.code.startsWith('R2_') ||
  finding.code === 'R4_GUARDIAN_CONSENT_MISSING' ||
  finding.code === 'R4_CHILD_ASSENT_MISSING';

/** "R1: <message> — <fix>", one finding a line. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.rule}: ${finding.message} — ${finding.fix}`).join('\n');
}

/**
 * Refuses the action when a guard returned blocking findings (the others are ignored):
 * CONSENT_REQUIRED when any of them is about consent, else RULE_BLOCKED; the message lists
 * each blocking finding with its fix. Messages name people by pseudonym code only.
 */
export function refuseBlocking(findings: readonly Finding[]): void {
  const blocking = findings.filter((finding) => finding.severity === 'block');
  if (blocking.length === 0) return;
  const code = blocking.some(isConsentFinding) ? 'CONSENT_REQUIRED' : 'RULE_BLOCKED';
  throw new CasefileError(code, describeFindings(blocking));
}
