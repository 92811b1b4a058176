import { z } from 'zod';
import { CalendarDate } from './calendar.js';
import type { PaternityClaim, PaternityClaimStatus } from './case.js';
import { Confidentiality } from './confidentiality.js';
import type { CrossFieldProblem } from './evidence.js';
import { caseRecordKeys, Instant, RecordId } from './primitives.js';
import { UncertainDate } from './uncertain-date.js';

/**
 * A child whose paternity is claimed against a subject of the case (A/72/751 ¶29: support to
 * children born of SEA; ¶62: paternity claims counted per allegation). One record per child,
 * named only by a pseudonym code (C-01, C-02…) that is never reused within the case. The child
 * is not a person of the case: the mother (a victim) speaks for the claim, so every consent is
 * hers (or her guardian's).
 */

const CHILD_CODE_PATTERN = /^C-(\d{2,})$/;
const ChildCode = z.string().regex(CHILD_CODE_PATTERN, 'expected a child code such as C-01');

/** The code after the highest ever issued in the case (a gap stays a gap, as for people). */
export function nextChildCode(issued: Iterable<string>): string {
  let highest = 0;
  for (const code of issued) {
    const match = CHILD_CODE_PATTERN.exec(code);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `C-${String(highest + 1).padStart(2, '0')}`;
}

/**
 * Where the claim stands for this child. Reported: the mother raised it. Under assessment: the
 * mission or the Member State examines it (¶62). DNA requested: a test is asked for, where national
 * law accepts it and the mother wishes it (domain.md §1). Established / not established: the
 * outcome. Withdrawn: the mother (or guardian) no longer pursues it — her wishes decide.
 */
export const PATERNITY_CHILD_STATUSES = [
  'reported',
  'under_assessment',
  'dna_requested',
  'established',
  'not_established',
  'withdrawn',
] as const;
export const PaternityChildStatus = z.enum(PATERNITY_CHILD_STATUSES);
export type PaternityChildStatus = z.infer<typeof PaternityChildStatus>;

export const DNA_RESULTS = ['match', 'no_match', 'inconclusive'] as const;
export const DnaResult = z.enum(DNA_RESULTS);
export type DnaResult = z.infer<typeof DnaResult>;

export const STATE_CONTACT_CHANNELS = ['note_verbale', 'letter', 'email', 'meeting', 'telephone', 'other'] as const;
export const StateContactChannel = z.enum(STATE_CONTACT_CHANNELS);
export type StateContactChannel = z.infer<typeof StateContactChannel>;

/** DNA, step by step: a sample needs the mother's (or guardian's) recorded consent to forensic sampling. */
const DnaSteps = z
  .object({
    sampleTakenOn: CalendarDate.optional(),
    sampleSentOn: CalendarDate.optional(),
    result: DnaResult.optional(),
    resultOn: CalendarDate.optional(),
  })
  .strict();

export const MemberStateContact = z
  .object({
    /** The State as named in correspondence (e.g. its permanent mission): never a person. */
    state: z.string().trim().min(1).max(200),
    on: CalendarDate,
    how: StateContactChannel,
    /** The follow-up register's item, when one was opened for this contact. */
    followUpItemId: RecordId.optional(),
  })
  .strict();
export type MemberStateContact = z.infer<typeof MemberStateContact>;

export const ChildSupport = z
  .object({
    /** As ordered or paid, in its currency (e.g. "USD 150 a month"). */
    amount: z.string().trim().min(1).max(200).optional(),
    orderedOn: CalendarDate.optional(),
    lastPaidOn: CalendarDate.optional(),
  })
  .strict();
export type ChildSupport = z.infer<typeof ChildSupport>;

/** What the investigator writes about a child's claim; code, case and times come from the core. */
export const PaternityChildFields = z
  .object({
    motherId: RecordId,
    subjectId: RecordId,
    /** A birth not yet happened or not known exactly is written as uncertain as it is. */
    birth: UncertainDate,
    reportedOn: CalendarDate,
    status: PaternityChildStatus,
    dna: DnaSteps.default({}),
    memberStateContact: MemberStateContact.optional(),
    support: ChildSupport.default({}),
    note: z.string().max(5_000).optional(),
    /** A child's record is strictly confidential unless lowered on purpose. */
    confidentiality: Confidentiality.default('strictly_confidential'),
  })
  .strict();
export type PaternityChildFields = z.infer<typeof PaternityChildFields>;

export const PaternityChild = z
  .object({
    ...caseRecordKeys,
    code: ChildCode,
    ...PaternityChildFields.shape,
    motherCode: z.string(),
    subjectCode: z.string(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .strict();
export type PaternityChild = z.infer<typeof PaternityChild>;

/**
 * What is wrong across the fields of a child record: DNA steps out of order, or a date after
 * `today` (the mission's calendar day). Each problem names its field.
 */
export function paternityFieldProblems(fields: PaternityChildFields, today: CalendarDate): CrossFieldProblem[] {
  const problems: CrossFieldProblem[] = [];
  const { dna } = fields;
  const dated: [string, CalendarDate | undefined][] = [
    ['reportedOn', fields.reportedOn],
    ['dna.sampleTakenOn', dna.sampleTakenOn],
    ['dna.sampleSentOn', dna.sampleSentOn],
    ['dna.resultOn', dna.resultOn],
    ['memberStateContact.on', fields.memberStateContact?.on],
    ['support.orderedOn', fields.support.orderedOn],
    ['support.lastPaidOn', fields.support.lastPaidOn],
  ];
  for (const [path, day] of dated) {
    if (day !== undefined && day > today) problems.push({ path, reason: 'paternity.inFuture' });
  }
  if (dna.sampleSentOn !== undefined && (dna.sampleTakenOn === undefined || dna.sampleSentOn < dna.sampleTakenOn)) {
    problems.push({ path: 'dna.sampleSentOn', reason: 'paternity.sentBeforeTaken' });
  }
  if ((dna.result !== undefined) !== (dna.resultOn !== undefined)) {
    problems.push({
      path: dna.result === undefined ? 'dna.result' : 'dna.resultOn',
      reason: 'paternity.resultNeedsDate',
    });
  } else if (dna.resultOn !== undefined && (dna.sampleTakenOn === undefined || dna.resultOn < dna.sampleTakenOn)) {
    problems.push({ path: 'dna.resultOn', reason: 'paternity.resultWithoutSample' });
  }
  return problems;
}

const OPEN: readonly PaternityChildStatus[] = ['reported', 'under_assessment', 'dna_requested'];

/** The case's claim status from its children's: open while any claim is open, else its outcome. */
function caseClaimStatusOf(statuses: readonly PaternityChildStatus[]): PaternityClaimStatus {
  if (statuses.some((status) => OPEN.includes(status))) return 'pending';
  if (statuses.includes('established')) return 'established';
  if (statuses.includes('not_established')) return 'not_established';
  return 'closed';
}

/**
 * The case's paternity claim kept in step with its child records: with at least one child the
 * case has a claim, whose status, DNA sample and first contact with a Member State follow the
 * children; what only the case knows (national law, focal point, the mother's wishes) is kept.
 * Without a child record the case's claim is left as written at intake.
 */
export function claimInStep(current: PaternityClaim, children: readonly PaternityChildFields[]): PaternityClaim {
  if (children.length === 0) return current;
  const contacts = children.flatMap((child) => (child.memberStateContact ? [child.memberStateContact.on] : []));
  const earliestContact = [
    ...contacts,
    ...(current.claimed && current.memberStateNotifiedOn ? [current.memberStateNotifiedOn] : []),
  ]
    .sort()
    .at(0);
  return {
    claimed: true,
    status: caseClaimStatusOf(children.map((child) => child.status)),
    dnaPermittedByNationalLaw: current.claimed ? current.dnaPermittedByNationalLaw : 'unknown',
    dnaSampleTaken: children.some((child) => child.dna.sampleTakenOn !== undefined),
    ...(earliestContact === undefined ? {} : { memberStateNotifiedOn: earliestContact }),
    ...(current.claimed && current.nationalFocalPoint ? { nationalFocalPoint: current.nationalFocalPoint } : {}),
    ...(current.claimed && current.wishesOfMotherOrGuardian
      ? { wishesOfMotherOrGuardian: current.wishesOfMotherOrGuardian }
      : {}),
  };
}
