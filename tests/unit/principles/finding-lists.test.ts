import { describe, expect, it } from 'vitest';
import { messageText } from '../../../shared/i18n/messages.js';
import { r05bNoConsentUnderProtection, r05MinorIsAlwaysSea } from '../../../shared/principles/index.js';
import { cleanSnapshot, closedCase, makeSubject, makeVictim } from './factories.js';

const consensual = closedCase('not_substantiated', 'consensual_between_adults');
const worded = (language: 'en' | 'fr' | 'ar', finding: { code: string; variant: string; params?: object }) =>
  messageText(language, `findings.${finding.code}.${finding.variant}.message`, finding.params as never);

/**
 * A finding names several people by their codes: the rule hands them over as a list, and the list is written
 * where the finding is worded, as the reader's language writes a series (the Arabic comma in Arabic).
 */
describe('pseudonym codes listed in a finding', () => {
  it('R5: the children and the victims of unknown age are a list, a series in each language', () => {
    const people = [
      makeVictim({ ageBand: 'minor' }),
      makeVictim({ id: 'v2', code: 'V-02', ageBand: 'unknown' }),
      makeSubject(),
    ];
    const found = r05MinorIsAlwaysSea.evaluate({ ...cleanSnapshot(), case: consensual, people });
    const closure = found.find((finding) => finding.code === 'R5_CONSENSUAL_CLOSURE')!;
    expect(closure.params).toEqual({ people: ['V-01', 'V-02'] });
    expect(worded('en', closure)).toBe(
      'The case is closed as consensual although V-01, V-02 is not established as an adult.',
    );
    expect(worded('fr', closure)).toContain('la majorité de V-01, V-02 n’est pas établie');
    expect(worded('ar', closure)).toContain('V-01، V-02');
    expect(worded('ar', closure)).not.toContain('V-01, V-02');
  });

  it('R5b: the victims under protection are a list, a series in each language', () => {
    const people = [
      makeVictim({ atRiskPopulation: 'refugee' }),
      makeVictim({ id: 'v2', code: 'V-02', atRiskPopulation: 'internally_displaced' }),
      makeSubject(),
    ];
    const [protection] = r05bNoConsentUnderProtection.evaluate({ ...cleanSnapshot(), case: consensual, people });
    expect(protection?.params).toEqual({ people: ['V-01', 'V-02'] });
    expect(worded('en', protection!)).toContain('although V-01, V-02 is a refugee or displaced person.');
    expect(worded('fr', protection!)).toContain('alors que V-01, V-02 est réfugiée');
    expect(worded('ar', protection!)).toContain('رغم أن V-01، V-02 من اللاجئين');
  });

  it('a refusal naming the subjects without a finding writes them the same way', () => {
    const params = { reference: 'CF-2026-0001', missing: ['S-01', 'S-02'] };
    expect(messageText('en', 'errors.cases.closureAwaitsFindings', params)).toContain('yet for S-01, S-02. ');
    expect(messageText('ar', 'errors.cases.closureAwaitsFindings', params)).toContain('S-01، S-02');
    const letter = { person: 'V-01', missing: ['S-01', 'S-02', '…'] };
    expect(messageText('ar', 'errors.letters.closureAwaitsFindings', letter)).toContain('S-01، S-02، …');
  });
});
