import { describe, expect, it } from 'vitest';
import {
  addMonths,
  endOfDay,
  localDateOf,
  shiftKeepingWallTime,
  startOfDay,
  wallTimeAt,
} from '../../../shared/clocks/local-time.js';
import { addDays } from '../../../shared/domain/calendar.js';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('local days of a time zone', () => {
  it('reads the local calendar day of an instant', () => {
    expect(localDateOf(at('2026-12-31T23:30:00.000Z'), 'Africa/Bangui')).toBe('2027-01-01');
    expect(localDateOf(at('2026-12-31T23:30:00.000Z'), 'UTC')).toBe('2026-12-31');
    expect(localDateOf(at('2026-03-02T03:00:00.000Z'), 'America/Port-au-Prince')).toBe('2026-03-01');
  });

  it('keeps milliseconds apart from the wall time', () => {
    expect(wallTimeAt(at('2026-03-02T21:00:00.250Z'), 'Africa/Bangui')).toEqual({
      wall: { year: 2026, month: 3, day: 2, hour: 22, minute: 0, second: 0 },
      millisecond: 250,
    });
  });

  it('starts and ends a day at local midnight, also on the days clocks change', () => {
    expect(iso(startOfDay('2026-03-02', 'Africa/Bangui'))).toBe('2026-03-01T23:00:00.000Z');
    expect(iso(endOfDay('2026-03-02', 'Africa/Bangui'))).toBe('2026-03-02T22:59:59.999Z');
    // 8 March 2026 in New York lasts 23 hours.
    expect(endOfDay('2026-03-08', 'America/New_York') + 1 - startOfDay('2026-03-08', 'America/New_York')).toBe(
      23 * 3_600_000,
    );
    // Santiago skips midnight on 6 September 2026 (00:00 → 01:00): the day starts at the jump.
    expect(iso(startOfDay('2026-09-06', 'America/Santiago'))).toBe('2026-09-06T04:00:00.000Z');
    expect(iso(endOfDay('2026-09-05', 'America/Santiago'))).toBe('2026-09-06T03:59:59.999Z');
  });

  it('moves to another day keeping the wall-clock time', () => {
    const noonBeforeChange = at('2026-03-07T17:00:00.000Z'); // 12:00 EST
    expect(iso(shiftKeepingWallTime(noonBeforeChange, 'America/New_York', (d) => addDays(d, 2)))).toBe(
      '2026-03-09T16:00:00.000Z',
    );
    expect(iso(shiftKeepingWallTime(noonBeforeChange, 'America/New_York', (d) => addDays(d, -1)))).toBe(
      '2026-03-06T17:00:00.000Z',
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2026-03-02', 6, '2026-09-02'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-05-05', 0, '2026-05-05'],
  ])('%s + %d months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('refuses part of a month', () => {
    expect(() => addMonths('2026-01-31', 0.5)).toThrow(RangeError);
  });
});
