import { describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case.js';
import { r05MinorIsAlwaysSea, r06ExchangeIsExploitation } from '../../../shared/principles/index.js';
import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';
import { cleanSnapshot, closedCase, makeCase, makeSubject, makeVictim, summary } from './factories.js';

const snapshotWith = (caseChanges: Partial<Case>, people = cleanSnapshot().people): CaseSnapshot => ({
  ...cleanSnapshot(),
  case: makeCase(caseChanges),
  people,
});
const childPeople = () => [makeVictim({ ageBand: 'minor' }), makeSubject()];

describe('R5 a minor victim: SA or sexual activity with a minor; never closed as consensual', () => {
  it('passes for an adult victim whatever the classification', () => {
    expect(
      r05MinorIsAlwaysSea.evaluate(snapshotWith({ category: 'SE', subtype: 'exploitative_relationship' })),
    ).toEqual([]);
  });

  it.each<[Case['category'], Case['subtype']]>([
    ['SA', 'rape'],
    ['SA', null],
    ['SE', 'sexual_activity_with_minor'],
    [null, 'sexual_activity_with_minor'],
  ])('passes for a child victim classified %s / %s', (category, subtype) => {
    expect(r05MinorIsAlwaysSea.evaluate(snapshotWith({ category, subtype }, childPeople()))).toEqual([]);
  });

  it('blocks a child victim classified SE with another subtype', () => {
    const findings = r05MinorIsAlwaysSea.evaluate(
      snapshotWith({ category: 'SE', subtype: 'transactional_sex' }, childPeople()),
    );
    expect(summary(findings)).toEqual(['R5_MINOR_CLASSIFICATION:block']);
    expect(findings[0]?.target).toEqual({ kind: 'case', id: 'case-1' });
  });

  it.each<[Case['category'], Case['subtype']]>([
    [null, null],
    ['SE', null],
    [null, 'transactional_sex'],
  ])("warns while a child victim's case is only partly classified (%s / %s)", (category, subtype) => {
    expect(summary(r05MinorIsAlwaysSea.evaluate(snapshotWith({ category, subtype }, childPeople())))).toEqual([
      'R5_MINOR_CLASSIFICATION_INCOMPLETE:warn',
    ]);
  });

  it('treats a victim whose 18th birthday may fall in the incident period as a minor', () => {
    const people = [makeVictim({ ageBand: 'adult', identity: { dateOfBirth: { precision: 'year', from: '2008' } } })];
    const findings = r05MinorIsAlwaysSea.evaluate(
      snapshotWith({ category: 'SE', subtype: 'transactional_sex' }, people),
    );
    expect(summary(findings)).toEqual(['R5_MINOR_CLASSIFICATION:block']);
  });

  it('blocks closure as consensual with a child victim, and with a victim of unknown age', () => {
    const consensual = closedCase('not_substantiated', 'consensual_between_adults', {
      category: 'SE',
      subtype: 'sexual_activity_with_minor',
    });
    const child = r05MinorIsAlwaysSea.evaluate({ ...cleanSnapshot(), case: consensual, people: childPeople() });
    expect(summary(child)).toEqual(['R5_CONSENSUAL_CLOSURE:block']);
    const unknown = r05MinorIsAlwaysSea.evaluate({
      ...cleanSnapshot(),
      case: consensual,
      people: [makeVictim({ ageBand: 'unknown' })],
    });
    expect(summary(unknown)).toEqual(['R5_AGE_UNKNOWN:warn', 'R5_CONSENSUAL_CLOSURE:block']);
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

  it('stands aside for a child victim, where R5 governs', () => {
    expect(
      r06ExchangeIsExploitation.evaluate(
        snapshotWith(
          { allegedExchange: ['money'], category: 'SA', subtype: 'sexual_activity_with_minor' },
          childPeople(),
        ),
      ),
    ).toEqual([]);
  });
});
