import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  countWorkingDays,
  isWorkingDay,
  weekdayOf,
  WorkingCalendar,
  type WorkingCalendar as WorkingCalendarT,
} from '../../../shared/clocks/working-days.js';
import { addDays } from '../../../shared/domain/calendar.js';

const satSun: WorkingCalendarT = { weekendDays: ['saturday', 'sunday'], holidays: [] };
const friSat: WorkingCalendarT = { weekendDays: ['friday', 'saturday'], holidays: [] };
const withHolidays = (...holidays: string[]): WorkingCalendarT => ({ weekendDays: ['saturday', 'sunday'], holidays });

describe('weekdayOf', () => {
  it.each([
    ['2026-03-02', 'monday'],
    ['2026-03-05', 'thursday'],
    ['2026-03-08', 'sunday'],
    ['2024-02-29', 'thursday'],
    ['2027-01-01', 'friday'],
  ])('%s is a %s', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });
});

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    expect(addWorkingDays('2026-03-05', 1, satSun)).toBe('2026-03-06'); // Thu → Fri
    expect(addWorkingDays('2026-03-05', 2, satSun)).toBe('2026-03-09'); // Thu → Mon
    expect(addWorkingDays('2026-03-06', 5, satSun)).toBe('2026-03-13'); // Fri → Fri
  });

  it('does not count the start day, and a start on a weekend counts from Monday', () => {
    expect(addWorkingDays('2026-03-07', 1, satSun)).toBe('2026-03-09'); // Sat → Mon
    expect(addWorkingDays('2026-03-08', 5, satSun)).toBe('2026-03-13'); // Sun → Fri
  });

  it('skips a holiday on a weekday', () => {
    expect(addWorkingDays('2026-03-05', 1, withHolidays('2026-03-06'))).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-05', 10, withHolidays('2026-03-09'))).toBe('2026-03-20');
  });

  it('ignores a holiday on a weekend day (no substitute unless it is listed)', () => {
    expect(addWorkingDays('2026-03-05', 2, withHolidays('2026-03-07'))).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-05', 2, withHolidays('2026-03-07', '2026-03-09'))).toBe('2026-03-10');
  });

  it('crosses a year boundary with its holidays', () => {
    const yearEnd = withHolidays('2026-12-25', '2027-01-01');
    expect(addWorkingDays('2026-12-24', 3, yearEnd)).toBe('2026-12-30');
    expect(addWorkingDays('2026-12-24', 5, yearEnd)).toBe('2027-01-04');
    expect(addWorkingDays('2027-01-04', -5, yearEnd)).toBe('2026-12-24');
  });

  it('uses the configured weekend (Friday and Saturday)', () => {
    expect(addWorkingDays('2026-03-05', 1, friSat)).toBe('2026-03-08'); // Thu → Sun
    expect(addWorkingDays('2026-03-06', 1, friSat)).toBe('2026-03-08'); // Fri → Sun
    expect(addWorkingDays('2026-03-05', 1, satSun)).not.toBe('2026-03-08');
  });

  it('counts backwards for negative N', () => {
    expect(addWorkingDays('2026-03-09', -1, satSun)).toBe('2026-03-06'); // Mon → Fri
    expect(addWorkingDays('2026-03-09', -1, withHolidays('2026-03-06'))).toBe('2026-03-05');
    expect(addWorkingDays('2026-03-08', -1, satSun)).toBe('2026-03-06'); // Sun → Fri
  });

  it('leaves the date where it is for zero, even on a weekend', () => {
    expect(addWorkingDays('2026-03-05', 0, satSun)).toBe('2026-03-05');
    expect(addWorkingDays('2026-03-07', 0, satSun)).toBe('2026-03-07');
  });

  it('refuses a fractional count and a week with no working day', () => {
    expect(() => addWorkingDays('2026-03-05', 1.5, satSun)).toThrow(RangeError);
    const never = {
      weekendDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
      holidays: [],
    } as WorkingCalendarT;
    expect(() => addWorkingDays('2026-03-05', 1, never)).toThrow(RangeError);
  });
});

describe('countWorkingDays', () => {
  it('counts the days after the start up to and including the end', () => {
    expect(countWorkingDays('2026-03-05', '2026-03-09', satSun)).toBe(2);
    expect(countWorkingDays('2026-03-05', '2026-03-07', satSun)).toBe(1);
    expect(countWorkingDays('2026-03-05', '2026-03-05', satSun)).toBe(0);
    expect(countWorkingDays('2026-03-05', '2026-03-20', withHolidays('2026-03-09'))).toBe(10);
  });

  it('is negative when the end comes first', () => {
    expect(countWorkingDays('2026-03-09', '2026-03-05', satSun)).toBe(-2);
    expect(countWorkingDays('2027-01-04', '2026-12-24', withHolidays('2026-12-25', '2027-01-01'))).toBe(-5);
  });

  it('is the inverse of addWorkingDays from any start, across weekends, holidays and a year end', () => {
    const calendars = [satSun, friSat, withHolidays('2026-12-25', '2026-12-26', '2027-01-01', '2027-01-02')];
    for (const calendar of calendars) {
      for (let offset = 0; offset < 9; offset += 1) {
        const start = addDays('2026-12-20', offset);
        for (const n of [-12, -3, -1, 0, 1, 2, 7, 15]) {
          expect(countWorkingDays(start, addWorkingDays(start, n, calendar), calendar), `${start} ${n}`).toBe(n);
        }
      }
    }
  });
});

describe('isWorkingDay and the WorkingCalendar schema', () => {
  it('knows weekend days and holidays', () => {
    expect(isWorkingDay('2026-03-06', satSun)).toBe(true);
    expect(isWorkingDay('2026-03-06', friSat)).toBe(false);
    expect(isWorkingDay('2026-03-09', withHolidays('2026-03-09'))).toBe(false);
  });

  it('accepts an editable calendar and refuses impossible ones', () => {
    expect(WorkingCalendar.safeParse({ weekendDays: ['friday', 'saturday'], holidays: ['2026-12-25'] }).success).toBe(
      true,
    );
    expect(WorkingCalendar.safeParse({ weekendDays: [], holidays: [] }).success).toBe(true);
    expect(WorkingCalendar.safeParse({ weekendDays: ['sunday', 'sunday'], holidays: [] }).success).toBe(false);
    expect(
      WorkingCalendar.safeParse({
        weekendDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
        holidays: [],
      }).success,
    ).toBe(false);
    expect(WorkingCalendar.safeParse({ weekendDays: ['saturday'], holidays: ['2026-02-30'] }).success).toBe(false);
    expect(WorkingCalendar.safeParse({ weekendDays: ['caturday'], holidays: [] }).success).toBe(false);
  });
});
