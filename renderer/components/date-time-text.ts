import { daysInMonth, formatCalendarDate, parsePartialDate, YEAR_RANGE } from '../../shared/domain/calendar.js';
import { conventionsOf } from '../i18n/date-conventions.js';

/**
 * Dates and times as people type them, read into the ISO shapes the forms and the contract use
 * (`YYYY-MM-DD`, `YYYY-MM`, `HH:mm`), and written back the way the interface language writes
 * them. Nothing here reads the browser's or the system's locale.
 */

/** Why a typed date is refused; each has its own message in `dateTime.problems`. */
export type DateProblem = 'format' | 'year' | 'month' | 'day';
/** Why a typed time is refused. */
export type TimeProblem = 'format' | 'hour' | 'minute' | 'twelveHour';

export type Entry<Problem> =
  | { kind: 'empty' }
  | { kind: 'valid'; value: string }
  /** `month` (`YYYY-MM`): the month a day problem is in, so the message can say how many days it has. */
  | { kind: 'invalid'; problem: Problem; month?: string };

const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * What was typed, with Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits read as 0–9 and
 * surrounding spaces and the invisible direction marks of right-to-left text (LRM, RLM, ALM,
 * embeddings and isolates, as text copied from an Arabic document carries them) dropped: a
 * keyboard set to Arabic or Persian types those digits, and an Arabic interface (issue 15) reads
 * dates the same way.
 */
function typedText(text: string): string {
  return text
    .replace(DIRECTION_MARKS, '')
    .trim()
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90));
}

function checkedDate(year: number, month: number, day: number): Entry<DateProblem> {
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return { kind: 'invalid', problem: 'year' };
  if (month < 1 || month > 12) return { kind: 'invalid', problem: 'month' };
  if (day < 1 || day > daysInMonth(year, month))
    return { kind: 'invalid', problem: 'day', month: `${pad(year, 4)}-${pad(month)}` };
  return { kind: 'valid', value: formatCalendarDate(year, month, day) };
}

/**
 * Day, month, year of a date typed with the year last, in the language's order (year-first languages read such a date
 * day first).
 */
function dayMonthYear(
  order: 'dmy' | 'mdy' | 'ymd',
  first: number,
  second: number,
  year: number,
): [number, number, number] {
  return order === 'mdy' ? [second, first, year] : [first, second, year];
}

// A four-digit year first (ISO 8601 and its variants): "2026-03-10", "2026/3/10".
const YEAR_FIRST_DATE = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;
// Day and month of one or two digits, any of / . - or spaces between, the year last.
const YEAR_LAST_DATE = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d+)$/;

/**
 * A typed date: "10/03/2026", "10.3.2026", "10 03 2026", "10032026" in the language's order, or
 * year first, "2026-03-10" (ISO 8601), in any language. A two-digit year is refused rather than
 * guessed: "85" could be a birth in 1985 or a slip of the keyboard.
 */
export function readDate(text: string, language: string): Entry<DateProblem> {
  const typed = typedText(text);
  if (typed === '') return { kind: 'empty' };
  const yearFirst = YEAR_FIRST_DATE.exec(typed);
  if (yearFirst) return checkedDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const { order } = conventionsOf(language);
  const yearLast = YEAR_LAST_DATE.exec(typed);
  if (yearLast) {
    const yearDigits = yearLast[3] ?? '';
    if (yearDigits.length !== 4) return { kind: 'invalid', problem: yearDigits.length <= 2 ? 'year' : 'format' };
    const [day, month, year] = dayMonthYear(order, Number(yearLast[1]), Number(yearLast[2]), Number(yearDigits));
    return checkedDate(year, month, day);
  }
  if (/^\d{8}$/.test(typed)) {
    // Eight digits: year first when that makes a real date (20260310), else the language's order
    // (10032026). Both can never be real: a year 1900–2199 in the last four digits is no month.
    const asYearFirst = checkedDate(Number(typed.slice(0, 4)), Number(typed.slice(4, 6)), Number(typed.slice(6, 8)));
    if (asYearFirst.kind === 'valid') return asYearFirst;
    const [day, month, year] = dayMonthYear(
      order,
      Number(typed.slice(0, 2)),
      Number(typed.slice(2, 4)),
      Number(typed.slice(4, 8)),
    );
    return checkedDate(year, month, day);
  }
  return { kind: 'invalid', problem: 'format' };
}

/** `YYYY-MM-DD` as the language writes it in figures ("10/03/2026"); any other text as it is. */
export function dateText(value: string, language: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parsePartialDate(value) : null;
  if (!parsed || parsed.month === undefined || parsed.day === undefined) return value;
  const day = pad(parsed.day);
  const month = pad(parsed.month);
  const year = pad(parsed.year, 4);
  switch (conventionsOf(language).order) {
    case 'dmy':
      return `${day}/${month}/${year}`;
    case 'mdy':
      return `${month}/${day}/${year}`;
    case 'ymd':
      return `${year}-${month}-${day}`;
  }
}

const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const SEPARATED_MONTH = /^(\d{1,2})\s*[/.\-\s]\s*(\d+)$/;

/** A typed month: "03/2026", "3.2026", or ISO "2026-03". */
export function readMonth(text: string): Entry<DateProblem> {
  const typed = typedText(text);
  if (typed === '') return { kind: 'empty' };
  const iso = ISO_MONTH.exec(typed);
  const separated = iso ? null : SEPARATED_MONTH.exec(typed);
  if (!iso && !separated) return { kind: 'invalid', problem: 'format' };
  const yearDigits = iso ? (iso[1] ?? '') : (separated?.[2] ?? '');
  if (yearDigits.length !== 4) return { kind: 'invalid', problem: yearDigits.length <= 2 ? 'year' : 'format' };
  const year = Number(yearDigits);
  const month = Number(iso ? iso[2] : separated?.[1]);
  const checked = checkedDate(year, month, 1);
  return checked.kind === 'valid' ? { kind: 'valid', value: `${pad(year, 4)}-${pad(month)}` } : checked;
}

