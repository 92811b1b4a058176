import { describe, expect, it } from 'vitest';
import {
  buildMergeData,
  MergeDataError,
  pruneToSchema,
  type MergeDataInput,
  type MergeValue,
} from '../../../shared/documents/merge-data.js';
import { lookupField, MERGE_SCHEMA, type FieldNode } from '../../../shared/documents/merge-fields.js';
import { RECIPIENT_OF_KIND, TEMPLATE_KINDS, type TemplateKind } from '../../../shared/documents/template.js';
import { calendarDateWords, countryWords, durationWords, uncertainDateWords } from '../../../shared/documents/words.js';
import {
  letterFor,
  makeClocks,
  makeEvidence,
  snapshotFor,
  subject1,
  victim1,
  victim2,
  witness1,
  guardian1,
} from './fixtures.js';

const build = (kind: TemplateKind, language: 'en' | 'fr' | 'ar' = 'en', extra: Partial<MergeDataInput> = {}) =>
  buildMergeData({
    snapshot: snapshotFor(kind),
    kind,
    language,
    letter: letterFor(kind),
    evidence: makeEvidence(),
    clocks: makeClocks(),
    ...extra,
  });

/** Every path of `value` must be declared in the schema and visible to `recipient`. */
function expectWithinSchema(value: MergeValue, node: FieldNode, kind: TemplateKind, path: string): void {
  expect(node.visibleTo, path).toContain(RECIPIENT_OF_KIND[kind]);
  if (node.kind === 'list') {
    expect(Array.isArray(value), path).toBe(true);
    for (const item of value as MergeValue[]) expectWithinSchema(item, node.item, kind, `${path}[]`);
  } else if (node.kind === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, MergeValue>)) {
      expect(Object.hasOwn(node.fields, key), `${path}.${key}`).toBe(true);
      expectWithinSchema(child, node.fields[key] as FieldNode, kind, `${path}.${key}`);
    }
  } else {
    expect(typeof value, path).toBe(node.kind === 'flag' ? 'boolean' : 'string');
  }
}

describe('merge data: shape', () => {
  it('holds only fields its recipient may see, for every kind of letter', () => {
    for (const kind of TEMPLATE_KINDS) expectWithinSchema(build(kind).data, MERGE_SCHEMA, kind, '');
  });

  it('prunes what a recipient may not see', () => {
    const pruned = pruneToSchema(
      { case: { reference: 'R', category: 'SA' }, victims: [{ code: 'V-01', name: 'secret' }], extra: 'x' },
      MERGE_SCHEMA,
      'member_state',
    );
    expect(pruned).toEqual({ case: { reference: 'R', category: 'SA' }, victims: [{ code: 'V-01' }] });
    expect(pruneToSchema({ case: { reference: 'R', category: 'SA' }, victims: [] }, MERGE_SCHEMA, 'victim')).toEqual({
      case: { reference: 'R' },
    });
  });

  it('finds fields and says where visibility stops', () => {
    expect(lookupField(MERGE_SCHEMA, ['subject', 'serviceNumber'], 'member_state')).toMatchObject({
      found: true,
      visible: false,
      hiddenAt: 'subject.serviceNumber',
    });
    expect(lookupField(MERGE_SCHEMA, ['subject', 'serviceNumber'], 'tcc')).toMatchObject({
      found: true,
      visible: true,
    });
    expect(lookupField(MERGE_SCHEMA, ['victims', 'code'], 'tcc')).toMatchObject({
      found: false,
      throughList: 'victims',
    });
  });
});

