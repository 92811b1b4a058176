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
      ['المقابلة', 'مقابل'],
      ['والمقابلة', 'مقابل'],
      ['فقالت', 'قالت'],
    ] as const) {
      expect(stem(word), word).toBe(expected);
    }
  });

  it("cuts light10's endings after the prefixes, each once and in order", () => {
    for (const [word, expected] of [
      ['شاهدة', 'شاهد'],
      ['الشاهدة', 'شاهد'],
      ['شاهدات', 'شاهد'],
      ['شاهدين', 'شاهد'],
      ['شاهدون', 'شاهد'],
      ['شاهدان', 'شاهد'],
      ['شاهدها', 'شاهد'],
      ['شاهده', 'شاهد'],
      ['وبالشاهدين', 'شاهد'],
      ['قانوني', 'قانون'],
      ['العسكرية', 'عسكر'],
      ['مقابلاتها', 'مقابل'],
      ['الضحية', 'ضحي'],
      ['بالغة', 'بالغ'],
    ] as const) {
      expect(stem(word), word).toBe(expected);
    }
  });

  it('never cuts a word to fewer than three letters: short words keep theirs', () => {
    for (const word of ['ال', 'لله', 'الأب', 'ولد', 'وعد', 'فيه', 'بالغ', 'كان', 'و', 'ف']) {
      expect(stem(word), word).toBe(foldForSearch(word));
    }
    // Nor to two letters by an ending, as light10 would: الأمين is not أم, مكان is not مك (مكة).
    for (const word of ['أمين', 'أمها', 'مكان', 'بيان', 'أمان', 'منها', 'سنة', 'بين']) {
      expect(stem(word), word).toBe(foldForSearch(word));
    }
    expect(stem('الأمين')).toBe('امين');
    // والله is و and الله: the و goes, الله keeps its article, and its ه goes as an ending.
    expect(stem('والله')).toBe('الل');
    expect(stem('له')).toBe('له');
  });

  it('leaves a bare ب, ك or ل: too many words begin with one', () => {
    for (const [word, expected] of [
      ['كتاب', 'كتاب'],
      ['بلاغ', 'بلاغ'],
      ['بيت', 'بيت'],
      ['كامل', 'كامل'],
      ['لجنة', 'لجن'],
      ['بطاقة', 'بطاق'],
      ['لاجئين', 'لاجئ'],
    ] as const) {
      expect(stem(word), word).toBe(expected);
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
      'قال شاهد، مقابل: V-01 (2026) witness',
    );
  });

  it('keeps as many words as the text had, so snippets cut from the original stay right', () => {
    const text = foldForSearch('و ال الله والشاهد للمقابلات في البعثة شاهدها Le témoin');
    const words = (s: string) => s.match(/[\p{L}\p{N}\p{Co}\p{M}]+/gu) ?? [];
    expect(words(stemForSearch(text))).toHaveLength(words(text).length);
  });
});

/** A typed word's stems as the search looks for them: the beginning of a word (*), or a whole word. */
const typedStems = (word: string) =>
  stemsOfTyped(foldForSearch(word)).map(({ stem, whole }) => (whole ? stem : `${stem}*`));

describe('stemsOfTyped', () => {
  it('is the word alone when it has no stem of its own', () => {
    expect(typedStems('شاهد')).toEqual(['شاهد*']);
    expect(typedStems('temoin')).toEqual(['temoin*']);
    expect(typedStems('Wallace')).toEqual(['Wallace*']);
  });

  it('follows a word whose own first letter looks like a prefix down to every stem it may be stored under', () => {
    // الوثيقة is stored as وثيق, وثيقة written alone as ثيق.
    expect(typedStems('الوثيقة')).toEqual(['الوثيقه*', 'وثيقه*', 'ثيقه*', 'وثيق*', 'ثيق']);
    expect(typedStems('وثيقة')).toEqual(['وثيقه*', 'ثيقه*', 'وثيق*', 'ثيق']);
  });

  it('looks a word that begins with ل up under the stem لل gives it, and the reverse', () => {
    // للجنة (for the committee) is indexed as جنه; لجنة and اللجنة as لجن.
    expect(typedStems('لجنة')).toEqual(['لجنه*', 'جنه*', 'لجن']);
    expect(typedStems('اللجنة')).toEqual(['اللجنه*', 'لجنه*', 'جنه*', 'لجن']);
    expect(typedStems('للجنة')).toEqual(['للجنه*', 'جنه*', 'لجنه*', 'لجن']);
    expect(typedStems('الله')).toEqual(['الله*', 'الل']);
  });

  it('adds each form without its endings, one of three letters as a whole word only', () => {
    expect(typedStems('شاهدات')).toEqual(['شاهدات*', 'شاهد*']);
    expect(typedStems('الشاهدة')).toEqual(['الشاهده*', 'شاهده*', 'شاهد*']);
    // عامة (public) is looked for as عام, whole: its forms, never عامل (worker).
    expect(typedStems('عامة')).toEqual(['عامه*', 'عام']);
  });

  it('never cuts endings from a word that still has its article: الأمين is not looked for as الأم', () => {
    expect(typedStems('الأمين')).toEqual(['الامين*', 'امين*']);
    // A leading ف or و alone may be part of the word: فتاة is looked for as ف + تاة, and as فتاة without its ending.
    expect(typedStems('فتاة')).toEqual(['فتاه*', 'تاه*', 'فتا']);
  });
});

describe('matchExpression with stems', () => {
  it('looks for a word with a stem as typed among the folded words, and under its stems among the stemmed', () => {
    expect(matchExpression('المقابلة')).toBe(
      '({label text} : "المقابله"* OR {label_stem text_stem} : ("المقابله"* OR "مقابله"* OR "مقابل"*))',
    );
    expect(matchExpression('عامة')).toBe('({label text} : "عامه"* OR {label_stem text_stem} : ("عامه"* OR "عام"))');
    expect(matchExpression('شاهد V-01')).toBe('"شاهد"* AND "V"* AND "01"*');
  });
});
