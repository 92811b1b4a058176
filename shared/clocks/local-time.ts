import { addDays, daysInMonth, formatCalendarDate, type CalendarDate, type WallTime } from '../domain/calendar.js';
import { instantsOfWallTime, utcOffsetMs } from '../domain/time-zone.js';

/**
 * Instants seen on the calendar of a place: deadlines count days where the team works, so
 * "10 working days" and "end of the day" are read in the mission's time zone, not in UTC.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The wall-clock time shown in `timeZone` at `epochMs` (milliseconds kept apart, since WallTime has none). */
export function wallTimeAt(epochMs: number, timeZone: string): { wall: WallTime; millisecond: number } {
  const local = new Date(epochMs + utcOffsetMs(epochMs, timeZone));
  return {
    wall: {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: local.getUTCSeconds(),
    },
    millisecond: local.getUTCMilliseconds(),
  };
}

/** The calendar day `epochMs` falls on in `timeZone`. */
export function localDateOf(epochMs: number, timeZone: string): CalendarDate {
  const { wall } = wallTimeAt(epochMs, timeZone);
  return formatCalendarDate(wall.year, wall.month, wall.day);
}

function wallOfDate(date: CalendarDate, time: Pick<WallTime, 'hour' | 'minute' | 'second'>): WallTime {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day, hour: time.hour, minute: time.minute, second: time.second };
}

/**
 * The instant `date` at the given wall time in `timeZone`. A time shown twice (clocks turned
 * back) is read as its first occurrence, which is the earlier deadline; a skipped time as
 * time-zone.ts reads it.
 */
export function instantAt(
  date: CalendarDate,
  time: Pick<WallTime, 'hour' | 'minute' | 'second'>,
  millisecond: number,
  timeZone: string,
): number {
  return (instantsOfWallTime(wallOfDate(date, time), timeZone)[0] as number) + millisecond;
}

const MIDNIGHT = { hour: 0, minute: 0, second: 0 } as const;

/** The first instant of `date` in `timeZone` (a midnight skipped by a clock change starts the day at the jump). */
export function startOfDay(date: CalendarDate, timeZone: string): number {
  return instantAt(date, MIDNIGHT, 0, timeZone);
}

/** The last millisecond of `date` in `timeZone`: displayed as 23:59:59 of that day, never as the next midnight. */
export function endOfDay(date: CalendarDate, timeZone: string): number {
  return startOfDay(addDays(date, 1), timeZone) - 1;
}

/**
 * The same day of the month `months` later (negative: earlier), clamped to the month's last
 * day: 31 January + 1 month is 28 (or 29) February, the reading that never runs past the month.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError('a number of months must be a whole number');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatCalendarDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * Moves `epochMs` to another day of the local calendar and keeps its wall-clock time, so that
 * "3 days after 10:00" is 10:00 local even when a clock change falls in between.
 */
export function shiftKeepingWallTime(
  epochMs: number,
  timeZone: string,
  moveDate: (date: CalendarDate) => CalendarDate,
): number {
  const { wall, millisecond } = wallTimeAt(epochMs, timeZone);
  const moved = moveDate(formatCalendarDate(wall.year, wall.month, wall.day));
  return instantAt(moved, wall, millisecond, timeZone);
}
