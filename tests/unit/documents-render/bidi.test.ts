import { describe, expect, it } from 'vitest';
import {
  FSI,
  LRI,
  PDI,
  RLI,
  mirrored,
  paragraphLevels,
  resolveLevels,
  visualOrder,
} from '../../../electron/core/documents/pdf/bidi.js';

/**
 * The string as it reads from left to right once reordered (brackets mirrored at odd levels,
 * isolate marks left out as the PDF leaves them out).
 */
function visual(text: string, rtl: boolean, levelsOf = (chars: string[]) => resolveLevels(chars, rtl ? 1 : 0)): string {
  const chars = Array.from(text);
  const levels = levelsOf(chars);
  return visualOrder(levels)
    .map((index) => (levels[index]! % 2 === 1 ? mirrored(chars[index]!) : chars[index]!))
    .filter((char) => ![LRI, RLI, FSI, PDI].includes(char))
    .join('');
}

describe('bidi reordering for PDF lines', () => {
  it('leaves left-to-right text alone', () => {
    expect(visual('Case CF-2026-0042, 12 March 2026 (victim V-01)', false)).toBe(
      'Case CF-2026-0042, 12 March 2026 (victim V-01)',
    );
  });

  it('reverses an Arabic paragraph and keeps numbers and Latin references left to right inside it', () => {
    expect(visual('المرجع: CF-2026-0042', true)).toBe('CF-2026-0042 :عجرملا');
    expect(visual('في 2026 انتهى', true)).toBe('ىهتنا 2026 يف');
    // The separators of an ISO date join European digits, but not Arabic numbers (W4): each group
    // reads right to left after Arabic letters, as in every conforming renderer (and in Word).
    expect(visual('بتاريخ 2026-01-15.', true)).toBe('.15-01-2026 خيراتب');
  });

  it('mirrors brackets at right-to-left levels', () => {
    expect(visual('نص (مثال)', true)).toBe('(لاثم) صن');
  });

  it('gives a pair of brackets the direction of what it encloses (rule N0)', () => {
    expect(visual('التواصل مع Paul Contact (Legal Officer)، مع ذكر', true)).toBe(
      'ركذ عم ،Paul Contact (Legal Officer) عم لصاوتلا',
    );
    expect(visual('See (محمد) here', false)).toBe('See (دمحم) here');
    expect(visual('نص (مثال', true)).toBe('لاثم) صن'); // unmatched: an ordinary neutral
  });

  it('keeps a phone number in one piece in Arabic text', () => {
    expect(visual('الهاتف: +236 72 00 00 01', true)).toBe('+236 72 00 00 01 :فتاهلا');
    expect(visual('الهاتف +1 212 555 0100.', true)).toBe('.+1 212 555 0100 فتاهلا');
    expect(visual('Tel. +236 72 00 00 01', false)).toBe('Tel. +236 72 00 00 01');
  });

  it('orders Arabic words right to left inside a left-to-right sentence', () => {
    expect(visual('The name محمد علي is withheld', false)).toBe('The name يلع دمحم is withheld');
  });

  it('follows the direction marks an author typed (RLM, LRM)', () => {
    // Without a mark the day follows the Latin place name (rule W7); a right-to-left mark after the comma keeps it
    // with the month.
    expect(visual('Bangui، 15 يونيو', true)).toBe('وينوي Bangui، 15');
    expect(visual('Bangui،\u200f 15 يونيو', true)).toBe('وينوي 15 \u200f،Bangui');
    expect(visual('a \u200e1', true)).toBe('a \u200e1');
  });

  it('puts a list number before its dot in a right-to-left line', () => {
    expect(visual('1.', true)).toBe('.1');
  });

  it('reorders by levels from the highest down (rule L2)', () => {
    expect(visualOrder([0, 1, 1, 2, 2, 1, 0])).toEqual([0, 5, 3, 4, 2, 1, 6]);
    expect(visualOrder([])).toEqual([]);
  });

  it('keeps a Latin value in its own order inside an Arabic sentence when it is isolated (FSI … PDI)', () => {
    // Without the isolate the number after Arabic letters reads right to left, away from its street.
    expect(visual('العنوان: 866 United Nations Plaza', true)).toBe('United Nations Plaza 866 :ناونعلا');
    expect(visual(`العنوان: ${FSI}866 United Nations Plaza${PDI}`, true)).toBe('866 United Nations Plaza :ناونعلا');
    // An English sentence keeps its full stop at its end.
    expect(visual('قال: The subject denied.', true)).toBe('.The subject denied :لاق');
    expect(visual(`قال: ${FSI}The subject denied.${PDI}`, true)).toBe('The subject denied. :لاق');
  });

  it('gives a first-strong isolate the direction of its first letter, left to right when it has none', () => {
    expect(visual(`The name ${FSI}محمد علي.${PDI} is withheld`, false)).toBe('The name .يلع دمحم is withheld');
    expect(visual(`الرقم ${FSI}2026-01${PDI} هنا`, true)).toBe('انه 2026-01 مقرلا');
    // A first letter inside a nested isolate does not count (P2).
    expect(visual(`نص ${FSI}${RLI}أ${PDI} b.${PDI}`, true)).toBe('أ b. صن');
  });

  it('follows left-to-right and right-to-left isolates, and keeps what follows out of them', () => {
    expect(visual(`Name: ${RLI}محمد علي${PDI} (V-01)`, false)).toBe('Name: يلع دمحم (V-01)');
    expect(visual(`الأمر ${LRI}sha256sum -c file.txt${PDI} ثم`, true)).toBe('مث sha256sum -c file.txt رمألا');
    // The isolate is a neutral for the text around it: the Arabic words stay in their order.
    expect(visual(`أ ${LRI}x${PDI} ب`, true)).toBe('ب x أ');
  });

  it('survives isolates left open or closed twice', () => {
    expect(visual(`نص ${FSI}abc 12`, true)).toBe('abc 12 صن');
    expect(visual(`abc${PDI} نص`, true)).toBe('صن abc');
  });

  it('reads a wholly Latin paragraph of a right-to-left document as a first-strong isolate', () => {
    const levels = (chars: string[]) => paragraphLevels(chars, true);
    expect(visual('866 United Nations Plaza', true, levels)).toBe('866 United Nations Plaza');
    expect(visual('The subject denied the allegation.', true, levels)).toBe('The subject denied the allegation.');
    expect(visual('المرجع: CF-2026-0042', true, levels)).toBe('CF-2026-0042 :عجرملا');
    expect(visual('2026-01-15', true, levels)).toBe('2026-01-15');
  });
});
