import { describe, expect, it } from 'vitest';
import { matchExpression } from '../../../electron/core/kernel/search/match-expression.js';
import { foldForSearch } from '../../../electron/core/kernel/search/search-fold.js';
import { stemForSearch, stemsOfTyped, stemWord } from '../../../electron/core/kernel/search/search-stem.js';

const stem = (word: string) => stemWord(foldForSearch(word));

describe('stemWord', () => {
  it('cuts the article, alone or joined to ب, ك or ل, and a leading و or ف', () => {
    for (const [word, expected] of [
      ['الشاهد', 'شاهد'],
      ['بالشاهد', 'شاهد'],
      ['كالشاهد', 'شاهد'],
      ['للشاهد', 'شاهد'],
      ['وشاهد', 'شاهد'],
      ['فالشاهد', 'شاهد'],
      ['وبالشاهد', 'شاهد'],
      ['وللشاهد', 'شاهد'],
      ['المقابلة', 'مقابله'],
      ['والمقابلة', 'مقابله'],
      ['فقالت', 'قالت'],
    ] as const) {
      expect(stem(word), word).toBe(expected);
    }
  });

  it('never cuts a word to fewer than three letters: short words keep theirs', () => {
    for (const word of ['ال', 'الله', 'لله', 'الأب', 'ولد', 'وعد', 'فيه', 'بالغ', 'بالغة', 'كان', 'و', 'ف']) {
      expect(stem(word), word).toBe(foldForSearch(word));
    }
    // والله is و and الله: the و goes, الله stays whole.
    expect(stem('والله')).toBe('الله');
  });

  it('leaves a bare ب, ك or ل: too many words begin with one', () => {
    for (const word of ['كتاب', 'بلاغ', 'لجنة', 'بعثة', 'لاجئين']) {
      expect(stem(word), word).toBe(foldForSearch(word));
    }
  });

  it('leaves names in Latin letters, codes, digits and words mixing them untouched', () => {
    for (const word of ['Alpha', 'Wallace', 'V01', '2026', 'ال2026', 'الV', 'والشاهد\u0301']) {
      expect(stemWord(word), word).toBe(word);
    }
  });
});

describe('stemForSearch', () => {
  it('stems every word of a text and keeps everything between the words', () => {
    expect(stemForSearch(foldForSearch('قال الشاهد، وبالمقابلة: V-01 (2026) witness'))).toBe(
      'قال شاهد، مقابله: V-01 (2026) witness',
    );
  });

  it('keeps as many words as the text had, so snippets cut from the original stay right', () => {
    const text = foldForSearch('و ال الله والشاهد للمقابلة في البعثة Le témoin');
    const words = (s: string) => s.match(/[\p{L}\p{N}\p{Co}\p{M}]+/gu) ?? [];
    expect(words(stemForSearch(text))).toHaveLength(words(text).length);
  });
});

describe('stemsOfTyped', () => {
  it('is the word alone when it has no stem of its own', () => {
    expect(stemsOfTyped('شاهد')).toEqual(['شاهد']);
    expect(stemsOfTyped('temoin')).toEqual(['temoin']);
  });

  it('follows a word whose own first letter looks like a prefix down to every stem it may be stored under', () => {
    // الوثيقة is stored as وثيقه, وثيقة written alone as ثيقه.
    expect(stemsOfTyped(foldForSearch('الوثيقة'))).toEqual(['الوثيقه', 'وثيقه', 'ثيقه']);
    expect(stemsOfTyped(foldForSearch('وثيقة'))).toEqual(['وثيقه', 'ثيقه']);
  });

  it('looks a word that begins with ل up under the stem لل gives it, and the reverse', () => {
    // للجنة (for the committee) is indexed as جنه; لجنة and اللجنة as لجنه.
    expect(stemsOfTyped(foldForSearch('لجنة'))).toEqual(['لجنه', 'جنه']);
    expect(stemsOfTyped(foldForSearch('اللجنة'))).toEqual(['اللجنه', 'لجنه', 'جنه']);
    expect(stemsOfTyped(foldForSearch('للجنة'))).toEqual(['للجنه', 'جنه', 'لجنه']);
    expect(stemsOfTyped('الله')).toEqual(['الله']);
  });
});

describe('matchExpression with stems', () => {
  it('looks for a word with a stem as typed among the folded words, and under its stems among the stemmed', () => {
    expect(matchExpression('المقابلة')).toBe(
      '({label text} : "المقابله"* OR {label_stem text_stem} : ("المقابله"* OR "مقابله"*))',
    );
    expect(matchExpression('شاهد V-01')).toBe('"شاهد"* AND "V"* AND "01"*');
  });
});
