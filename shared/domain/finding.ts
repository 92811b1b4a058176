import { z } from 'zod';
import { CalendarDate } from './calendar.js';
import { ClosureGround, InvestigatingEntity, type CaseStatus } from './case.js';
import { caseRecordKeys, Instant, RecordId, WrittenReason } from './primitives.js';

/**
 * What was decided about one subject of a case (A/72/751 ¶62: a case may have several subjects).
 * The case's own closed status follows from its subjects' findings (caseClosureFromFindings).
 */

export const FINDING_OUTCOMES = [
  'substantiated',
  'not_substantiated',
  'insufficient_evidence',
  'closed_without_investigation',
] as const;
export const FindingOutcome = z.enum(FINDING_OUTCOMES);
export type FindingOutcome = z.infer<typeof FindingOutcome>;

/** Outcomes an investigation reached: they cite its report and need the case to be investigated. */
export const INVESTIGATED_OUTCOMES: readonly FindingOutcome[] = [
  'substantiated',
  'not_substantiated',
  'insufficient_evidence',
];

/**
 * Why a subject's matter closed without investigation: the grounds of a case closed for other
 * circumstances (CLOSURE_GROUNDS_BY_STATUS.closed_other; a test keeps the two lists equal).
 */
export const WithoutInvestigationGround = ClosureGround.extract([
  'victim_declined_to_participate',
  'subject_not_identified',
  'subject_separated_from_service',
  'other',
]);
export type WithoutInvestigationGround = z.infer<typeof WithoutInvestigationGround>;

/** A finding as the user records it (a first one, or a correction of the one in force). */
export const SubjectFindingFields = z
  .object({
    personId: RecordId,
    outcome: FindingOutcome,
    decidingEntity: InvestigatingEntity,
    decidedOn: CalendarDate,
    /** The investigation report's reference (e.g. OIOS report number); required after an investigation. */
    reportReference: z.string().trim().min(1).max(200).optional(),
    /** Closed without investigation only: why (a ground and the reason in words). */
    closureGround: WithoutInvestigationGround.optional(),
    closureReason: WrittenReason.optional(),
    /** Required to correct the finding in force; refused for a first finding. */
    correctionReason: WrittenReason.optional(),
  })
  .strict();
export type SubjectFindingFields = z.infer<typeof SubjectFindingFields>;

export const SubjectFinding = SubjectFindingFields.extend({
  ...caseRecordKeys,
  /** The subject's pseudonym code. */
  code: z.string(),
  /** 1 for the first finding; each correction is the next version, earlier ones stay. */
  version: z.number().int().min(1),
  recordedAt: Instant,
  recordedBy: z.string(),
}).strict();
export type SubjectFinding = z.infer<typeof SubjectFinding>;

export type FindingProblemReason =
  'findings.reportReferenceMissing' | 'findings.closureReasonMissing' | 'findings.closureReasonNotClosing';

/** The cross-field rules of one finding, each tied to the field the user fixes. */
export function findingProblems(
  finding: SubjectFindingFields,
): Array<{ path: keyof SubjectFindingFields; reason: FindingProblemReason }> {
  const problems: Array<{ path: keyof SubjectFindingFields; reason: FindingProblemReason }> = [];
  if (finding.outcome === 'closed_without_investigation') {
    if (!finding.closureGround) problems.push({ path: 'closureGround', reason: 'findings.closureReasonMissing' });
    if (!finding.closureReason) problems.push({ path: 'closureReason', reason: 'findings.closureReasonMissing' });
  } else {
    if (!finding.reportReference) problems.push({ path: 'reportReference', reason: 'findings.reportReferenceMissing' });
    if (finding.closureGround) problems.push({ path: 'closureGround', reason: 'findings.closureReasonNotClosing' });
    if (finding.closureReason) problems.push({ path: 'closureReason', reason: 'findings.closureReasonNotClosing' });
  }
  return problems;
}

// ---- The case's status from its subjects' findings ---------------------------------------------

/** A subject of the case and the outcome of the finding in force, if any. */
export interface SubjectOutcome {
  code: string;
  outcome: FindingOutcome | null;
  /** For a closure without investigation: its ground. */
  closureGround?: ClosureGround | undefined;
  /** Who decided the finding in force (a closure letter says who decided the outcome). */
  decidingEntity?: InvestigatingEntity | undefined;
  /** When, and on which report: a referral summarises the finding from these. */
  decidedOn?: CalendarDate | undefined;
  reportReference?: string | undefined;
}

export type CaseClosureFromFindings =
  /** No subject: the case is closed by hand, as before findings existed. */
  | { kind: 'no_subjects' }
  /** Some subjects have no finding yet (their codes, in order): the case cannot close. */
  | { kind: 'awaiting'; missing: string[] }
  /** Every subject has a finding: the case's closed status and its ground. */
  | { kind: 'decided'; status: CaseStatus; closureGround: ClosureGround };

/**
 * Any substantiated finding makes the case substantiated; else any finding after investigation
 * (not substantiated, insufficient evidence) makes it not substantiated; else every subject's
 * matter closed without investigation and the case is closed for other circumstances, on their
 * common ground when they share one.
 */
export function caseClosureFromFindings(subjects: readonly SubjectOutcome[]): CaseClosureFromFindings {
  if (subjects.length === 0) return { kind: 'no_subjects' };
  const missing = subjects.filter((subject) => subject.outcome === null).map((subject) => subject.code);
  if (missing.length > 0) return { kind: 'awaiting', missing: [...missing].sort() };
  const outcomes = subjects.map((subject) => subject.outcome);
  if (outcomes.includes('substantiated')) {
    return { kind: 'decided', status: 'substantiated', closureGround: 'facts_established' };
  }
  if (outcomes.includes('not_substantiated') || outcomes.includes('insufficient_evidence')) {
    // "Unfounded" only when an investigation found it so; lacking evidence is not being unfounded.
    const ground = outcomes.includes('insufficient_evidence') ? 'insufficient_evidence' : 'unfounded';
    return { kind: 'decided', status: 'not_substantiated', closureGround: ground };
  }
  const grounds = new Set(subjects.map((subject) => subject.closureGround ?? 'other'));
  const [only] = grounds;
  return { kind: 'decided', status: 'closed_other', closureGround: grounds.size === 1 && only ? only : 'other' };
}
