import { describe, expect, it } from 'vitest';
import { mirrored, resolveLevels, visualOrder } from '../../../electron/core/documents/pdf/bidi.js';

/** The string as it reads from left to right once reordered (brackets mirrored at odd levels). */
function visual(text: string, rtl: boolean): string {
  const chars = Array.from(text);
  const levels = resolveLevels(chars, rtl ? 1 : 0);
  return visualOrder(levels)
    .map((index) => (levels[index]! % 2 === 1 ? mirrored(chars[index]!) : chars[index]!))
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
});
