import { describe, expect, it } from 'vitest';
import {
  buildMergeData,
  identityConsent,
  MergeDataError,
  redactNames,
  type MergeDataInput,
} from '../../../shared/documents/merge-data.js';
import { mergeTemplate } from '../../../shared/documents/merge.js';
import { DISCIPLINARY_SHARING_PURPOSE } from '../../../shared/domain/consent.js';
import type { TemplateKind } from '../../../shared/documents/template.js';
import { SHIPPED_TEMPLATES, shippedTemplate } from '../../../shared/documents/templates/index.js';
import type { ConsentDecision } from '../../../shared/domain/consent.js';
import {
  consent,
  LETTER_AT,
  letterFor,
  makeClocks,
  makeEvidence,
  NAMES,
  snapshotFor,
  victim2,
  ZONE,
} from './fixtures.js';

const BEFORE_LETTER = '2026-04-01T10:00:00.000Z';
const AFTER_LETTER = '2026-07-01T10:00:00.000Z';

/** Builds the data and merges the shipped template: what a renderer would receive, as text. */
function letter(
  kind: TemplateKind,
  consents: ConsentDecision[] = [],
  extra: Partial<MergeDataInput> = {},
  language: 'en' | 'fr' | 'ar' = 'en',
) {
  const input: MergeDataInput = {
    snapshot: snapshotFor(kind, { consents }),
    kind,
    language,
    letter: letterFor(kind),
    evidence: makeEvidence(),
    clocks: makeClocks(),
    ...extra,
  };
  const built = buildMergeData(input);
  const model = mergeTemplate(
    shippedTemplate(kind) as NonNullable<ReturnType<typeof shippedTemplate>>,
    language,
    built.data,
  );
  return { built, model, text: JSON.stringify(model), dataText: JSON.stringify(built.data) };
}

const nameParts = (name: string): string[] => [name, ...name.split(' ')];

function expectAbsent(text: string, name: string): void {
  for (const part of nameParts(name)) expect(text).not.toContain(part);
}

