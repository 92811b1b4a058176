import { parsePartialDate, type CalendarDate, type PartialDate } from '../domain/calendar.js';
import type { UncertainDate } from '../domain/uncertain-date.js';
import type { ClockStartEvent, DurationUnit } from '../clocks/clock.js';
import { countedWords, documentWords, fillIn } from '../i18n/documents.js';
import { documentLabelText } from '../i18n/labels.js';
import { spokenLanguageName } from '../i18n/spoken-languages.js';
import { ALPHA2_OF_ALPHA3 } from './countries.js';
import type { DocumentLanguage } from './document-model.js';

/**
 * The words merge data is written in, per letter language: the documents' own catalogue
 * (shared/i18n/<language>/documents.ts) and, for enum values, the label catalogues. Tables of our
 * own rather than Intl for dates: letters must read the same in the core (Node) and the editor
 * preview (Chromium), and Arabic letters of the UN use Western digits, which Intl's 'ar' does not by default.
 */

/** A written date (year, month, day or day and time) in words: "3 March 2026", "mars 2015". */
export function partialDateWords(date: PartialDate, language: DocumentLanguage): string {
  const words = documentWords(language);
  const month = date.month !== undefined ? words.months[date.month - 1] : undefined;
  if (month === undefined) return String(date.year);
  if (date.day === undefined) return fillIn(words.monthYear, { month, year: date.year });
  const day = fillIn(words.dayMonthYear, {
    day: date.day === 1 ? words.dayOne : date.day,
    month,
    year: date.year,
  });
  if (date.hour === undefined || date.minute === undefined) return day;
  const time = `${String(date.hour).padStart(2, '0')}:${String(date.minute).padStart(2, '0')}`;
  return fillIn(words.dayAtTime, { day, time });
}

export function calendarDateWords(date: CalendarDate, language: DocumentLanguage): string {
  const parsed = parsePartialDate(date);
  if (!parsed) throw new TypeError('not a calendar date');
  return partialDateWords(parsed, language);
}

/** An uncertain date as said: "March 2015", "between June 2016 and August 2016", "date unknown". */
export function uncertainDateWords(date: UncertainDate, language: DocumentLanguage): string {
  const words = documentWords(language);
  if (date.precision === 'unknown') return words.unknownDate;
  const fromDate = parsePartialDate(date.from) as PartialDate;
  const from = partialDateWords(fromDate, language);
  if (date.precision !== 'range') return from;
  const toDate = parsePartialDate(date.to) as PartialDate;
  const bound = (d: PartialDate, text: string): string =>
    d.day !== undefined ? fillIn(words.dayInRange, { date: text }) : text;
  return fillIn(words.dateRange, {
    from: bound(fromDate, from),
    to: bound(toDate, partialDateWords(toDate, language)),
  });
}

/** Several incident dates, each as said, joined. */
export function incidentDatesWords(dates: readonly UncertainDate[], language: DocumentLanguage): string {
  return dates.map((date) => uncertainDateWords(date, language)).join(documentWords(language).listSeparator);
}

/** "10 working days", "3 mois", "5 أيام": the noun in the form its number takes in the language. */
export function durationWords(amount: number, unit: DurationUnit, language: DocumentLanguage): string {
  return countedWords(documentWords(language).durations[unit], amount, language);
}

/** How a deadline is counted, e.g. "10 working days after this notification". */
export function clockRuleWords(
  amount: number,
  unit: DurationUnit,
  startEvent: ClockStartEvent,
  language: DocumentLanguage,
): string {
  const event = documentLabelText(language, 'clockStartEventAfter', startEvent);
  // "0 days before the rotation" reads as "before the rotation".
  if (amount === 0) return event;
  return `${durationWords(amount, unit, language)} ${event}`;
}

/** The name of a default clock a TCC notification lists, in the letter's language; undefined for any other clock. */
export function clockNameWords(clockId: string, language: DocumentLanguage): string | undefined {
  const names: Readonly<Record<string, string>> = documentWords(language).clockNames;
  return Object.hasOwn(names, clockId) ? names[clockId] : undefined;
}

const displayNames = new Map<string, Intl.DisplayNames>();
function namer(language: DocumentLanguage, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${language}:${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([language], { type, fallback: 'code' });
    displayNames.set(key, names);
  }
  return names;
}

/** A nationality (ISO alpha-3) as a country name; the code itself when unknown. */
export function countryWords(alpha3: string, language: DocumentLanguage): string {
  const alpha2 = ALPHA2_OF_ALPHA3.get(alpha3);
  return alpha2 ? (namer(language, 'region').of(alpha2) ?? alpha3) : alpha3;
}

/**
 * A spoken language tag (`fr`, `sg`, `ar-SD`) as a language name: the catalogue's where it has one (names
 * a runtime's Intl data may lack), else Intl's, else the English catalogue's; the tag itself only when no
 * one names it.
 */
export function languageWords(tag: string, language: DocumentLanguage): string {
  const named = spokenLanguageName(tag, language);
  if (named !== undefined) return named;
  try {
    const name = namer(language, 'language').of(tag);
    if (name !== undefined && name.toLowerCase() !== tag.toLowerCase()) return name;
  } catch {
    // Not a well-formed tag: as written.
  }
  return spokenLanguageName(tag, 'en') ?? tag;
}
