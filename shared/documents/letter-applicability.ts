import type { CalendarDate } from '../domain/calendar.js';
import type { CaseStatus, ClosureGround, InvestigatingEntity } from '../domain/case.js';
import { currentClosureGround } from '../domain/case.js';
import type { FindingOutcome } from '../domain/finding.js';
import type { PersonnelCategory } from '../domain/person.js';
import type { ReasonRef } from '../i18n/catalogue.js';
import type { CaseSnapshot } from '../principles/snapshot.js';
import { closureFit, outcomeFit, victimOutcome, type ClosureKind, type LetterVictim } from './closure-applicability.js';
import { OFFICIALS_AND_EXPERTS_ON_MISSION } from './legal-basis.js';
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
  /** Each victim with why the matter closed for her, where recorded: closure letters are per victim (absent: none). */
  victims?: readonly LetterVictim[];
  /** A case closed by hand: its ground, and the entity that investigated it (who decided). */
  closureGround?: ClosureGround | null;
  closedBy?: InvestigatingEntity | null;
}

export interface LetterSubject {
  id: string;
  code: string;
  category: PersonnelCategory;
  /** null: no finding recorded yet. */
  outcome: FindingOutcome | null;
  /** Of the finding in force: a closure without investigation's ground, and who decided (closure letters). */
  closureGround?: ClosureGround | undefined;
  decidingEntity?: InvestigatingEntity | undefined;
  /** When the finding in force was decided: a closure letter's date of the outcome. */
  decidedOn?: CalendarDate | undefined;
}

/**
 * The facts the rules read, from the same snapshot a letter is merged from: each subject of the
 * case (by code order) with the outcome of its finding in force; a subject without one reads null.
 */
export function letterFactsOf(snapshot: CaseSnapshot): LetterFacts {
  const findingOf = new Map((snapshot.subjectOutcomes ?? []).map((entry) => [entry.code, entry]));
  const subjects = snapshot.people
    .flatMap((person) => (person.role === 'subject' ? [person] : []))
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
    .map((person): LetterSubject => ({
      id: person.id,
      code: person.code,
      category: person.personnelCategory,
      outcome: findingOf.get(person.code)?.outcome ?? null,
      closureGround: findingOf.get(person.code)?.closureGround,
      decidingEntity: findingOf.get(person.code)?.decidingEntity,
      decidedOn: findingOf.get(person.code)?.decidedOn,
    }));
  const closureOf = new Map((snapshot.victimClosures ?? []).map((closure) => [closure.personId, closure]));
  const victims = snapshot.people
    .flatMap((person) => (person.role === 'victim' ? [person] : []))
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
    .map((person): LetterVictim => {
      const closure = closureOf.get(person.id);
      return {
        id: person.id,
        code: person.code,
        subjectIds: person.allegedSubjectIds,
        closure: closure
          ? {
              ground: closure.ground,
              reasonToVictim: closure.reasonToVictim,
              decidedBy: closure.decidedBy,
              decidedOn: closure.decidedOn,
            }
          : null,
      };
    });
  return {
    status: snapshot.case.status,
    subjects,
    victims,
    closureGround: currentClosureGround(snapshot.case),
    closedBy: snapshot.case.investigatingEntity ?? null,
  };
}

type ReferralKind = Exclude<TemplateKind, ClosureKind>;

interface ReferralRule {
  /** Whom the letter may concern. */
  categories: readonly PersonnelCategory[];
  /**
   * When it may be made: at once (a notification); once a finding about that subject is recorded,
   * whatever its outcome (the follow-up asking what was done); once the finding substantiates it.
   */
  stage: 'notification' | 'finding' | 'substantiation';
}

