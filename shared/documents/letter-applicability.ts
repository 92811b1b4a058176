import { isClosedStatus, type CaseStatus } from '../domain/case.js';
import type { FindingOutcome } from '../domain/finding.js';
import type { PersonnelCategory } from '../domain/person.js';
import type { ReasonRef } from '../i18n/catalogue.js';
import type { CaseSnapshot } from '../principles/snapshot.js';
import { TEMPLATE_KINDS, type TemplateKind } from './template.js';

/**
 * Which letter a case's facts call for (domain.md §4). A letter is a legal act: it goes only to
 * the authority that has jurisdiction over the subject's personnel category, and only at the stage
 * the practice sets. Every rule is here, so the New letter dialog, the preview, the register and
 * the CLI decide alike; a letter made although it does not apply needs a reason (the exception).
 */

/** What the rules read: the case's status and each subject with the outcome of its finding in force. */
export interface LetterFacts {
  status: CaseStatus;
  subjects: readonly LetterSubject[];
}

export interface LetterSubject {
  id: string;
  code: string;
  category: PersonnelCategory;
  /** null: no finding recorded yet. */
  outcome: FindingOutcome | null;
}

/**
 * The facts the rules read, from the same snapshot a letter is merged from: each subject of the
 * case (by code order) with the outcome of its finding in force; a subject without one reads null.
 */
export function letterFactsOf(snapshot: CaseSnapshot): LetterFacts {
  const outcomeOf = new Map((snapshot.subjectOutcomes ?? []).map((entry) => [entry.code, entry.outcome]));
  const subjects = snapshot.people
    .flatMap((person) => (person.role === 'subject' ? [person] : []))
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
    .map((person): LetterSubject => ({
      id: person.id,
      code: person.code,
      category: person.personnelCategory,
      outcome: outcomeOf.get(person.code) ?? null,
    }));
  return { status: snapshot.case.status, subjects };
}

/**
 * UN officials and experts on mission, whom GA resolutions 62/63 and 64/110 cover: staff,
 * volunteers, individual police officers, military observers and staff officers. Contingent and
 * formed police unit members answer to their contributing country; contractors, partners and
 * non-UN forces to neither resolution.
 */
const OFFICIALS_AND_EXPERTS_ON_MISSION: readonly PersonnelCategory[] = [
  'civilian_int',
  'civilian_ns',
  'civilian_unv',
  'military_mo',
  'police_unpol',
];

type ReferralKind = Exclude<TemplateKind, ClosureKind>;
type ClosureKind = 'closure_substantiated' | 'closure_not_substantiated' | 'closure_other';
type ClosedCaseStatus = 'substantiated' | 'not_substantiated' | 'closed_other';

interface ReferralRule {
  /** Whom the letter may concern. */
  categories: readonly PersonnelCategory[];
  /** Made once the investigation has substantiated the allegation against that subject. */
  afterSubstantiation: boolean;
}

const REFERRAL_RULES: Readonly<Record<ReferralKind, ReferralRule>> = {
  // Through OLA, once the UN's investigation finds the allegation credible (A/72/751 ¶46).
  member_state_referral: { categories: OFFICIALS_AND_EXPERTS_ON_MISSION, afterSubstantiation: true },
  // At notification time, to appoint a National Investigation Officer (¶42, ¶73): the country has jurisdiction.
  tcc_notification: { categories: ['military_mc', 'police_fpu'], afterSubstantiation: false },
  // Disciplinary action on a substantiated case: staff to human resources, volunteers to their programme.
  hr_referral: { categories: ['civilian_int', 'civilian_ns'], afterSubstantiation: true },
  unv_referral: { categories: ['civilian_unv'], afterSubstantiation: true },
};

/** The status a closure letter tells the victim about. */
const CLOSURE_STATUS: Readonly<Record<ClosureKind, ClosedCaseStatus>> = {
  closure_substantiated: 'substantiated',
  closure_not_substantiated: 'not_substantiated',
  closure_other: 'closed_other',
};

