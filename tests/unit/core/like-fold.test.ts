import { describe, expect, it } from 'vitest';
import { foldForLike, likePattern } from '../../../electron/core/kernel/db/like-pattern.js';

describe("a list search's fold (foldForLike)", () => {
  it('drops the accents of Latin letters and lowers their case, composed or decomposed alike', () => {
    expect(foldForLike('École')).toBe('ecole');
    expect(foldForLike('E\u0301cole')).toBe('ecole');
    expect(foldForLike('Élodie Thérèse Çağlar Nguyễn')).toBe('elodie therese caglar nguyen');
    expect(foldForLike('İstanbul')).toBe('istanbul');
  });

  it('keeps the letters of other scripts that a mark makes (Arabic hamza, Cyrillic й)', () => {
    // Decomposed, ؤ and ئ are و and ي with a hamza mark: stripping every mark would turn them into those letters.
    expect(foldForLike('مسؤول')).toBe('مسؤول');
    expect(foldForLike('بئر')).toBe('بئر');
    // The alef forms are read as one letter, as the case search reads them (foldForSearch).
    expect(foldForLike('سأل')).toBe('سال');
    expect(foldForLike('Йод')).toBe('йод');
    expect(foldForLike('Йод')).not.toBe(foldForLike('Иод'));
  });

  it('ignores Arabic vowel marks and tatweel, as the case search does', () => {
    expect(foldForLike('شَاهِد')).toBe('شاهد');
    expect(foldForLike('شـاهد')).toBe('شاهد');
  });

  it("makes a pattern of the folded words, LIKE's own characters taken literally", () => {
    expect(likePattern('École 100%_')).toBe('%ecole 100\\%\\_%');
  });
});
