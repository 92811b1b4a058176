import { describe, expect, it } from 'vitest';
import { listText } from '../../../shared/i18n/list-text.js';

const CODES = ['E-0001', 'E-0002', 'E-0003'];

describe('listText: a list in the reader’s language', () => {
  it('joins prose lists with the language’s "and"', () => {
    expect(listText('en', ['the victim', 'a witness', 'the subject'])).toBe('the victim, a witness and the subject');
    expect(listText('fr', ['la victime', 'un témoin', 'la personne'])).toBe('la victime, un témoin et la personne');
    expect(listText('ar', ['ضحية', 'شاهد'])).toBe('ضحية وشاهد');
  });

  it('joins a series of codes with the language’s comma, the Arabic comma in Arabic', () => {
    expect(listText('en', CODES, { type: 'unit' })).toBe('E-0001, E-0002, E-0003');
    expect(listText('fr', CODES, { type: 'unit' })).toBe('E-0001, E-0002, E-0003');
    expect(listText('ar', CODES, { type: 'unit' })).toBe('E-0001، E-0002، E-0003');
    expect(listText('ar-EG', CODES, { type: 'unit' })).toBe('E-0001، E-0002، E-0003');
  });

  it('reads choices with "or", and a lone item or none as such', () => {
    expect(listText('fr', ['a', 'b', 'c'], { type: 'disjunction' })).toBe('a, b ou c');
    expect(listText('ar', ['E-0001'], { type: 'unit' })).toBe('E-0001');
    expect(listText('en', [])).toBe('');
  });

  it('falls back to English rules for a tag that is not an interface language', () => {
    expect(listText('de', CODES, { type: 'unit' })).toBe('E-0001, E-0002, E-0003');
    expect(listText(undefined, ['a', 'b'])).toBe('a and b');
  });
});
