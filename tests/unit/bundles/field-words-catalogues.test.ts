import { describe, expect, it } from 'vitest';
import { FIELD_WORDS } from '../../../shared/i18n/bundle-fields.js';

type Sections = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The `{{name}}`s a word fills in, sorted. A record of another kind is given its kind both as it is and in
 * lower case (shared/bundles/record-words.ts): a language takes either, Arabic having no capitals.
 */
const namesIn = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => (match[1] === 'kindLowerCase' ? 'kind' : match[1]!)).sort();

describe('the words of the fields a case bundle carries (shared/i18n/<language>/bundle-fields.ts)', () => {
  it('exist in English, French and Arabic', () => {
    expect(Object.keys(FIELD_WORDS).sort()).toEqual(['ar', 'en', 'fr']);
  });

  it('fill in, in every language, the same names as the English word, and none is empty', () => {
    const english = FIELD_WORDS.en as Sections;
    for (const [language, catalogue] of Object.entries(FIELD_WORDS as Readonly<Record<string, Sections>>)) {
      for (const [section, words] of Object.entries(english)) {
        for (const [key, word] of Object.entries(words)) {
          const translated = catalogue[section]?.[key] ?? '';
          expect(translated.trim(), `${language} ${section}.${key}`).not.toBe('');
          expect(namesIn(translated), `${language} ${section}.${key}`).toEqual(namesIn(word));
        }
      }
    }
  });
});