/** `YYYY-MM` as "03/2026"; any other text as it is. */
export function monthText(value: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return match && parsePartialDate(value) ? `${match[2]}/${match[1]}` : value;
}

const MONTH_ONLY = /^(?:\d{1,2}\s*[/.\-\s]\s*\d+|\d{4}-\d{1,2})$/;

/**
 * A bound of a date range, as precise as the witness was: a year ("2016"), a month ("06/2016")
 * or a day ("14/06/2016"); the ISO forms (2016-06, 2016-06-14) are understood too.
 */
export function readBound(text: string, language: string): Entry<DateProblem> {
  const typed = typedText(text);
  if (typed === '') return { kind: 'empty' };
  if (/^\d{4}$/.test(typed)) {
    const year = Number(typed);
    return year < YEAR_RANGE.min || year > YEAR_RANGE.max
      ? { kind: 'invalid', problem: 'year' }
      : { kind: 'valid', value: typed };
  }
  return MONTH_ONLY.test(typed) ? readMonth(typed) : readDate(typed, language);
}

/** A range bound as the language writes it: 2016, 06/2016, 14/06/2016; any other text as it is. */
export function boundText(value: string, language: string): string {
  if (/^\d{4}-\d{2}$/.test(value)) return monthText(value);
  return dateText(value, language);
}

// "23:21", "23h21", "23 h 21", "23.21", "9:05"
const SEPARATED_TIME = /^(\d{1,2})\s*[:hH.]\s*(\d{2})$/;
// "23h", "9 h"
const HOUR_ONLY = /^(\d{1,2})\s*[hH]?$/;
const TWELVE_HOUR = /^(.*?)\s*([ap])\.?\s*m\.?$/i;
// The Arabic 12-hour marks: ص (صباحًا, morning) and م (مساءً, evening), the letter or the word.
const ARABIC_TWELVE_HOUR = /^(.*?)\s*(ص|صباحا?|م|مساءا?)\.?$/u;
// Vowel marks an Arabic keyboard may add to those words (صباحًا, مساءً): they change nothing.
const ARABIC_MARKS = /[\u064b-\u065f\u0670]/gu;

/** The clock part of a time typed with am/pm or ص/م, and whether it is the afternoon; null without either. */
function twelveHourClock(typed: string): { clock: string; afternoon: boolean } | null {
  const latin = TWELVE_HOUR.exec(typed);
  if (latin) return { clock: latin[1] ?? '', afternoon: latin[2]?.toLowerCase() === 'p' };
  const arabic = ARABIC_TWELVE_HOUR.exec(typed.replace(ARABIC_MARKS, ''));
  if (arabic) return { clock: arabic[1] ?? '', afternoon: arabic[2]?.startsWith('م') ?? false };
  return null;
}

function checkedTime(hour: number, minute: number): Entry<TimeProblem> {
  if (hour > 23) return { kind: 'invalid', problem: 'hour' };
  if (minute > 59) return { kind: 'invalid', problem: 'minute' };
  return { kind: 'valid', value: `${pad(hour)}:${pad(minute)}` };
}

function readClockDigits(typed: string): Entry<TimeProblem> {
  const separated = SEPARATED_TIME.exec(typed);
  if (separated) return checkedTime(Number(separated[1]), Number(separated[2]));
  const hourOnly = HOUR_ONLY.exec(typed);
  if (hourOnly) return checkedTime(Number(hourOnly[1]), 0);
  // Three or four digits typed without a separator: the last two are the minutes ("2321", "905").
  if (/^\d{3,4}$/.test(typed)) return checkedTime(Number(typed.slice(0, -2)), Number(typed.slice(-2)));
  return { kind: 'invalid', problem: 'format' };
}

/**
 * A typed time of day on the 24-hour clock: "2321", "23:21", "23h21", "9:05", "905", "9h", "23".
 * "2:30 pm", and in Arabic "2:30 م" (مساءً) or "9:15 ص" (صباحًا), are understood too (someone used to
 * the 12-hour clock means it unambiguously), and shown back as 14:30 and 09:15.
 */
export function readTime(text: string): Entry<TimeProblem> {
  const typed = typedText(text);
  if (typed === '') return { kind: 'empty' };
  const twelve = twelveHourClock(typed);
  if (!twelve) return readClockDigits(typed);
  const clock = readClockDigits(twelve.clock.trim());
  if (clock.kind !== 'valid') return clock.kind === 'empty' ? { kind: 'invalid', problem: 'format' } : clock;
  const [hour = 0, minute = 0] = clock.value.split(':').map(Number);
  if (hour < 1 || hour > 12) return { kind: 'invalid', problem: 'twelveHour' };
  return checkedTime((hour % 12) + (twelve.afternoon ? 12 : 0), minute);
}

/** `HH:mm` (or `HH:mm:ss`) as shown in the field: "23:21"; any other text as it is. */
export function timeText(value: string): string {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(value);
  return match && checkedTime(Number(match[1]), Number(match[2])).kind === 'valid' ? `${match[1]}:${match[2]}` : value;
}

/**
 * What a field hands to its form: the ISO value when the text is a real date or time, '' when it
 * is empty, and the text itself when it is not understood, so that the form's own check refuses
 * it instead of the entry vanishing.
 */
export function formValue(entry: Entry<string>, text: string): string {
  return entry.kind === 'valid' ? entry.value : entry.kind === 'empty' ? '' : text.trim();
}