describe('merge data: contents in words', () => {
  it('writes dates as people write them, in each language', () => {
    expect(calendarDateWords('2026-03-01', 'en')).toBe('1 March 2026');
    expect(calendarDateWords('2026-03-01', 'fr')).toBe('1er mars 2026');
    expect(calendarDateWords('2026-08-15', 'ar')).toBe('15 أغسطس 2026');
    expect(uncertainDateWords({ precision: 'range', from: '2016-06', to: '2016-08-14' }, 'fr')).toBe(
      'entre juin 2016 et le 14 août 2016',
    );
    expect(uncertainDateWords({ precision: 'range', from: '2016-06', to: '2016-08' }, 'en')).toBe(
      'between June 2016 and August 2016',
    );
    expect(uncertainDateWords({ precision: 'exact', from: '2026-03-03T10:30', timeZone: 'Africa/Bangui' }, 'fr')).toBe(
      '3 mars 2026 à 10:30',
    );
    expect(uncertainDateWords({ precision: 'unknown' }, 'ar')).toBe('تاريخ غير معروف');
    expect(countryWords('URY', 'fr')).toBe('Uruguay');
    expect(countryWords('ZZZ', 'en')).toBe('ZZZ');
    expect(durationWords(1, 'days', 'en')).toBe('1 day');
    expect(durationWords(10, 'working_days', 'fr')).toBe('10 jours ouvrés');
    expect(durationWords(2, 'months', 'ar')).toBe('شهران');
    expect(durationWords(5, 'days', 'ar')).toBe('5 أيام');
    expect(durationWords(90, 'days', 'ar')).toBe('90 يومًا');
    // Past a hundred the noun agrees with the last two digits: 105 hours as 5 hours, 120 as 20.
    expect(durationWords(105, 'hours', 'ar')).toBe('105 ساعات');
    expect(durationWords(120, 'hours', 'ar')).toBe('120 ساعة');
  });

  it('gives a contributing country the notification clocks, soonest first, and nothing medical', () => {
    const clocks = build('tcc_notification', 'fr').data.clocks as Record<string, MergeValue>[];
    expect(clocks.map((clock) => [clock.name, clock.rule, clock.urgent])).toEqual([
      ['Désignation d’un enquêteur national', '5 jours ouvrés après la présente notification', true],
      ['Achèvement de l’enquête nationale', '90 jours après la présente notification', false],
    ]);
    expect(JSON.stringify(clocks)).not.toMatch(/médical|forensic/i);
  });

  it('indexes each evidentiary original once, in number order, withholding strictly confidential descriptions', () => {
    const evidence = build('hr_referral').data.evidence as Record<string, MergeValue>[];
    expect(evidence.map((item) => item.number)).toEqual(['E-0001', 'E-0002', 'E-0003']);
    expect(evidence[2]?.description).toBe('(description withheld: strictly confidential)');
    expect(evidence[0]).toMatchObject({
      type: 'Documentary',
      collectedOn: '5 March 2026',
      status: 'In secure storage',
    });
  });

  it('leaves out a location that is strictly confidential', () => {
    const snapshot = snapshotFor('tcc_notification');
    const strict = {
      ...snapshot,
      case: { ...snapshot.case, location: { text: 'House 12', confidentiality: 'strictly_confidential' as const } },
    };
    expect(
      (build('tcc_notification', 'en', { snapshot: strict }).data.case as Record<string, MergeValue>).location,
    ).toBe('');
  });

  it('gives the subject’s service number to a contributing country, not to a Member State', () => {
    expect((build('tcc_notification').data.subject as Record<string, MergeValue>).serviceNumber).toBe('UY-778812');
    expect(build('member_state_referral').data.subject).not.toHaveProperty('serviceNumber');
    expect(build('member_state_referral').disclosures).toEqual([
      { personId: 's1', code: 'S-01', fields: ['fullName'], basis: 'subject_of_referral' },
    ]);
  });

  it('words the reason of a case closed for other circumstances for the victim, or takes the officer’s', () => {
    expect((build('closure_other', 'fr').data.outcome as Record<string, MergeValue>).reason).toContain(
      'nous respectons votre décision',
    );
    const own = (ground: 'other', reasonToVictim?: string) =>
      snapshotFor('closure_other', {
        victimClosures: [
          {
            ...snapshotFor('closure_other').victimClosures![0]!,
            ground,
            ...(reasonToVictim !== undefined ? { reasonToVictim } : {}),
          },
        ],
      });
    const general = build('closure_other', 'en', { snapshot: own('other') });
    expect((general.data.outcome as Record<string, MergeValue>).reason).toBe(
      'Circumstances outside our control meant that the investigation could not continue.',
    );
    const written = build('closure_other', 'en', { snapshot: own('other', 'The mission closed.') });
    expect((written.data.outcome as Record<string, MergeValue>).reason).toBe('The mission closed.');
  });
});

