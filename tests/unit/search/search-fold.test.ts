import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../electron/core/kernel/search/search-fold.js';
import { matchExpression } from '../../../electron/core/kernel/search/match-expression.js';

describe('foldForSearch', () => {
  it('drops Arabic vowel marks, shadda, superscript alef and tatweel inside a word', () => {
    expect(foldForSearch('شاهِدٌ')).toBe('شاهد');
    expect(foldForSearch('إنَّهُ')).toBe('انه');
    expect(foldForSearch('هٰذا')).toBe('هذا');
    expect(foldForSearch('الشـــاهد')).toBe('الشاهد');
  });

  it('reads the alef forms as alef, alef maqsura as yaa, taa marbuta as haa', () => {
    expect(foldForSearch('أ إ آ ٱ')).toBe('ا ا ا ا');
    expect(foldForSearch('إلى المدرسة')).toBe('الي المدرسه');
    // Alef and hamza above typed as two characters are the same letter as أ.
    expect(foldForSearch('\u0627\u0654مر')).toBe('امر');
  });

  it('reads the yaa and kaf of Persian and Urdu keyboards as the Arabic letters', () => {
    expect(foldForSearch('کتاب علی')).toBe(foldForSearch('كتاب علي'));
  });

  it('reads Arabic-Indic and Eastern Arabic-Indic digits as 0-9', () => {
    expect(foldForSearch('V-٠١ ۲۰۲۶')).toBe('V-01 2026');
  });

  it('never makes a word vanish: a mark or tatweel standing alone stays', () => {
    expect(foldForSearch('ـ \u064e x\u064e')).toBe('ـ \u064e x\u064e');
    expect(foldForSearch('ـَ')).toBe('ـَ');
  });

  it('leaves Latin text as it is, composed (the index folds its accents)', () => {
    expect(foldForSearch('Le témoin, e\u0301cole')).toBe('Le témoin, école');
  });

  it('is what a typed search is made of', () => {
    expect(matchExpression('المدرسةِ إلى')).toBe(
      '({label text} : "المدرسه"* OR {label_stem text_stem} : ("المدرسه"* OR "مدرسه"* OR "مدرس"*)) AND "الي"*',
    );
    expect(matchExpression('شاهد شاهِد')).toBe('"شاهد"*');
  });
});