const REFERRAL_RULES: Readonly<Record<ReferralKind, ReferralRule>> = {
  // Through OLA, once the UN's investigation finds the allegation credible (A/72/751 ¶46).
  member_state_referral: { categories: OFFICIALS_AND_EXPERTS_ON_MISSION, stage: 'substantiation' },
  // At notification time, to appoint a National Investigation Officer (¶42, ¶73): the country has jurisdiction.
  tcc_notification: { categories: ['military_mc', 'police_fpu'], stage: 'notification' },
  // After the investigation, whatever it found: what action did the country take (¶47, ¶66)?
  tcc_follow_up: { categories: ['military_mc', 'police_fpu'], stage: 'finding' },
  // Disciplinary action on a substantiated case: staff to human resources, volunteers to their programme.
  hr_referral: { categories: ['civilian_int', 'civilian_ns'], stage: 'substantiation' },
  unv_referral: { categories: ['civilian_unv'], stage: 'substantiation' },
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
  if (rule.stage === 'finding' && subject.outcome === null) {
    return { applies: false, because: { reason: 'letters.awaitsAnyFinding', params: { person: subject.code, kind } } };
  }
  if (rule.stage === 'substantiation' && subject.outcome !== 'substantiated') {
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

/** One kind of letter for this case: the subjects it may concern now, or why it does not apply. */
export interface KindApplicability {
  kind: TemplateKind;
  /** Referrals: the subjects it may concern; empty for a closure letter. */
  subjectIds: string[];
  /** Closure letters: every victim, with why her letter is not this one (yet), or null when it is. */
  victims: { id: string; because: ReasonRef | null }[];
  /** Empty when the letter applies; otherwise one reason per subject (or the case's for a closure letter). */
  reasons: ReasonRef[];
}

/** Every kind of letter, in the catalogue's order, with whom it may concern or why it does not apply. */
export function applicableLetters(facts: LetterFacts): KindApplicability[] {
  // How the matter ended for each victim, read once for the three closure letters.
  const outcomes = (facts.victims ?? []).map((victim) => ({ victim, outcome: victimOutcome(facts, victim) }));
  return TEMPLATE_KINDS.map((kind): KindApplicability => {
    if (!isReferralKind(kind)) {
      if (outcomes.length === 0) {
        return { kind, subjectIds: [], victims: [], reasons: [{ reason: 'letters.noVictimYet' }] };
      }
      const victims = outcomes.map(({ victim, outcome }) => {
        const fit = outcomeFit(kind, victim, outcome);
        return { id: victim.id, because: fit.applies ? null : fit.because };
      });
      const applies = victims.some((victim) => victim.because === null);
      return {
        kind,
        subjectIds: [],
        victims,
        reasons: applies ? [] : victims.flatMap((victim) => (victim.because ? [victim.because] : [])),
      };
    }
    if (facts.subjects.length === 0) {
      return { kind, subjectIds: [], victims: [], reasons: [{ reason: 'letters.noSubjectYet', params: { kind } }] };
    }
    const fits = facts.subjects.map((subject) => ({ subject, fit: referralFit(kind, subject) }));
    const subjectIds = fits.filter(({ fit }) => fit.applies).map(({ subject }) => subject.id);
    return {
      kind,
      subjectIds,
      victims: [],
      reasons: subjectIds.length > 0 ? [] : fits.flatMap(({ fit }) => (fit.applies ? [] : [fit.because])),
    };
  });
}

/**
 * Whether a letter of `kind`, about `personId` where it names one (a referral's subject, a closure
 * letter's victim), may be made now: the one check the preview and the register apply. A referral
 * without a subject named concerns the case's only subject (merge-data.ts asks to choose when
 * there are several); a closure letter always names its victim (merge-data.ts asks for her).
 */
export function letterFit(kind: TemplateKind, facts: LetterFacts, personId: string | undefined): LetterFit {
  const subjectId = personId;
  if (!isReferralKind(kind)) {
    const victim = facts.victims?.find((candidate) => candidate.id === personId);
    if (victim === undefined) {
      return !facts.victims?.length
        ? { applies: false, because: { reason: 'letters.noVictimYet' } }
        : { applies: true };
    }
    return closureFit(kind, facts, victim);
  }
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
