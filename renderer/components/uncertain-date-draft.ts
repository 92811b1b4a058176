import { systemTimeZone } from '../../shared/domain/time-zone.js';
import type { DatePrecision, UncertainDate } from '../../shared/domain/uncertain-date.js';

/**
 * What the uncertain-date input holds while it is being filled: every precision's inputs at
 * once, so switching precision back and forth loses nothing. `uncertainDateFromDraft` keeps only
 * the chosen precision's fields; the contract's schema then judges the result.
 */
export interface UncertainDateDraft {
  precision: DatePrecision;
  /** `YYYY-MM-DD`: the day of an exact or day date. */
  day: string;
  /** `HH:mm`: the time of an exact date. */
  time: string;
  /** `YYYY-MM`. */
  month: string;
  /** `YYYY`. */
  year: string;
  /** Range bounds, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** IANA name; the place's zone, by default the computer's. */
  timeZone: string;
}

/** The zone this computer is set to: a sensible default for "now" and for the mission's place. */
export function localTimeZone(): string {
  return systemTimeZone();
}

export function emptyDateDraft(
  precision: DatePrecision = 'unknown',
  timeZone: string = localTimeZone(),
): UncertainDateDraft {
  return { precision, day: '', time: '', month: '', year: '', from: '', to: '', timeZone };
}

/** The draft an existing date is edited from. */
export function draftFromUncertainDate(
  date: UncertainDate,
  fallbackZone: string = localTimeZone(),
): UncertainDateDraft {
  const draft = emptyDateDraft(date.precision, fallbackZone);
  if (date.precision === 'unknown') return draft;
  if (date.timeZone) draft.timeZone = date.timeZone;
  switch (date.precision) {
    case 'exact': {
      const [day = '', time = ''] = date.from.split('T');
      return { ...draft, day, time: time.slice(0, 5) };
    }
    case 'day':
      return { ...draft, day: date.from };
    case 'month':
      return { ...draft, month: date.from };
    case 'year':
      return { ...draft, year: date.from };
    case 'range':
      return { ...draft, from: date.from, to: date.to };
  }
}

/**
 * The value to validate with `UncertainDate` (it may still be invalid: an empty day gives a
 * `from` of '' which the schema reports on the `from` path).
 */
export function uncertainDateFromDraft(draft: UncertainDateDraft): Record<string, string> {
  const zone = draft.timeZone.trim();
  switch (draft.precision) {
    case 'unknown':
      return { precision: 'unknown' };
    case 'exact':
      return { precision: 'exact', from: draft.day && draft.time ? `${draft.day}T${draft.time}` : '', timeZone: zone };
    case 'day':
      return { precision: 'day', from: draft.day, timeZone: zone };
    case 'month':
      return { precision: 'month', from: draft.month, timeZone: zone };
    case 'year':
      return { precision: 'year', from: draft.year.trim(), timeZone: zone };
    case 'range':
      return { precision: 'range', from: draft.from.trim(), to: draft.to.trim(), timeZone: zone };
  }
}

/** Every IANA zone the runtime knows, with `current` first in line if the list lacks it (e.g. `UTC`). */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set(known);
  all.add('UTC');
  if (current) all.add(current);
  return [...all].sort((a, b) => a.localeCompare(b));
}
