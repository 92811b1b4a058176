import type { TFunction } from 'i18next';
import { parsePartialDate, type PartialDate } from '../../shared/domain/calendar.js';
import { isValidTimeZone } from '../../shared/domain/time-zone.js';
import type { UncertainDate } from '../../shared/domain/uncertain-date.js';
import { conventionsOf, dateTimeFormat } from '../i18n/date-conventions.js';

/**
 * Dates for reading, in the interface language on the 24-hour clock. Written dates are formatted
 * from their parts on the UTC calendar, so a day never shifts with the computer's zone.
 */

function writtenDate(locale: string, date: PartialDate): string {
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1, date.hour ?? 0, date.minute ?? 0));
  switch (date.granularity) {
    case 'year':
      return String(date.year);
    case 'month':
      return dateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(utc);
    case 'day':
      return dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(utc);
    case 'minute':
      return dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' }).format(utc);
  }
}

/** `YYYY-MM-DD` (or any written date) in the locale's words; the text as is when it does not parse. */
export function formatWrittenDate(locale: string, text: string): string {
  const parsed = parsePartialDate(text);
  return parsed ? writtenDate(locale, parsed) : text;
}

/** "14 Mar 2026, 10:30 (Africa/Bangui)", "March 2015", "between June 2016 and August 2016", "unknown". */
export function formatUncertainDate(t: TFunction, locale: string, date: UncertainDate): string {
  if (date.precision === 'unknown') return t('caseFile.date.unknownDate');
  const from = formatWrittenDate(locale, date.from);
  if (date.precision === 'range') return t('caseFile.date.rangeText', { from, to: formatWrittenDate(locale, date.to) });
  if (date.precision === 'exact') return t('caseFile.date.exactText', { date: from, zone: date.timeZone });
  return from;
}

/**
 * An instant (ISO UTC) for reading, date and 24-hour time on the clocks of `timeZone` (the
 * mission's, or the record's own), never the computer's, with the zone named the way written
 * dates name it: "14 Mar 2026, 10:30 (Africa/Bangui)". A zone that is not a real one reads as UTC.
 */
export function formatInstant(t: TFunction, locale: string, instant: string, timeZone: string): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const date = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(
    new Date(instant),
  );
  return t('caseFile.date.exactText', { date, zone });
}

/**
 * The locale to format dates and numbers in: the interface language's own (English: en-GB, day
 * first; French: fr-FR), never the computer's, so what is read matches what is typed.
 */
export function displayLocale(language: string): string {
  return conventionsOf(language).locale;
}
