import { z } from 'zod';

/**
 * Calendar arithmetic on written dates ('2016', '2016-06', '2016-06-14', '2016-06-14T09:30'),
 * kept as the user wrote them: a date is a day on the calendar of the place it happened,
 * not an instant, until a time zone turns it into one (see time-zone.ts).
 */

/** A day on the calendar, `YYYY-MM-DD`. Lexicographic order is chronological order. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => parsePartialDate(value) !== null, 'not a real calendar date');
export type CalendarDate = z.infer<typeof CalendarDate>;

/** How much of a written date is known. */
export type Granularity = 'year' | 'month' | 'day' | 'minute';

/** A written date or date-time, as parsed: missing parts are absent, not guessed. */
export interface PartialDate {
  granularity: Granularity;
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/;

/** Years we accept: four digits keep ISO strings sortable; allegations reach back decades, not centuries. */
export const YEAR_RANGE = { min: 1900, max: 2199 } as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss]`; null when malformed or impossible. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const year = Number(y);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return null;
  if (mo === undefined) return { granularity: 'year', year };
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { granularity: 'month', year, month };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (h === undefined || mi === undefined) return { granularity: 'day', year, month, day };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { granularity: 'minute', year, month, day, hour, minute, second };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** First and last calendar day a written date may fall on. */
export function calendarDaysOf(date: PartialDate): { first: CalendarDate; last: CalendarDate } {
  const { year } = date;
  if (date.month === undefined)
    return { first: formatCalendarDate(year, 1, 1), last: formatCalendarDate(year, 12, 31) };
  const { month } = date;
  if (date.day === undefined) {
    return {
      first: formatCalendarDate(year, month, 1),
      last: formatCalendarDate(year, month, daysInMonth(year, month)),
    };
  }
  const day = formatCalendarDate(year, month, date.day);
  return { first: day, last: day };
}

/** A local wall-clock moment, counted as if it were UTC: the input of the time-zone conversion. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall time at which a written date begins (midnight of its first day, or its stated time). */
export function startWallTime(date: PartialDate): WallTime {
  return {
    year: date.year,
    month: date.month ?? 1,
    day: date.day ?? 1,
    hour: date.hour ?? 0,
    minute: date.minute ?? 0,
    second: date.second ?? 0,
  };
}

/**
 * The wall time at which a written date is over: midnight after its last day. A stated time
 * is a point, so it is "over" at that same moment.
 */
export function endWallTime(date: PartialDate): WallTime {
  if (date.granularity === 'minute') return startWallTime(date);
  const { last } = calendarDaysOf(date);
  const next = addDays(last, 1);
  const [y, m, d] = next.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d, hour: 0, minute: 0, second: 0 };
}

export function wallTimeAsUtcMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** The day `days` after `date` (negative: before). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return formatCalendarDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/**
 * The day someone born on `birth` has been alive `years` full years. A 29 February birthday
 * falls on 1 March in common years: of the two conventions in use this is the later one, so
 * it never makes a child an adult early.
 */
export function anniversary(birth: CalendarDate, years: number): CalendarDate {
  const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
  const year = y + years;
  if (m === 2 && d === 29 && !isLeapYear(year)) return formatCalendarDate(year, 3, 1);
  return formatCalendarDate(year, m, d);
}