describe('consent-aware filter: Member State referral (R9)', () => {
  it('never names a victim without consent: pseudonym, age band and sex only', () => {
    const { built, model, text, dataText } = letter('member_state_referral');
    for (const name of [NAMES.v1, NAMES.v2, NAMES.w1, NAMES.g1]) {
      expectAbsent(text, name);
      expectAbsent(dataText, name);
    }
    expect(text).toContain('V-01: female, adult');
    expect(text).toContain('V-02: female, minor (under 18)');
    expect(built.withheld.map((entry) => entry.code)).toEqual(['V-01', 'V-02']);
    expect(built.disclosures.map((entry) => [entry.code, entry.basis])).toEqual([['S-01', 'subject_of_referral']]);
    expect(model.language).toBe('en');
  });

  it('names the victim once consent to share with national authorities is recorded, and only that victim', () => {
    const { built, text } = letter('member_state_referral', [
      consent('v1', 'sharing_with_national_authorities', { decidedAt: BEFORE_LETTER, recordedAt: BEFORE_LETTER }),
    ]);
    expect(text).toContain(`${NAMES.v1}: female, adult`);
    expectAbsent(text, NAMES.v2);
    expect(built.disclosures).toContainEqual(
      expect.objectContaining({
        personId: 'v1',
        code: 'V-01',
        fields: ['fullName'],
        basis: 'consent',
        consentState: 'given',
      }),
    );
  });

  it('does not count consent to another purpose', () => {
    const { text } = letter('member_state_referral', [
      consent('v1', 'referral_to_services'),
      consent('v1', 'interview'),
    ]);
    expectAbsent(text, NAMES.v1);
  });

  it('respects a withdrawal dated before the letter, and reads consent at the letter’s date', () => {
    const given = consent('v1', 'sharing_with_national_authorities', {
      decidedAt: '2026-03-10T10:00:00.000Z',
      recordedAt: '2026-03-10T10:00:00.000Z',
    });
    const withdrawnBefore = consent('v1', 'sharing_with_national_authorities', {
      decision: 'withdrawn',
      decidedAt: BEFORE_LETTER,
      recordedAt: BEFORE_LETTER,
    });
    expectAbsent(letter('member_state_referral', [given, withdrawnBefore]).text, NAMES.v1);
    const withdrawnAfter = consent('v1', 'sharing_with_national_authorities', {
      decision: 'withdrawn',
      decidedAt: AFTER_LETTER,
      recordedAt: AFTER_LETTER,
    });
    expect(letter('member_state_referral', [given, withdrawnAfter]).text).toContain(NAMES.v1);
    const givenAfterLetter = consent('v1', 'sharing_with_national_authorities', {
      decidedAt: AFTER_LETTER,
      recordedAt: AFTER_LETTER,
    });
    expectAbsent(letter('member_state_referral', [givenAfterLetter]).text, NAMES.v1);
  });

  it('counts a consent limited to one recipient only for that recipient', () => {
    const elsewhere = consent('v1', 'sharing_with_national_authorities', {
      recipient: 'Permanent Mission of Ruritania',
    });
    expectAbsent(letter('member_state_referral', [elsewhere]).text, NAMES.v1);
    const here = consent('v1', 'sharing_with_national_authorities', { recipient: 'Permanent Mission of Uruguay' });
    expect(letter('member_state_referral', [here]).text).toContain(NAMES.v1);
  });

  it('needs a minor’s guardian consent and the child’s own assent (R4)', () => {
    const guardian = consent('v2', 'sharing_with_national_authorities', { by: 'guardian', guardianPersonId: 'g1' });
    const assent = consent('v2', 'sharing_with_national_authorities', { by: 'self' });
    expectAbsent(letter('member_state_referral', [guardian]).text, NAMES.v2);
    expectAbsent(letter('member_state_referral', [assent]).text, NAMES.v2);
    expect(letter('member_state_referral', [guardian, assent]).text).toContain(NAMES.v2);
  });

  it('reads the child’s assent alone when the guardian is implicated, and the weakest state decides', () => {
    const implicated = victim2();
    const withException = {
      ...implicated,
      guardianConsentException: {
        reason: 'guardian_implicated' as const,
        justification: 'The guardian is the subject’s associate',
        recordedAt: BEFORE_LETTER,
      },
    };
    const assent = consent('v2', 'sharing_with_national_authorities', { by: 'self' });
    expect(
      identityConsent(withException, [assent], 'sharing_with_national_authorities', 'x', LETTER_AT, ZONE).given,
    ).toBe(true);
    const refusedByGuardian = consent('v2', 'sharing_with_national_authorities', {
      by: 'guardian',
      guardianPersonId: 'g1',
      decision: 'refused',
    });
    expect(
      identityConsent(
        implicated,
        [assent, refusedByGuardian],
        'sharing_with_national_authorities',
        'x',
        LETTER_AT,
        ZONE,
      ),
    ).toMatchObject({ given: false, state: 'refused' });
  });

  it('lifts the filter for a person named in an override, and records the reason', () => {
    const refused = consent('v2', 'sharing_with_national_authorities', {
      by: 'guardian',
      guardianPersonId: 'g1',
      decision: 'refused',
    });
    const { built, text } = letter('member_state_referral', [refused], {
      overrides: [{ personId: 'v2', reason: 'Requested by the national prosecutor under a court order' }],
    });
    expect(text).toContain(NAMES.v2);
    expectAbsent(text, NAMES.v1);
    expect(built.disclosures).toContainEqual(
      expect.objectContaining({
        personId: 'v2',
        basis: 'override',
        consentState: 'refused',
        overrideReason: 'Requested by the national prosecutor under a court order',
      }),
    );
  });

  it('refuses an override without a reason or for someone who is not a victim', () => {
    expect(() => letter('member_state_referral', [], { overrides: [{ personId: 'v1', reason: '   ' }] })).toThrow();
    expect(() => letter('member_state_referral', [], { overrides: [{ personId: 'w1', reason: 'needed' }] })).toThrow(
      MergeDataError,
    );
  });

  it('replaces the names of people it may not name in the officer’s own text', () => {
    const { text } = letter('tcc_notification');
    expect(text).toContain('W-01 saw the subject with V-02');
    expect(text).toContain('Phone messages sent to V-01 by the subject');
    expectAbsent(text, NAMES.w1);
    expect(
      redactNames(`Seen by ${NAMES.w1.toUpperCase()} and Jules.`, [{ ...snapshotFor('tcc_notification').people[2]! }]),
    ).toBe('Seen by W-01 and W-01.');
  });
});

describe('consent-aware filter: purposes per recipient', () => {
  it('uses the disciplinary purpose for human resources and the UNV programme, not the national one', () => {
    for (const kind of ['hr_referral', 'unv_referral'] as const) {
      const national = consent('v1', 'sharing_with_national_authorities');
      expectAbsent(
        letter(kind, [national], { letter: letterFor(kind, { consentRecipient: undefined }) }).text,
        NAMES.v1,
      );
      const disciplinary = consent('v1', DISCIPLINARY_SHARING_PURPOSE);
      expect(letter(kind, [disciplinary], { letter: letterFor(kind, { consentRecipient: undefined }) }).text).toContain(
        NAMES.v1,
      );
    }
  });

  it('shares national consent between Member State referrals and contributing-country notifications', () => {
    expect(letter('tcc_notification', [consent('v1', 'sharing_with_national_authorities')]).text).toContain(NAMES.v1);
  });
});

