import { describe, expect, it } from 'vitest';
import { FINDING_OUTCOMES } from '../../../shared/domain/finding.js';
import { PERSONNEL_CATEGORIES, type PersonnelCategory } from '../../../shared/domain/person.js';
import { legalBasisOf, type Instrument } from '../../../shared/documents/legal-basis.js';
import { letterFit } from '../../../shared/documents/letter-applicability.js';
import { isPlaceholderName, letterWarnings } from '../../../shared/documents/letter-warnings.js';
import { messageText } from '../../../shared/i18n/messages.js';

/**
 * Whom each instrument covers, written out from domain.md §4 and the brief (not read from the module):
 * GA res. 62/63 and 64/110 for officials and experts on mission; the model MOU for contingent and
 * formed police unit members; the Staff Regulations and Rules for staff; the UNV conditions for volunteers.
 */
const COVERED: Readonly<Record<Instrument, readonly PersonnelCategory[]>> = {
  ga_resolutions: ['civilian_int', 'civilian_ns', 'civilian_unv', 'military_mo', 'police_unpol'],
  model_mou: ['military_mc', 'police_fpu'],
  staff_rules: ['civilian_int', 'civilian_ns'],
  unv_conditions: ['civilian_unv'],
};

describe('the legal basis of a referral', () => {
  it('never names an instrument that does not cover the subject, whatever the letter and the category', () => {
    const kinds = [
      'member_state_referral',
      'tcc_notification',
      'tcc_follow_up',
      'hr_referral',
      'unv_referral',
    ] as const;
    for (const kind of kinds) {
      for (const category of PERSONNEL_CATEGORIES) {
        const instrument = legalBasisOf(kind, category);
        if (instrument !== null)
          expect({ kind, category, covered: COVERED[instrument].includes(category) }).toEqual({
            kind,
            category,
            covered: true,
          });
      }
    }
  });

  it('rests each letter on its own instrument for the people it is for', () => {
    expect(legalBasisOf('member_state_referral', 'police_unpol')).toBe('ga_resolutions');
    expect(legalBasisOf('member_state_referral', 'military_mo')).toBe('ga_resolutions');
    // As an exception about a contingent member: the memorandum, never the resolutions.
    expect(legalBasisOf('member_state_referral', 'military_mc')).toBe('model_mou');
    expect(legalBasisOf('member_state_referral', 'contractor')).toBeNull();
    expect(legalBasisOf('tcc_notification', 'police_fpu')).toBe('model_mou');
    expect(legalBasisOf('tcc_notification', 'police_unpol')).toBeNull();
    expect(legalBasisOf('tcc_follow_up', 'military_mc')).toBe('model_mou');
    expect(legalBasisOf('hr_referral', 'civilian_ns')).toBe('staff_rules');
    expect(legalBasisOf('hr_referral', 'civilian_unv')).toBeNull();
    expect(legalBasisOf('unv_referral', 'civilian_unv')).toBe('unv_conditions');
    expect(legalBasisOf('closure_substantiated', 'civilian_int')).toBeNull();
  });
});

describe('the follow-up to a contributing country (¶66)', () => {
  it('applies to contingent and formed police unit members once any finding is recorded, and only then', () => {
    for (const category of PERSONNEL_CATEGORIES) {
      for (const outcome of [null, ...FINDING_OUTCOMES]) {
        const facts = {
          status: 'under_investigation' as const,
          subjects: [{ id: 's', code: 'S-01', category, outcome }],
        };
        const expected = (category === 'military_mc' || category === 'police_fpu') && outcome !== null;
        expect({ category, outcome, applies: letterFit('tcc_follow_up', facts, undefined).applies }).toEqual({
          category,
          outcome,
          applies: expected,
        });
      }
    }
  });

  it('says it waits for a finding, not for a substantiated one', () => {
    const facts = {
      status: 'under_investigation' as const,
      subjects: [{ id: 's', code: 'S-01', category: 'military_mc' as const, outcome: null }],
    };
    const fit = letterFit('tcc_follow_up', facts, undefined);
    if (fit.applies) throw new Error('expected a refusal');
    expect(messageText('en', `errors.${fit.because.reason}`, fit.because.params)).toBe(
      'A “Follow-up to a troop/police-contributing country: action taken” about S-01 is made once the ' +
        'investigation has ended with a finding, and no finding is recorded for S-01 yet.',
    );
  });
});

describe('warnings before a letter is made', () => {
  const named = {
    author: { name: 'Claire Signatory', title: 'Chief, Investigations Division' },
    contact: { name: 'Paul Contact' },
    reportReference: 'OIOS-ID-0117-26',
    noteNumber: 'OLA/2026/0412',
  };
  const today = '2026-06-15';

  it('flags none for a letter with a named signatory, contact, report and note', () => {
    expect(letterWarnings({ kind: 'member_state_referral', particulars: named, today })).toEqual([]);
  });

  it('flags the old default signatory and contact as placeholders, in any of our languages', () => {
    for (const name of ['The investigator in charge', 'L’enquêteur ou l’enquêtrice en charge', 'المحقق المسؤول']) {
      expect(isPlaceholderName(name), name).toBe(true);
    }
    expect(isPlaceholderName('Claire Signatory')).toBe(false);
    const codes = letterWarnings({
      kind: 'tcc_notification',
      particulars: { ...named, author: { name: 'The investigator in charge', title: '' }, contact: { name: 'TBD' } },
      today,
    }).map((warning) => warning.code);
    expect(codes).toEqual(['signatoryPlaceholder', 'contactPlaceholder']);
  });

  it('flags a missing signatory, its title, a reply date not after the letter, a missing report and note', () => {
    expect(letterWarnings({ kind: 'hr_referral', particulars: {}, today }).map((warning) => warning.code)).toEqual([
      'signatoryMissing',
      'contactMissing',
      'reportReferenceMissing',
    ]);
    const past = letterWarnings({
      kind: 'member_state_referral',
      particulars: {
        author: { name: 'Claire Signatory', title: '' },
        replyBy: '2026-06-15',
      },
      today,
    });
    expect(past).toEqual([
      { code: 'signatoryTitleMissing' },
      { code: 'replyByPast', date: '2026-06-15' },
      { code: 'reportReferenceMissing' },
      { code: 'noteNumberMissing' },
    ]);
    // The finding's own report reference is enough.
    const withFinding = letterWarnings({
      kind: 'unv_referral',
      particulars: { ...named, reportReference: undefined },
      today,
      findingReportReference: 'OIOS-1',
    });
    expect(withFinding).toEqual([]);
    expect(messageText('en', 'letterWarnings.replyByPast', { date: '2026-06-15' })).toBe(
      'The reply date, 15 June 2026, is not after the letter’s date.',
    );
  });
});
