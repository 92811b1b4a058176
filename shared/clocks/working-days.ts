import { z } from 'zod';
import { addDays, CalendarDate } from '../domain/calendar.js';

/**
 * Working days of a mission: weekends differ (Saturday–Sunday in most, Friday–Saturday in
 * some) and public holidays are local, so both are settings, never constants.
 */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

export const DEFAULT_WEEKEND_DAYS: readonly Weekday[] = Object.freeze(['saturday', 'sunday'] as const);

/** Long enough for years of holidays; short enough that a corrupted setting cannot stall the UI. */
const MAX_HOLIDAYS = 2_000;

export const WorkingCalendar = z
  .object({
    weekendDays: z
      .array(Weekday)
      // With every day off, no working day ever comes.
      .max(WEEKDAYS.length - 1, 'at least one day of the week must be a working day')
      .refine((days) => new Set(days).size === days.length, 'a weekend day is listed twice'),
    /** Days off that fall on working days; one on a weekend day changes nothing (list any substitute day too). */
    holidays: z.array(CalendarDate).max(MAX_HOLIDAYS),
  })
  .strict();
export type WorkingCalendar = z.infer<typeof WorkingCalendar>;

export const DEFAULT_WORKING_CALENDAR: Readonly<WorkingCalendar> = Object.freeze({
  weekendDays: DEFAULT_WEEKEND_DAYS as Weekday[],
  holidays: Object.freeze([]) as unknown as CalendarDate[],
});

/** The day of the week of a calendar date (proleptic Gregorian, no time zone involved). */
export function weekdayOf(date: CalendarDate): Weekday {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // getUTCDay counts from Sunday = 0; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7] as Weekday;
}

interface DaysOff {
  isWorking(date: CalendarDate): boolean;
}

function daysOff(calendar: WorkingCalendar): DaysOff {
  const weekend = new Set<Weekday>(calendar.weekendDays);
  // Checked here too: callers may pass a calendar that never went through the schema.
  if (WEEKDAYS.every((day) => weekend.has(day)))
    throw new RangeError('a working calendar needs at least one working weekday');
  const holidays = new Set(calendar.holidays);
  return { isWorking: (date) => !weekend.has(weekdayOf(date)) && !holidays.has(date) };
}

export function isWorkingDay(date: CalendarDate, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): boolean {
  return daysOff(calendar).isWorking(date);
}

/**
 * The working day reached by counting `n` working days from `date`, not counting `date`
 * itself (the day of a notification is day 0, the next working day is day 1). Negative `n`
 * counts back the same way. Zero returns `date` unchanged, even on a weekend or a holiday:
 * no days were counted, so the day did not move.
 */
export function addWorkingDays(
  date: CalendarDate,
  n: number,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): CalendarDate {
  if (!Number.isSafeInteger(n)) throw new RangeError('a number of working days must be a whole number');
  const { isWorking } = daysOff(calendar);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let day = date;
  while (remaining > 0) {
    day = addDays(day, step);
    if (isWorking(day)) remaining -= 1;
  }
  return day;
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier): the
 * inverse of addWorkingDays, so `countWorkingDays(d, addWorkingDays(d, n)) === n`.
 */
export function countWorkingDays(
  from: CalendarDate,
  to: CalendarDate,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): number {
  if (from === to) return 0;
  const { isWorking } = daysOff(calendar);
  const [start, end, sign] = from < to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
    if (isWorking(day)) count += 1;
  }
  // Counting back from a later `from`, the earlier end is included and the later one is not.
  if (sign < 0) {
    count += (isWorking(start) ? 1 : 0) - (isWorking(end) ? 1 : 0);
  }
  return sign * count;
}
