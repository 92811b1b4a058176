import type { CalendarDate } from '../domain/calendar.js';
import { isClosedStatus, type ClosureGround, type InvestigatingEntity } from '../domain/case.js';
import type { WithoutInvestigationGround } from '../domain/finding.js';
import type { ReasonRef } from '../i18n/catalogue.js';
import type { LetterFacts, LetterFit, LetterSubject } from './letter-applicability.js';

/**
 * Which closure letter each victim is owed, and when (issue 11, items 1 and 6). A victim is told how
 * the matter ended for HER: once a finding is recorded on every subject her allegation is against
 * (all the case's subjects when that link is not recorded; not only once the case's status says
 * closed), or once why the matter closed for her is recorded (she withdrew while the case goes on, say).
 * A ground that speaks of one victim ("you chose not to take part") is told to a victim only from her
 * own record, or when she is the case's only victim. The letter also says
 * who decided the outcome: the entities that decided the findings, her record's, or the case's.
 */

export type ClosureKind = 'closure_substantiated' | 'closure_not_substantiated' | 'closure_other';
type ClosedStatus = 'substantiated' | 'not_substantiated' | 'closed_other';

const STATUS_OF_KIND: Readonly<Record<ClosureKind, ClosedStatus>> = {
  closure_substantiated: 'substantiated',
  closure_not_substantiated: 'not_substantiated',
  closure_other: 'closed_other',
};
const KIND_OF_STATUS: Readonly<Record<ClosedStatus, ClosureKind>> = {
  substantiated: 'closure_substantiated',
  not_substantiated: 'closure_not_substantiated',
  closed_other: 'closure_other',
};

/** A victim as the closure rules read her: her closure record in force, if any. */
export interface LetterVictim {
  id: string;
  code: string;
  /** The subjects her allegation is against; undefined: not recorded, every subject of the case. */
  subjectIds?: readonly string[] | undefined;
  closure: {
    ground: WithoutInvestigationGround;
    reasonToVictim?: string | undefined;
    decidedBy: InvestigatingEntity;
    decidedOn?: CalendarDate | undefined;
  } | null;
}

export type VictimOutcome =
  | {
      kind: ClosureKind;
      /** closure_other: the ground her letter words (null: the general words). */
      ground: WithoutInvestigationGround | null;
      /** Her record's own words for the ground 'other'. */
      reasonToVictim?: string | undefined;
      /** Who decided, each once, in the order met. */
      decidedBy: InvestigatingEntity[];
      /**
       * When the matter ended for her: the latest decision among her subjects' findings, or her own
       * record's; null when that date is not recorded (a case closed by hand: its status's date).
       */
      decidedOn: CalendarDate | null;
    }
  | { kind: null; because: ReasonRef };

/** Grounds that speak of the victim herself: true of one victim, not necessarily of another. */
const PERSONAL_GROUNDS: readonly ClosureGround[] = ['victim_declined_to_participate'];

const distinct = <T>(values: readonly (T | undefined | null)[]): T[] => [
  ...new Set(values.filter((value): value is T => value !== undefined && value !== null)),
];

const isWithoutInvestigationGround = (ground: ClosureGround): ground is WithoutInvestigationGround =>
  ['victim_declined_to_participate', 'subject_not_identified', 'subject_separated_from_service', 'other'].includes(
    ground,
  );

/**
 * The case's or the findings' ground as her letter may say it: a personal ground only when she is
 * the case's only victim (else her own record is needed), a ground of several kinds as the general words.
 */
function sharedGround(
  facts: LetterFacts,
  victim: LetterVictim,
  grounds: readonly ClosureGround[],
): { ground: WithoutInvestigationGround | null } | { because: ReasonRef } {
  const kinds = distinct(grounds).filter(isWithoutInvestigationGround);
  if (kinds.some((ground) => PERSONAL_GROUNDS.includes(ground)) && (facts.victims?.length ?? 0) > 1) {
    return { because: { reason: 'letters.closureVictimGroundMissing', params: { person: victim.code } } };
  }
  return { ground: kinds.length === 1 ? (kinds[0] as WithoutInvestigationGround) : null };
}

/**
 * The subjects whose findings decide her outcome: those her allegation is against where recorded,
 * else every subject of the case (a link naming none of the case's subjects counts as no link).
 */
function subjectsOf(facts: LetterFacts, victim: LetterVictim): readonly LetterSubject[] {
  if (victim.subjectIds === undefined) return facts.subjects;
  const hers = facts.subjects.filter((subject) => victim.subjectIds?.includes(subject.id));
  return hers.length > 0 ? hers : facts.subjects;
}

