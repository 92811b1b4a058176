import type { ApiError } from '../../shared/contract/index.js';
import type { ConsentGiver, StandardConsentPurpose } from '../../shared/domain/consent.js';

/**
 * The forms that fix a refused interview step, read from the findings the refusal carries:
 * a consent decision of the interviewee (by the guardian or by the person, for a purpose), or
 * the interview's own arrangements (a do-no-harm assessment, a repeat interview's justification).
 */
export type RefusalFix =
  | {
      kind: 'consent';
      purpose: Extract<StandardConsentPurpose, 'interview' | 'recording'>;
      /** Whose decision is missing: the guardian's consent, the child's assent, or the person's own consent. */
      party: ConsentParty;
      by: ConsentGiver;
    }
  | { kind: 'arrangements' };

export type ConsentParty = 'guardian' | 'assent' | 'self';

/** What a refusal says about each finding behind it; only the code and the parties are read here. */
interface FindingSummary {
  code: string;
  params?: Record<string, unknown>;
}

/** The findings behind a refusal (none for an error that carries none). */
export function findingsOf(error: ApiError): FindingSummary[] {
  const carried: unknown = 'findings' in error ? (error as { findings?: unknown }).findings : undefined;
  if (!Array.isArray(carried)) return [];
  return carried.filter(
    (finding): finding is FindingSummary =>
      typeof finding === 'object' && finding !== null && typeof (finding as FindingSummary).code === 'string',
  );
}

const consentFix = (purpose: 'interview' | 'recording', party: ConsentParty): RefusalFix => ({
  kind: 'consent',
  purpose,
  party,
  by: party === 'guardian' ? 'guardian' : 'self',
});

/** A party R1 names as missing ('guardian', 'assent', 'self'); anything else is the person's own. */
const partyOf = (party: unknown): ConsentParty => (party === 'guardian' || party === 'assent' ? party : 'self');

function fixesOf(finding: FindingSummary): RefusalFix[] {
  switch (finding.code) {
    case 'R4_GUARDIAN_CONSENT_MISSING':
      return [consentFix('interview', 'guardian')];
    case 'R4_CHILD_ASSENT_MISSING':
      return [consentFix('interview', 'assent')];
    case 'R1_INTERVIEW_CONSENT_MISSING':
      return [consentFix('interview', 'self')];
    case 'R1_RECORDING_CONSENT_MISSING': {
      const parties = Array.isArray(finding.params?.['parties']) ? (finding.params['parties'] as unknown[]) : ['self'];
      return parties.map((party) => consentFix('recording', partyOf(party)));
    }
    case 'R3_RISK_ASSESSMENT_MISSING':
    case 'R3_CONTACT_ADVISED_AGAINST':
    case 'R4_REPEAT_WITHOUT_JUSTIFICATION':
      return [{ kind: 'arrangements' }];
    default:
      return [];
  }
}

export const fixKey = (fix: RefusalFix): string => (fix.kind === 'consent' ? `${fix.purpose}|${fix.party}` : fix.kind);

/** One link per form, in the order of the findings. */
export function refusalFixes(error: ApiError): RefusalFix[] {
  const seen = new Map<string, RefusalFix>();
  for (const fix of findingsOf(error).flatMap(fixesOf)) if (!seen.has(fixKey(fix))) seen.set(fixKey(fix), fix);
  return [...seen.values()];
}
