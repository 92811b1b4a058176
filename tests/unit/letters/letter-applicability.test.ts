import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../../../shared/domain/case.js';
import { FINDING_OUTCOMES, type FindingOutcome } from '../../../shared/domain/finding.js';
import { PERSONNEL_CATEGORIES, type PersonnelCategory } from '../../../shared/domain/person.js';
import {
  applicableLetters,
  letterFit,
  type LetterFacts,
  type LetterSubject,
} from '../../../shared/documents/letter-applicability.js';
import { messageText } from '../../../shared/i18n/messages.js';

const subject = (category: PersonnelCategory, outcome: FindingOutcome | null, code = 'S-01'): LetterSubject => ({
  id: `id-${code}`,
  code,
  category,
  outcome,
});

/** Who each referral is for, written out from domain.md §4 (not from the module under test). */
const EXPECTED_CATEGORIES = {
  member_state_referral: ['civilian_int', 'civilian_ns', 'civilian_unv', 'military_mo', 'police_unpol'],
  tcc_notification: ['military_mc', 'police_fpu'],
  hr_referral: ['civilian_int', 'civilian_ns'],
  unv_referral: ['civilian_unv'],
} as const;
const AFTER_SUBSTANTIATION = new Set(['member_state_referral', 'hr_referral', 'unv_referral']);

describe('which referral a subject calls for', () => {
  const outcomes = [null, ...FINDING_OUTCOMES];
  for (const [kind, categories] of Object.entries(EXPECTED_CATEGORIES)) {
    it(`${kind}: only ${categories.join(', ')}${AFTER_SUBSTANTIATION.has(kind) ? ', once substantiated' : ''}`, () => {
      for (const category of PERSONNEL_CATEGORIES) {
        for (const outcome of outcomes) {
          const facts: LetterFacts = { status: 'under_investigation', subjects: [subject(category, outcome)] };
          const fit = letterFit(kind as keyof typeof EXPECTED_CATEGORIES, facts, undefined);
          const expected =
            (categories as readonly string[]).includes(category) &&
            (!AFTER_SUBSTANTIATION.has(kind) || outcome === 'substantiated');
          expect({ category, outcome, applies: fit.applies }).toEqual({ category, outcome, applies: expected });
        }
      }
    });
  }

  it('says why in words: the category, or the finding awaited', () => {
    const officer = { status: 'under_investigation', subjects: [subject('police_unpol', null)] } as const;
    const tcc = letterFit('tcc_notification', officer, undefined);
    expect(tcc.applies).toBe(false);
    if (tcc.applies) return;
    expect(messageText('en', `errors.${tcc.because.reason}`, tcc.because.params)).toBe(
      'S-01 is “Police (UNPOL)”: a “Notification to a troop/police-contributing country” concerns only ' +
        'Military (MC) — contingent member or Police (FPU).',
    );
    const referral = letterFit('member_state_referral', officer, undefined);
    expect(referral.applies).toBe(false);
    if (referral.applies) return;
    expect(messageText('en', `errors.${referral.because.reason}`, referral.because.params)).toBe(
      'A “Referral to a Member State (through OLA)” about S-01 is made once the investigation has found the ' +
        'allegation substantiated, and no finding is recorded for S-01 yet.',
    );
  });
});

describe('closure letters', () => {
  it('fit only the status they tell the victim about', () => {
    const kinds = { substantiated: 'closure_substantiated', not_substantiated: 'closure_not_substantiated' } as const;
    for (const status of CASE_STATUSES) {
      // A case without subjects, closed by hand, with one victim: her letter is the case's outcome.
      const victims = [{ id: 'v1', code: 'V-01', closure: null }];
      const fits = applicableLetters({ status, subjects: [], victims, closureGround: 'subject_not_identified' })
        .filter((entry) => entry.kind.startsWith('closure_') && entry.reasons.length === 0)
        .map((entry) => entry.kind);
      const expected =
        status === 'closed_other' ? ['closure_other'] : status in kinds ? [kinds[status as keyof typeof kinds]] : [];
      expect({ status, fits }).toEqual({ status, fits: expected });
    }
  });
});

describe('applicableLetters', () => {
  it('lists, for two subjects, whom each referral may concern, and the reasons where none', () => {
    const facts: LetterFacts = {
      status: 'under_investigation',
      subjects: [subject('military_mc', 'substantiated', 'S-01'), subject('police_unpol', null, 'S-02')],
      victims: [{ id: 'v1', code: 'V-01', closure: null }],
    };
    const byKind = Object.fromEntries(applicableLetters(facts).map((entry) => [entry.kind, entry]));
    expect(byKind['tcc_notification']).toMatchObject({ subjectIds: ['id-S-01'], reasons: [] });
    expect(byKind['member_state_referral']?.subjectIds).toEqual([]);
    expect(byKind['member_state_referral']?.reasons.map((reason) => reason.reason)).toEqual([
      'letters.subjectCategoryMismatch',
      'letters.awaitsFinding',
    ]);
    // Her letter waits for a finding on every subject.
    expect(byKind['closure_substantiated']?.reasons).toEqual([
      { reason: 'letters.closureAwaitsFindings', params: { person: 'V-01', missing: ['S-02'] } },
    ]);
  });

  it('a referral with no subject recorded says so', () => {
    const entry = applicableLetters({ status: 'preliminary_assessment', subjects: [] }).find(
      (candidate) => candidate.kind === 'hr_referral',
    );
    expect(entry?.reasons).toEqual([{ reason: 'letters.noSubjectYet', params: { kind: 'hr_referral' } }]);
    expect(messageText('en', 'errors.letters.noSubjectYet', { kind: 'hr_referral' })).toBe(
      'A “Referral to human resources” concerns a subject, and no subject is recorded in this case yet.',
    );
  });

  it('says in French which category a referral concerns, the letter named as the other reasons name it', () => {
    const params = { person: 'S-01', category: 'military_mc', kind: 'hr_referral', allowed: ['civilian_int'] };
    // « Renvoi aux ressources humaines » is masculine: "une « Renvoi »" was wrong, "la lettre « … »" never is.
    expect(messageText('fr', 'errors.letters.subjectCategoryMismatch', params)).toBe(
      'S-01 relève de la catégorie « Militaire (membre de contingent) » : la lettre « Renvoi aux ressources ' +
        'humaines » ne concerne que Civil (recrutement international).',
    );
  });
});