/** The latest of the decision dates (ISO dates compare as text), or null when none is recorded. */
const latestDate = (dates: readonly (CalendarDate | undefined)[]): CalendarDate | null =>
  dates.reduce<CalendarDate | null>(
    (latest, date) => (date !== undefined && (latest === null || date > latest) ? date : latest),
    null,
  );

/** The most subjects a reason names: a case may have thousands, and the reason is read by a person. */
const CODES_NAMED_MAX = 10;

/** The codes, the first few when there are many (an ellipsis for the rest): a list each language writes its own way. */
const codesNamed = (codes: readonly string[]): string[] =>
  codes.length > CODES_NAMED_MAX ? [...codes.slice(0, CODES_NAMED_MAX), '…'] : [...codes];

/** How the matter ended for `victim`, or why her letter cannot be made yet. */
export function victimOutcome(facts: LetterFacts, victim: LetterVictim): VictimOutcome {
  const subjects = subjectsOf(facts, victim);
  const own = victim.closure;
  if (subjects.length > 0 && subjects.every((subject) => subject.outcome !== null)) {
    const decidedOn = latestDate(subjects.map((s) => s.decidedOn));
    const decided = (outcomes: readonly string[]) => subjects.filter((s) => outcomes.includes(s.outcome ?? ''));
    const substantiated = decided(['substantiated']);
    if (substantiated.length > 0) {
      return {
        kind: 'closure_substantiated',
        ground: null,
        decidedBy: distinct(substantiated.map((s) => s.decidingEntity)),
        decidedOn,
      };
    }
    const investigated = decided(['not_substantiated', 'insufficient_evidence']);
    if (investigated.length > 0) {
      return {
        kind: 'closure_not_substantiated',
        ground: null,
        decidedBy: distinct(investigated.map((s) => s.decidingEntity)),
        decidedOn,
      };
    }
    if (own) return ownOutcome(own);
    const shared = sharedGround(
      facts,
      victim,
      subjects.map((s) => s.closureGround ?? 'other'),
    );
    if ('because' in shared) return { kind: null, because: shared.because };
    return {
      kind: 'closure_other',
      ground: shared.ground,
      decidedBy: distinct(subjects.map((s) => s.decidingEntity)),
      decidedOn,
    };
  }
  // Her part closed while the findings on her subjects are awaited.
  if (own) return ownOutcome(own);
  if (subjects.length > 0) {
    const missing = subjects.filter((subject) => subject.outcome === null).map((subject) => subject.code);
    return {
      kind: null,
      because: {
        reason: 'letters.closureAwaitsFindings',
        params: { person: victim.code, missing: codesNamed(missing) },
      },
    };
  }
  // A case without subjects is closed by hand, with its status and ground.
  if (!isClosedStatus(facts.status)) {
    return { kind: null, because: { reason: 'letters.closureCaseOpen', params: { status: facts.status } } };
  }
  const status = facts.status as ClosedStatus;
  const decidedBy = distinct([facts.closedBy ?? null]);
  if (status !== 'closed_other') return { kind: KIND_OF_STATUS[status], ground: null, decidedBy, decidedOn: null };
  const shared = sharedGround(facts, victim, facts.closureGround ? [facts.closureGround] : []);
  if ('because' in shared) return { kind: null, because: shared.because };
  return { kind: 'closure_other', ground: shared.ground, decidedBy, decidedOn: null };
}

/** Her own closure record: its ground, who decided and when. */
const ownOutcome = (own: NonNullable<LetterVictim['closure']>): VictimOutcome => ({
  kind: 'closure_other',
  ground: own.ground,
  ...(own.reasonToVictim !== undefined ? { reasonToVictim: own.reasonToVictim } : {}),
  decidedBy: [own.decidedBy],
  decidedOn: own.decidedOn ?? null,
});

/** Whether the closure letter of `kind` is the one `victim` is owed now. */
export function closureFit(kind: ClosureKind, facts: LetterFacts, victim: LetterVictim): LetterFit {
  return outcomeFit(kind, victim, victimOutcome(facts, victim));
}

/** Whether the closure letter of `kind` is the one `victim` is owed, her outcome known (read once for every kind). */
export function outcomeFit(kind: ClosureKind, victim: LetterVictim, outcome: VictimOutcome): LetterFit {
  if (outcome.kind === null) return { applies: false, because: outcome.because };
  if (outcome.kind === kind) return { applies: true };
  return {
    applies: false,
    because: {
      reason: 'letters.closureVictimOtherOutcome',
      params: { person: victim.code, actual: STATUS_OF_KIND[outcome.kind] },
    },
  };
}
