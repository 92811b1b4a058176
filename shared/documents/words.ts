import { parsePartialDate, type CalendarDate, type PartialDate } from '../domain/calendar.js';
import type { UncertainDate } from '../domain/uncertain-date.js';
import type { ClockStartEvent, DurationUnit } from '../clocks/clock.js';
import { documentLabelText } from '../i18n/labels.js';
import { ALPHA2_OF_ALPHA3 } from './countries.js';
import type { DocumentLanguage } from './document-model.js';

/**
 * The words merge data is written in, per letter language (the words of enum values are the label
 * catalogues', shared/i18n/<language>/labels.ts). Tables of our own rather than Intl
 * for dates: letters must read the same in the core (Node) and the editor preview (Chromium),
 * and Arabic letters of the UN use Western digits, which Intl's 'ar' does not by default.
 */

const MONTHS: Readonly<Record<DocumentLanguage, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

function dayWords(day: number, language: DocumentLanguage): string {
  return language === 'fr' && day === 1 ? '1er' : String(day);
}

/** A written date (year, month, day or day and time) in words: "3 March 2026", "mars 2015". */
export function partialDateWords(date: PartialDate, language: DocumentLanguage): string {
  const month = date.month !== undefined ? (MONTHS[language][date.month - 1] as string) : undefined;
  if (month === undefined) return String(date.year);
  if (date.day === undefined) return `${month} ${date.year}`;
  const day = `${dayWords(date.day, language)} ${month} ${date.year}`;
  if (date.hour === undefined || date.minute === undefined) return day;
  const time = `${String(date.hour).padStart(2, '0')}:${String(date.minute).padStart(2, '0')}`;
  return { en: `${day} at ${time}`, fr: `${day} à ${time}`, ar: `${day} الساعة ${time}` }[language];
}

export function calendarDateWords(date: CalendarDate, language: DocumentLanguage): string {
  const parsed = parsePartialDate(date);
  if (!parsed) throw new TypeError('not a calendar date');
  return partialDateWords(parsed, language);
}

const UNKNOWN_DATE_WORDS: Readonly<Record<DocumentLanguage, string>> = {
  en: 'date unknown',
  fr: 'date inconnue',
  ar: 'تاريخ غير معروف',
};

/** An uncertain date as said: "March 2015", "between June 2016 and August 2016", "date unknown". */
export function uncertainDateWords(date: UncertainDate, language: DocumentLanguage): string {
  if (date.precision === 'unknown') return UNKNOWN_DATE_WORDS[language];
  const from = partialDateWords(parsePartialDate(date.from) as PartialDate, language);
  if (date.precision !== 'range') return from;
  const toDate = parsePartialDate(date.to) as PartialDate;
  const to = partialDateWords(toDate, language);
  if (language === 'en') return `between ${from} and ${to}`;
  if (language === 'ar') return `بين ${from} و${to}`;
  const fromDate = parsePartialDate(date.from) as PartialDate;
  const withArticle = (d: PartialDate, words: string): string => (d.day !== undefined ? `le ${words}` : words);
  return `entre ${withArticle(fromDate, from)} et ${withArticle(toDate, to)}`;
}

/** Several incident dates, each as said, joined. */
export function incidentDatesWords(dates: readonly UncertainDate[], language: DocumentLanguage): string {
  return dates.map((date) => uncertainDateWords(date, language)).join(language === 'ar' ? '؛ ' : '; ');
}

/** "10 working days", "3 mois", "٥ أيام" with Arabic number agreement (1, 2, 3–10, 11+). */
export function durationWords(amount: number, unit: DurationUnit, language: DocumentLanguage): string {
  if (language === 'en') {
    const noun = { hours: 'hour', days: 'day', working_days: 'working day', months: 'month' }[unit];
    return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
  }
  if (language === 'fr') {
    const [one, many] = {
      hours: ['heure', 'heures'],
      days: ['jour', 'jours'],
      working_days: ['jour ouvrable', 'jours ouvrables'],
      months: ['mois', 'mois'],
    }[unit];
    return `${amount} ${amount <= 1 ? one : many}`;
  }
  const forms = {
    hours: ['ساعة واحدة', 'ساعتان', 'ساعات', 'ساعة'],
    days: ['يوم واحد', 'يومان', 'أيام', 'يومًا'],
    working_days: ['يوم عمل واحد', 'يوما عمل', 'أيام عمل', 'يوم عمل'],
    months: ['شهر واحد', 'شهران', 'أشهر', 'شهرًا'],
  }[unit] as [string, string, string, string];
  if (amount === 1) return forms[0];
  if (amount === 2) return forms[1];
  if (amount >= 3 && amount <= 10) return `${amount} ${forms[2]}`;
  return `${amount} ${forms[3]}`;
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

/** Names of the default clocks a TCC notification lists, in the letter's language. */
export const CLOCK_NAME_WORDS: Readonly<Record<DocumentLanguage, Readonly<Record<string, string>>>> = {
  en: {
    nio_appointment: 'Appointment of a National Investigation Officer',
    tcc_investigation: 'Completion of the national investigation',
    un_investigation: 'Completion of the United Nations investigation',
    subject_interview: 'Interview of the person concerned',
    subject_reference_sample: 'Reference sample from the person concerned',
  },
  fr: {
    nio_appointment: 'Désignation d’un enquêteur national',
    tcc_investigation: 'Achèvement de l’enquête nationale',
    un_investigation: 'Achèvement de l’enquête de l’Organisation des Nations Unies',
    subject_interview: 'Audition de la personne mise en cause',
    subject_reference_sample: 'Prélèvement de référence sur la personne mise en cause',
  },
  ar: {
    nio_appointment: 'تعيين موظف تحقيق وطني',
    tcc_investigation: 'إنجاز التحقيق الوطني',
    un_investigation: 'إنجاز تحقيق الأمم المتحدة',
    subject_interview: 'مقابلة الشخص المعني',
    subject_reference_sample: 'أخذ عينة مرجعية من الشخص المعني',
  },
};

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

/** A spoken language tag (`fr`, `sg`, `ar-SD`) as a language name. */
export function languageWords(tag: string, language: DocumentLanguage): string {
  try {
    return namer(language, 'language').of(tag) ?? tag;
  } catch {
    return tag;
  }
}