describe('merge data: refusals', () => {
  it('asks which subject when a case has several', () => {
    const snapshot = snapshotFor('tcc_notification');
    const second = subject1({ id: 's2', code: 'S-02' });
    const two = { ...snapshot, people: [...snapshot.people, second] };
    expect(() => build('tcc_notification', 'en', { snapshot: two })).toThrow(
      expect.objectContaining({ code: 'SUBJECT_AMBIGUOUS' }),
    );
    expect(
      (
        build('tcc_notification', 'en', { snapshot: two, letter: letterFor('tcc_notification', { subjectId: 's2' }) })
          .data.subject as Record<string, MergeValue>
      ).code,
    ).toBe('S-02');
    expect(() =>
      build('tcc_notification', 'en', { letter: letterFor('tcc_notification', { subjectId: 'v1' }) }),
    ).toThrow(expect.objectContaining({ code: 'UNKNOWN_PERSON' }));
  });

  it('refuses a referral to the wrong body for the subject’s category, with the rules’ reason', () => {
    const civilian = {
      ...snapshotFor('tcc_notification'),
      people: [victim1(), victim2(), witness1(), guardian1(), subject1({ personnelCategory: 'civilian_int' })],
      subjectOutcomes: [{ code: 'S-01', outcome: 'substantiated' as const }],
    };
    expect(() => build('tcc_notification', 'en', { snapshot: civilian })).toThrow(MergeDataError);
    expect(() => build('unv_referral', 'en', { snapshot: civilian })).toThrow(
      expect.objectContaining({
        code: 'NOT_APPLICABLE',
        refusal: expect.objectContaining({ reason: 'letters.subjectCategoryMismatch' }),
      }),
    );
    expect(build('hr_referral', 'en', { snapshot: civilian }).recipient).toBe('human_resources');
  });

  it('refuses a contributing-country notification about an individual police officer (an expert on mission)', () => {
    const officer = {
      ...snapshotFor('tcc_notification'),
      people: [victim1(), victim2(), subject1({ personnelCategory: 'police_unpol' })],
    };
    expect(() => build('tcc_notification', 'en', { snapshot: officer })).toThrow(
      expect.objectContaining({
        message:
          'S-01 is “Police (UNPOL)”: a “Notification to a troop/police-contributing country” concerns only ' +
          'Military (MC) — contingent member or Police (FPU).',
      }),
    );
  });

  it('refuses a referral until the finding on its subject is substantiated', () => {
    const awaiting = snapshotFor('member_state_referral', { subjectOutcomes: [{ code: 'S-01', outcome: null }] });
    expect(() => build('member_state_referral', 'en', { snapshot: awaiting })).toThrow(
      expect.objectContaining({
        code: 'NOT_APPLICABLE',
        refusal: expect.objectContaining({ reason: 'letters.awaitsFinding' }),
      }),
    );
    const cleared = snapshotFor('hr_referral', { subjectOutcomes: [{ code: 'S-01', outcome: 'not_substantiated' }] });
    expect(() => build('hr_referral', 'en', { snapshot: cleared })).toThrow(
      expect.objectContaining({
        refusal: { reason: 'letters.findingNotSubstantiated', params: expect.objectContaining({ person: 'S-01' }) },
      }),
    );
  });

  it('refuses a referral when the case has no subject, even as an exception', () => {
    const none = { ...snapshotFor('tcc_notification'), people: [victim1(), victim2()] };
    for (const exception of [undefined, { reason: 'The subject is known to the mission.' }]) {
      expect(() => build('tcc_notification', 'en', { snapshot: none, ...(exception ? { exception } : {}) })).toThrow(
        expect.objectContaining({
          code: 'NOT_APPLICABLE',
          refusal: expect.objectContaining({ reason: 'letters.noSubjectYet' }),
        }),
      );
    }
  });

  it('builds a referral whose subject is not identified yet, without a name', () => {
    const snapshot = snapshotFor('tcc_notification');
    const unnamed = subject1({ identity: { confidentiality: 'strictly_confidential' } });
    const built = build('tcc_notification', 'en', {
      snapshot: { ...snapshot, people: [victim1(), victim2(), unnamed] },
    });
    expect(built.data.subject).toMatchObject({ code: 'S-01', name: '' });
    expect(built.disclosures.filter((d) => d.basis === 'subject_of_referral')).toEqual([]);
  });
});

describe('merge data: a referral made as an exception', () => {
  const awaiting = () => snapshotFor('member_state_referral', { subjectOutcomes: [{ code: 'S-01', outcome: null }] });
  const exception = { reason: 'The Member State asked for the referral before the report is final.' };

  it('builds a referral that does not apply when a reason is given', () => {
    const built = build('member_state_referral', 'en', { snapshot: awaiting(), exception });
    expect(built.data.subject).toMatchObject({ code: 'S-01' });
  });

  it('refuses a blank reason, an exception for a letter that applies, and any closure letter', () => {
    expect(() => build('member_state_referral', 'en', { snapshot: awaiting(), exception: { reason: '  ' } })).toThrow();
    expect(() => build('member_state_referral', 'en', { exception })).toThrow(
      expect.objectContaining({
        code: 'EXCEPTION_REFUSED',
        refusal: { reason: 'letters.exceptionNotNeeded', params: { kind: 'member_state_referral' } },
      }),
    );
    for (const kind of ['closure_substantiated', 'closure_other'] as const) {
      // Whether the closure letter fits the case's status or not: never as an exception.
      for (const snapshot of [snapshotFor(kind), snapshotFor('tcc_notification')]) {
        expect(() => build(kind, 'en', { snapshot, exception })).toThrow(
          expect.objectContaining({ code: 'EXCEPTION_REFUSED', refusal: { reason: 'letters.closureNoException' } }),
        );
      }
    }
  });
});

describe('merge data: details', () => {
  it('validates the letter details', () => {
    expect(() =>
      build('tcc_notification', 'en', { letter: { ...letterFor('tcc_notification'), at: 'yesterday' } }),
    ).toThrow();
    expect(() =>
      build('tcc_notification', 'en', { letter: { ...letterFor('tcc_notification'), timeZone: 'Mars/Olympus' } }),
    ).toThrow();
  });
});
