import { describe, expect, it } from 'vitest';
import { BROKEN_PLURALS } from '../../../electron/core/kernel/search/broken-plurals.js';
import { foldForSearch } from '../../../electron/core/kernel/search/search-fold.js';
import { lightStem, stemsOfTyped, stemWord } from '../../../electron/core/kernel/search/search-stem.js';
import { appArabicWords } from './app-arabic-words.js';

/** Whether a typed word finds a written one among the stemmed words (a stem as a word's beginning, or whole). */
function finds(typed: string, written: string): boolean {
  const stored = stemWord(foldForSearch(written));
  return stemsOfTyped(foldForSearch(typed)).some(({ stem, whole }) =>
    whole ? stored === stem : stored.startsWith(stem),
  );
}

const ARTICLE = 'ال';
/** A word as a text writes it: alone, with the article, with و and the article, after بال or لل. */
const writtenForms = (word: string) => [word, `${ARTICLE}${word}`, `و${ARTICLE}${word}`, `بال${word}`, `لل${word}`];

/** A plural with a pronoun after it: شهودها, شهوده; أدلتها (ة written ت before it). */
const withPronouns = (plural: string) => {
  const bare = plural.endsWith('ه') ? `${plural.slice(0, -1)}ت` : plural;
  return [`${bare}ها`, `${bare}ه`];
};

describe('Arabic broken plurals of an investigation’s words', () => {
  it('find their singular and are found by it, with the article, و, بال, لل or a pronoun', () => {
    for (const [plural, singular] of BROKEN_PLURALS) {
      for (const written of [...writtenForms(plural), ...withPronouns(plural)]) {
        for (const typed of writtenForms(singular)) expect(finds(typed, written), `${typed} → ${written}`).toBe(true);
      }
      for (const written of writtenForms(singular)) {
        for (const typed of writtenForms(plural)) expect(finds(typed, written), `${typed} → ${written}`).toBe(true);
      }
    }
  });

  it('finds the pairs an investigator looks for, as they are written', () => {
    for (const [plural, singular] of [
      ['شهود', 'شاهد'],
      ['أدلة', 'دليل'],
      ['ضحايا', 'ضحية'],
      ['أطفال', 'طفل'],
      ['وثائق', 'وثيقة'],
      ['رسائل', 'رسالة'],
    ] as const) {
      expect(finds(plural, `ال${singular}`), plural).toBe(true);
      expect(finds(singular, `وال${plural}`), singular).toBe(true);
      expect(stemWord(foldForSearch(`ال${plural}`))).toBe(stemWord(foldForSearch(`ال${singular}`)));
    }
  });

  it('stores a plural under the stem of its singular without changing how many words a text has', () => {
    expect(stemWord(foldForSearch('الشهود'))).toBe('شاهد');
    expect(stemWord(foldForSearch('وأدلتها'))).toBe('دليل');
    expect(stemWord(foldForSearch('ضحايا'))).toBe('ضحي');
    // وثائق is not و + ثائق: a plural of the dictionary is read before a leading و is cut.
    expect(stemWord(foldForSearch('وثائق'))).toBe('وثيق');
  });

  // So the dictionary joins nothing else among the app's own words: a plural only to its singular's stem.
  it('changes the stem of no word of the app but the dictionary’s plurals, with their prefixes or a pronoun', () => {
    const pluralForms = new Set(
      [...BROKEN_PLURALS.keys()].flatMap((plural) =>
        [plural, ...withPronouns(plural)].flatMap((form) => [
          form,
          ...['و', 'ف', 'ال', 'بال', 'كال', 'لل', 'وال', 'فال', 'وبال', 'ولل', 'فبال'].map((prefix) => prefix + form),
        ]),
      ),
    );
    const words = appArabicWords();
    expect(words.length).toBeGreaterThan(4000);
    const changed = words.filter((word) => stemWord(word) !== lightStem(word));
    expect(changed.length).toBeGreaterThan(50);
    expect(changed.filter((word) => !pluralForms.has(word))).toEqual([]);
  });

  it('leaves out a plural whose singular’s stem is also a word of another meaning', () => {
    // شروط (conditions) would be شرط, the stem of الشرطة (the police); دقائق (minutes) دقيق, also precise.
    for (const [plural, other] of [
      ['شروط', 'الشرطة'],
      ['دقائق', 'الدقيق'],
      ['أقارب', 'قريب'],
    ] as const) {
      expect(finds(plural, other), plural).toBe(false);
      expect(finds(other, plural), other).toBe(false);
    }
  });
});