const isReferralKind = (kind: TemplateKind): kind is ReferralKind => Object.hasOwn(REFERRAL_RULES, kind);

export type LetterFit =
  | { applies: true }
  | {
      applies: false;
      /** Why not, in the words of the catalogue (errors.letters.*). */
      because: ReasonRef;
    };

/** Whether a referral or notification of `kind` may concern `subject` now. */
function referralFit(kind: ReferralKind, subject: LetterSubject): LetterFit {
  const rule = REFERRAL_RULES[kind];
  if (!rule.categories.includes(subject.category)) {
    return {
      applies: false,
      because: {
        reason: 'letters.subjectCategoryMismatch',
        params: { person: subject.code, category: subject.category, kind, allowed: rule.categories },
      },
    };
  }
  if (rule.afterSubstantiation && subject.outcome !== 'substantiated') {
    return {
      applies: false,
      because:
        subject.outcome === null
          ? { reason: 'letters.awaitsFinding', params: { person: subject.code, kind } }
          : {
              reason: 'letters.findingNotSubstantiated',
              params: { person: subject.code, kind, outcome: subject.outcome },
            },
    };
  }
  return { applies: true };
}

/** Whether a closure letter of `kind` fits the case's status. */
function closureFit(kind: ClosureKind, status: CaseStatus): LetterFit {
  const expected = CLOSURE_STATUS[kind];
  if (status === expected) return { applies: true };
  return {
    applies: false,
    because: isClosedStatus(status)
      ? { reason: 'letters.closureOtherOutcome', params: { expected, actual: status as ClosedCaseStatus } }
      : { reason: 'letters.closureCaseOpen', params: { status } },
  };
}

/** One kind of letter for this case: the subjects it may concern now, or why it does not apply. */
export interface KindApplicability {
  kind: TemplateKind;
  /** Referrals: the subjects it may concern; empty for a closure letter. */
  subjectIds: string[];
  /** Empty when the letter applies; otherwise one reason per subject (or the case's for a closure letter). */
  reasons: ReasonRef[];
}

/** Every kind of letter, in the catalogue's order, with whom it may concern or why it does not apply. */
export function applicableLetters(facts: LetterFacts): KindApplicability[] {
  return TEMPLATE_KINDS.map((kind): KindApplicability => {
    if (!isReferralKind(kind)) {
      const fit = closureFit(kind, facts.status);
      return { kind, subjectIds: [], reasons: fit.applies ? [] : [fit.because] };
    }
    if (facts.subjects.length === 0) {
      return { kind, subjectIds: [], reasons: [{ reason: 'letters.noSubjectYet', params: { kind } }] };
    }
    const fits = facts.subjects.map((subject) => ({ subject, fit: referralFit(kind, subject) }));
    const subjectIds = fits.filter(({ fit }) => fit.applies).map(({ subject }) => subject.id);
    return {
      kind,
      subjectIds,
      reasons: subjectIds.length > 0 ? [] : fits.flatMap(({ fit }) => (fit.applies ? [] : [fit.because])),
    };
  });
}

/**
 * Whether a letter of `kind`, about `subjectId` where it names one, may be made now: the one check
 * the preview and the register apply. A referral without a subject named concerns the case's only
 * subject (merge-data.ts asks to choose when there are several).
 */
export function letterFit(kind: TemplateKind, facts: LetterFacts, subjectId: string | undefined): LetterFit {
  if (!isReferralKind(kind)) return closureFit(kind, facts.status);
  const subject =
    subjectId === undefined
      ? facts.subjects.length === 1
        ? facts.subjects[0]
        : undefined
      : facts.subjects.find((candidate) => candidate.id === subjectId);
  if (subject === undefined) {
    // No subject, or several and none chosen: merge-data.ts refuses it in its own words.
    return facts.subjects.length === 0
      ? { applies: false, because: { reason: 'letters.noSubjectYet', params: { kind } } }
      : { applies: true };
  }
  return referralFit(kind, subject);
}
