import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/contract/errors.js';
import { FINDING_CODES } from '../../../shared/principles/finding.js';
import { LABEL_CATALOGUES } from '../../../shared/i18n/labels.js';
import { CATALOGUES, leavesOf, placeholdersOf } from './catalogue-shape.js';

const en = new Map(leavesOf(CATALOGUES.en));
const fr = new Map(leavesOf(CATALOGUES.fr));
const ar = new Map(leavesOf(CATALOGUES.ar));
const translations = [
  ['fr', fr],
  ['ar', ar],
] as const;
const FORMATS = new Set([...Object.keys(LABEL_CATALOGUES.en), 'date', 'instant', 'codes']);
// i18next reads these option names itself: a param so named would change the lookup, not fill a blank.
const RESERVED = new Set([
  'count',
  'context',
  'lng',
  'lngs',
  'ns',
  'defaultValue',
  'ordinal',
  'replace',
  'returnObjects',
  'joinArrays',
  'postProcess',
  'interpolation',
]);

describe('the message catalogue (shared/i18n)', () => {
  it('has exactly the same keys in English, French and Arabic, each a non-empty sentence', () => {
    for (const [, catalogue] of translations) expect([...catalogue.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(300);
    for (const [language, catalogue] of [['en', en], ...translations] as const) {
      for (const [key, text] of catalogue) expect(text.trim(), `${language}: ${key}`).not.toBe('');
    }
  });

  it(
    'writes every placeholder as {{name}} or {{name, format}} with a known format, ' +
      'the same ones in every language',
    () => {
      for (const [key, english] of en) {
        const ours = placeholdersOf(english);
        const theirs = translations.flatMap(([, catalogue]) => placeholdersOf(catalogue.get(key)!));
        for (const { body, parsed } of [...ours, ...theirs]) {
          expect(parsed, `${key}: {{${body}}}`).not.toBeNull();
          if (parsed?.format !== undefined) expect(FORMATS.has(parsed.format), `${key}: ${parsed.format}`).toBe(true);
          if (parsed) expect(RESERVED.has(parsed.name), `${key}: ${parsed.name} is i18next's`).toBe(false);
        }
        const names = (text: string) =>
          [...new Set(placeholdersOf(text).map(({ parsed }) => `${parsed?.name}, ${parsed?.format}`))].sort();
        for (const [language, catalogue] of translations)
          expect(names(catalogue.get(key)!), `${language}: ${key}`).toEqual(names(english));
      }
    },
  );

  it('says what every error code means, and nothing else', () => {
    expect(Object.keys(CATALOGUES.en.codes).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('words every finding code, each variant with what is wrong and what to do', () => {
    expect(Object.keys(CATALOGUES.en.findings).sort()).toEqual([...FINDING_CODES].sort());
    for (const [code, variants] of Object.entries(CATALOGUES.en.findings)) {
      expect(Object.keys(variants).length, code).toBeGreaterThan(0);
      for (const [variant, texts] of Object.entries(variants))
        expect(Object.keys(texts).sort(), `${code}.${variant}`).toEqual(['fix', 'message']);
    }
  });

  it('is French in French: no sentence left in English', () => {
    const copied = [...en].filter(([key, text]) => fr.get(key) === text).map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it('is Arabic in Arabic: every sentence with words written in Arabic letters', () => {
    const words = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '');
    // A text of placeholders and punctuation only ("{{person}}: {{kind, subjectActionKind}}") has no words to write.
    const notArabic = [...ar]
      .filter(([, text]) => /\p{L}/u.test(words(text)) && !/[\u0600-\u06FF]/.test(words(text)))
      .map(([key]) => key);
    expect(notArabic).toEqual([]);
  });
});
