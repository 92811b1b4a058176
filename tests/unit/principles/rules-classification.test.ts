import { describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case.js';
import {
  r05bNoConsentUnderProtection,
  r05MinorIsAlwaysSea,
  r06ExchangeIsExploitation,
} from '../../../shared/principles/index.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import { cleanSnapshot, closedCase, makeCase, makeSubject, makeVictim, summary } from './factories.js';

const snapshotWith = (caseChanges: Partial<Case>, people = cleanSnapshot().people): CaseSnapshot => ({
  ...cleanSnapshot(),
  case: makeCase(caseChanges),
  people,
});
const childPeople = () => [makeVictim({ ageBand: 'minor' }), makeSubject()];

describe('R5 a child involved: never closed as consensual; the category is not forced (A/72/751 ¶67)', () => {
  it('passes for an adult victim whatever the classification', () => {
    expect(
      r05MinorIsAlwaysSea.evaluate(snapshotWith({ category: 'SE', subtype: 'exploitative_relationship' })),
    ).toEqual([]);
  });

  it.each<[Case['category'], Case['subtype']]>([
    ['SA', 'rape'],
    ['SE', 'transactional_sex'],
    ['SE', 'exploitative_relationship'],
    [null, null],
  ])('accepts any classification of a child victim’s case (%s / %s)', (category, subtype) => {
    expect(r05MinorIsAlwaysSea.evaluate(snapshotWith({ category, subtype }, childPeople()))).toEqual([]);
  });

  it('cites its sources, the report’s paragraph on girls among victims of exploitation included', () => {
    expect(r05MinorIsAlwaysSea.source).toContain('A/72/751 ¶67');
  });

  it('blocks closure as consensual with a child victim, and with a victim of unknown age', () => {
    const consensual = closedCase('not_substantiated', 'consensual_between_adults', {
      category: 'SE',
      subtype: 'transactional_sex',
    });
    const child = r05MinorIsAlwaysSea.evaluate({ ...cleanSnapshot(), case: consensual, people: childPeople() });
    expect(summary(child)).toEqual(['R5_CONSENSUAL_CLOSURE:block']);
    expect(child[0]?.target).toEqual({ kind: 'case', id: 'case-1' });
    const unknown = r05MinorIsAlwaysSea.evaluate({
      ...cleanSnapshot(),
      case: consensual,
      people: [makeVictim({ ageBand: 'unknown' })],
    });
    expect(summary(unknown)).toEqual(['R5_AGE_UNKNOWN:warn', 'R5_CONSENSUAL_CLOSURE:block']);
  });

  it('treats a victim whose 18th birthday may fall in the incident period as a child', () => {
    const people = [makeVictim({ ageBand: 'adult', identity: { dateOfBirth: { precision: 'year', from: '2008' } } })];
    const consensual = closedCase('not_substantiated', 'consensual_between_adults');
    expect(summary(r05MinorIsAlwaysSea.evaluate({ ...cleanSnapshot(), case: consensual, people }))).toEqual([
      'R5_CONSENSUAL_CLOSURE:block',
    ]);
  });

  it('allows closure as consensual when every victim is an established adult', () => {
    const consensual = closedCase('not_substantiated', 'consensual_between_adults', {
      category: 'SE',
      subtype: 'exploitative_relationship',
    });
    expect(r05MinorIsAlwaysSea.evaluate({ ...cleanSnapshot(), case: consensual })).toEqual([]);
  });

  it("warns while a victim's age is not established", () => {
    expect(summary(r05MinorIsAlwaysSea.evaluate(snapshotWith({}, [makeVictim({ ageBand: 'unknown' })])))).toEqual([
      'R5_AGE_UNKNOWN:warn',
    ]);
  });
});

describe('R5b an exchange, or a victim under UN protection: never closed as consensual (A/72/751 ¶20)', () => {
  const consensual = (overrides: Partial<Case> = {}) =>
    closedCase('not_substantiated', 'consensual_between_adults', overrides);

  it('passes a consensual closure between adults with no exchange and no one under protection', () => {
    expect(r05bNoConsentUnderProtection.evaluate({ ...cleanSnapshot(), case: consensual() })).toEqual([]);
  });

  it('blocks a consensual closure when an exchange for sex is alleged', () => {
    const findings = r05bNoConsentUnderProtection.evaluate({
      ...cleanSnapshot(),
      case: consensual({ allegedExchange: ['money', 'assistance'] }),
    });
    expect(summary(findings)).toEqual(['R5b_CONSENSUAL_CLOSURE:block']);
    expect(findings[0]).toMatchObject({ rule: 'R5b', variant: 'exchange', target: { kind: 'case', id: 'case-1' } });
    expect(findings[0]?.message).toBe(
      'The case is closed as consensual although an exchange for sex is alleged (money and assistance owed).',
    );
  });

  it('blocks a consensual closure when a victim is a refugee or displaced person', () => {
    const people = [makeVictim({ atRiskPopulation: 'internally_displaced' }), makeSubject()];
    const findings = r05bNoConsentUnderProtection.evaluate({ ...cleanSnapshot(), case: consensual(), people });
    expect(summary(findings)).toEqual(['R5b_CONSENSUAL_CLOSURE:block']);
    expect(findings[0]).toMatchObject({ variant: 'underProtection', params: { people: ['V-01'] } });
  });

  it('says nothing of other closure grounds, and cites ¶20', () => {
    const people = [makeVictim({ atRiskPopulation: 'refugee' }), makeSubject()];
    const closed = closedCase('not_substantiated', 'insufficient_evidence', { allegedExchange: ['money'] });
    expect(r05bNoConsentUnderProtection.evaluate({ ...cleanSnapshot(), case: closed, people })).toEqual([]);
    expect(r05bNoConsentUnderProtection.source).toContain('A/72/751 ¶20');
  });
});

describe('R6 an exchange for sex is exploitation: SE, transactional sex', () => {
  it('passes with no exchange alleged', () => {
    expect(r06ExchangeIsExploitation.evaluate(snapshotWith({ category: 'SA', subtype: 'rape' }))).toEqual([]);
  });

  it('passes for an exchange classified SE, transactional sex (or its solicitation)', () => {
    expect(
      r06ExchangeIsExploitation.evaluate(
        snapshotWith({ allegedExchange: ['money'], category: 'SE', subtype: 'transactional_sex' }),
      ),
    ).toEqual([]);
    expect(
      r06ExchangeIsExploitation.evaluate(
        snapshotWith({ allegedExchange: ['assistance'], category: 'SE', subtype: 'solicitation_of_transactional_sex' }),
      ),
    ).toEqual([]);
  });

  it('warns for an exchange classified otherwise', () => {
    const findings = r06ExchangeIsExploitation.evaluate(
      snapshotWith({ allegedExchange: ['money', 'goods'], category: 'SA', subtype: 'sexual_assault' }),
    );
    expect(summary(findings)).toEqual(['R6_EXCHANGE_NOT_SE:warn', 'R6_EXCHANGE_NOT_TRANSACTIONAL:warn']);
    expect(findings[0]?.params).toEqual({ exchanged: ['money', 'goods'], category: 'SA' });
    expect(findings[0]?.message).toBe(
      'An exchange for sex is alleged (money and goods) but the case is classified as sexual abuse.',
    );
    expect(findings[1]?.message).toContain('the subtype is “Sexual assault”');
  });

  it('only reminds while the case is unclassified', () => {
    expect(
      summary(
        r06ExchangeIsExploitation.evaluate(
          snapshotWith({ allegedExchange: ['employment'], category: null, subtype: null }),
        ),
      ),
    ).toEqual(['R6_EXCHANGE_NOT_SE:info', 'R6_EXCHANGE_NOT_TRANSACTIONAL:info']);
  });

  it('accepts "sexual activity with a minor" for a child victim, under either category', () => {
    for (const category of ['SA', 'SE'] as const) {
      expect(
        r06ExchangeIsExploitation.evaluate(
          snapshotWith({ allegedExchange: ['money'], category, subtype: 'sexual_activity_with_minor' }, childPeople()),
        ),
      ).toEqual([]);
    }
    expect(
      r06ExchangeIsExploitation.evaluate(
        snapshotWith({ allegedExchange: ['goods'], category: 'SE', subtype: 'transactional_sex' }, childPeople()),
      ),
    ).toEqual([]);
  });

  it('still applies to a child victim: an exchange unclassified or classified otherwise is pointed out', () => {
    const child = childPeople();
    expect(
      summary(
        r06ExchangeIsExploitation.evaluate(
          snapshotWith({ allegedExchange: ['money'], category: null, subtype: null }, child),
        ),
      ),
    ).toEqual(['R6_EXCHANGE_NOT_SE:info', 'R6_EXCHANGE_NOT_TRANSACTIONAL:info']);
    const rape = r06ExchangeIsExploitation.evaluate(
      snapshotWith({ allegedExchange: ['money'], category: 'SA', subtype: 'rape' }, child),
    );
    expect(summary(rape)).toEqual(['R6_EXCHANGE_NOT_SE:warn', 'R6_EXCHANGE_NOT_TRANSACTIONAL:warn']);
    expect(rape[1]?.fix).toContain('for a child victim, “sexual activity with a minor” fits too');
  });

  it('cites its sources', () => {
    expect(r06ExchangeIsExploitation.source).toContain('A/72/751 ¶67');
  });
});
