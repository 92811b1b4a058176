import { LANGUAGES, type Language } from '../../shared/domain/settings.js';
import { LOCALE_OF_LANGUAGE } from '../../shared/i18n/locales.js';

/**
 * How each interface language writes dates and times, whatever the operating system or the
 * browser is set to: an investigator who chose French sees and types French dates on an American
 * laptop. Field teams log times to the minute on the 24-hour clock, so every time shown here is
 * 00:00–23:59 (`hourCycle: 'h23'`) in every language.
 *
 * A new interface language adds its line to `DATE_CONVENTIONS` (the type makes it required) and
 * its patterns and messages to `i18n/<language>/date-time.json`.
 */
export interface DateConventions {
  /** The BCP 47 locale `Intl` formats with: the language plus the region whose habits we follow. */
  locale: string;
  /**
   * The order of day, month and year in a date typed with separators ("10/03/2026"). A date typed
   * with a four-digit year first ("2026-03-10", ISO 8601) is read as year-month-day in every language.
   */
  order: 'dmy' | 'mdy' | 'ymd';
}

/**
 * English follows the UN's own day-first usage ("10 March 2026"; 10/03/2026 in figures), the
 * same order as French, so a bilingual team types the same digits in either language; the date
 * field repeats the typed date in words, which catches a month-first habit at once.
 */
export const DATE_CONVENTIONS: Readonly<Record<Language, DateConventions>> = {
  en: { locale: LOCALE_OF_LANGUAGE.en, order: 'dmy' },
  fr: { locale: LOCALE_OF_LANGUAGE.fr, order: 'dmy' },
  // Arabic writes a date day first too ("10/03/2026", read right to left as day, month, year).
  ar: { locale: LOCALE_OF_LANGUAGE.ar, order: 'dmy' },
};

/** The interface language a (possibly regional or unknown) tag stands for; English when none matches. */
export function interfaceLanguage(tag: string): Language {
  const base = tag.split('-')[0]?.toLowerCase() ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

export function conventionsOf(language: string): DateConventions {
  return DATE_CONVENTIONS[interfaceLanguage(language)];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The one way the renderer makes a date formatter: in the locale given (see `displayLocale`),
 * on the 24-hour clock whenever the format shows a time. Cached: formatters are costly to build.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // hour12 would override hourCycle: it is dropped, never passed.
  const { hour12, ...rest } = options;
  const showsTime = rest.timeStyle !== undefined || rest.hour !== undefined;
  const withClock: Intl.DateTimeFormatOptions =
    showsTime || hour12 !== undefined ? { ...rest, hourCycle: 'h23' } : rest;
  const key = `${locale}|${JSON.stringify(withClock)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, withClock);
    formatters.set(key, found);
  }
  return found;
}
