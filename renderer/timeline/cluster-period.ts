import { dateTimeFormat } from '../i18n/date-conventions.js';

const DAY_MS = 86_400_000;

/**
 * The period a cluster of events covers, in words of the display locale on the mission's calendar
 * ("3–5 May 2026"; with the hours on the 24-hour clock when it is shorter than a day). `end` is exclusive.
 */
export function clusterPeriod(locale: string, timeZone: string, earliest: number, end: number): string {
  const last = Math.max(earliest, end - 1);
  const withHours = last - earliest < DAY_MS;
  const format = dateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withHours ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
  return format.formatRange(earliest, last);
}
