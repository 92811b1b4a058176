import { parsePartialDate } from '../../shared/domain/calendar.js';
import type { Instant } from '../../shared/domain/primitives.js';
import { instantsOfWallTime, isValidTimeZone, utcOffsetMs } from '../../shared/domain/time-zone.js';
import { displayLocale } from '../components/format-dates.js';
import { dateTimeFormat } from '../i18n/date-conventions.js';

/**
 * Moments typed as a day and a time on the clocks of a place, and shown back the same way. The
 * conversion uses the shared IANA helpers, so the renderer and the core agree on every zone.
 */

/** A day (`YYYY-MM-DD`) and a time (`HH:mm`) as the date and time inputs hold them. */
export interface LocalMoment {
  day: string;
  time: string;
}

/** The instant the clocks in `timeZone` showed `moment`; null when it is incomplete or not a real date. */
export function instantFromLocal(moment: LocalMoment, timeZone: string): Instant | null {
  if (!moment.day || !moment.time || !isValidTimeZone(timeZone)) return null;
  const parsed = parsePartialDate(`${moment.day}T${moment.time}`);
  if (!parsed || parsed.granularity !== 'minute') return null;
  const wall = {
    year: parsed.year,
    month: parsed.month ?? 1,
    day: parsed.day ?? 1,
    hour: parsed.hour ?? 0,
    minute: parsed.minute ?? 0,
    second: 0,
  };
  // A time that happened twice (clocks turned back) is read as its first occurrence.
  const [first] = instantsOfWallTime(wall, timeZone);
  return first === undefined ? null : new Date(first).toISOString();
}

/** What the clocks in `timeZone` showed at `instant`, to fill the date and time inputs. */
export function localFromInstant(instant: Instant, timeZone: string): LocalMoment {
  const ms = Date.parse(instant);
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const local = new Date(ms + utcOffsetMs(ms, zone)).toISOString();
  return { day: local.slice(0, 10), time: local.slice(11, 16) };
}

/** Now, on the clocks of `timeZone`. */
export function localNow(timeZone: string): LocalMoment {
  return localFromInstant(new Date().toISOString(), timeZone);
}

/** A calendar day (`YYYY-MM-DD`) for reading, without shifting it through any zone. */
export function formatCalendarDay(day: string, language: string): string {
  return dateTimeFormat(displayLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** A time of day only, on the clocks of `timeZone` (UTC when it is not a real zone), e.g. for "Saved at 14:32". */
export function formatClockTime(instant: string, language: string, timeZone: string): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  return dateTimeFormat(displayLocale(language), { timeStyle: 'short', timeZone: zone }).format(new Date(instant));
}