describe('closure letters hold only their own victim (R13)', () => {
  const kinds = ['closure_substantiated', 'closure_not_substantiated', 'closure_other'] as const;

  it('names the victim it is written to, and the guardian a child’s letter goes with, and no other person', () => {
    for (const kind of kinds) {
      for (const language of ['en', 'fr', 'ar'] as const) {
        const everyone = [
          consent('v1', 'sharing_with_national_authorities'),
          consent('w1', 'sharing_with_national_authorities'),
        ];
        const { built, text, dataText } = letter(kind, everyone, {}, language);
        expect(text).toContain(NAMES.v2);
        // V-02 is a child: her letter goes in the care of the guardian the case records (issue 11, item 6).
        expect(text).toContain(NAMES.g1);
        for (const other of [NAMES.v1, NAMES.w1, NAMES.s1]) {
          expectAbsent(text, other);
          expectAbsent(dataText, other);
        }
        for (const code of ['V-01', 'W-01', 'G-01']) expect(dataText).not.toContain(code);
        expect(Object.keys(built.data).sort()).toEqual([
          'advocate',
          'assistance',
          'case',
          'contact',
          'guardian',
          'letter',
          'outcome',
          'victim',
        ]);
        expect(Object.keys(built.data.case as object).sort()).toEqual(['dateReceived', 'mission', 'reference']);
        expect(built.disclosures).toEqual([
          { personId: 'v2', code: 'V-02', fields: ['fullName'], basis: 'addressee' },
          { personId: 'g1', code: 'G-01', fields: ['fullName'], basis: 'addressee' },
        ]);
        // An adult's letter goes to her alone (closed for other reasons: once her own ground is recorded).
        const ownGround = snapshotFor(kind).victimClosures?.map((closure) => ({ ...closure, personId: 'v1' }));
        const adult = letter(
          kind,
          everyone,
          {
            letter: letterFor(kind, { victimId: 'v1' }),
            ...(ownGround ? { snapshot: snapshotFor(kind, { victimClosures: ownGround }) } : {}),
          },
          language,
        );
        expectAbsent(adult.text, NAMES.g1);
        expect(adult.built.data).not.toHaveProperty('guardian');
      }
    }
  });

  it('refuses overrides, a missing or unknown victim, and an outcome that is not the case’s', () => {
    expect(() => letter('closure_substantiated', [], { overrides: [{ personId: 'v1', reason: 'x' }] })).toThrow(
      expect.objectContaining({ code: 'OVERRIDE_NOT_APPLICABLE' }),
    );
    expect(() =>
      letter('closure_substantiated', [], { letter: letterFor('closure_substantiated', { victimId: undefined }) }),
    ).toThrow(expect.objectContaining({ code: 'VICTIM_REQUIRED' }));
    expect(() =>
      letter('closure_substantiated', [], { letter: letterFor('closure_substantiated', { victimId: 'w1' }) }),
    ).toThrow(expect.objectContaining({ code: 'UNKNOWN_PERSON' }));
    expect(() => letter('closure_substantiated', [], { snapshot: snapshotFor('closure_other') })).toThrow(
      expect.objectContaining({
        code: 'NOT_APPLICABLE',
        refusal: expect.objectContaining({ reason: 'letters.closureVictimOtherOutcome' }),
      }),
    );
  });

  it('shows the paternity route only to the victim who made the claim', () => {
    expect(letter('closure_substantiated').text).toContain('Your paternity and child support claim');
    const other = letter('closure_substantiated', [], {
      letter: letterFor('closure_substantiated', { victimId: 'v1' }),
    });
    expect(other.text).not.toContain('paternity');
    expect(other.text).toContain(NAMES.v1);
    expectAbsent(other.text, NAMES.v2);
  });
});

describe('no letter carries contact details, addresses or safety notes of any person', () => {
  it('holds for every shipped template in every language, even with every consent given', () => {
    const everything = ['v1', 'v2', 'w1'].flatMap((id) => [
      consent(id, 'sharing_with_national_authorities'),
      consent(id, DISCIPLINARY_SHARING_PURPOSE),
      ...(id === 'v2'
        ? [
            consent(id, 'sharing_with_national_authorities', { by: 'guardian', guardianPersonId: 'g1' }),
            consent(id, DISCIPLINARY_SHARING_PURPOSE, { by: 'guardian', guardianPersonId: 'g1' }),
          ]
        : []),
    ]);
    for (const template of SHIPPED_TEMPLATES) {
      for (const language of Object.keys(template.languages) as ('en' | 'fr' | 'ar')[]) {
        const { text } = letter(template.kind, everything, {}, language);
        expect(text).not.toContain('+236 70 00 00 00');
        expect(text).not.toContain('Quartier secret');
        expect(text).not.toContain('2010');
        expectAbsent(text, NAMES.w1);
        // A child's closure letter goes in her guardian's care, by name; no other letter names the guardian.
        if (template.recipient !== 'victim') expectAbsent(text, NAMES.g1);
      }
    }
  });
});
