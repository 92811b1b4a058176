import type { DurationUnit } from '../clocks/clock.js';
import type { DocumentLanguage } from '../documents/document-model.js';
import type { Recipient } from '../documents/template.js';
import { documentWords as ar } from './ar/documents.js';
import { documentWords as en } from './en/documents.js';
import { documentWords as es } from './es/documents.js';
import { documentWords as fr } from './fr/documents.js';

/**
 * The documents' own words (letters and reports), one catalogue per letter language
 * (./<language>/documents.ts): month names, how a date, a range of dates and a duration are written,
 * the names of the deadlines a notification lists, what a letter prints in place of a missing name
 * or a withheld description, the page numbers and the emblem's text alternative. The words of enum
 * values are the label catalogues' (labels.ts); the words of the core's messages are messages.ts'.
 * `{{name}}` marks where a value goes; `{page}` and `{pages}` are the renderers' page tokens.
 */

/** The forms of a counted noun by plural category (Intl.PluralRules of the language); `other` always. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** The clocks a notification to a contributing country lists by their own name in the letter. */
export type NotificationClockId =
  'nio_appointment' | 'tcc_investigation' | 'un_investigation' | 'subject_interview' | 'subject_reference_sample';

export interface DocumentWords {
  /** January first. */
  months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  /** The first day of a month as written in a date ("1er" in French). */
  dayOne: string;
  /** `{{day}}`, `{{month}}`, `{{year}}`. */
  dayMonthYear: string;
  /** `{{month}}`, `{{year}}`. */
  monthYear: string;
  /** A date with a time: `{{day}}` (the date in words), `{{time}}` (24-hour clock). */
  dayAtTime: string;
  unknownDate: string;
  /** Between two dates, each as written: `{{from}}`, `{{to}}`. */
  dateRange: string;
  /** A date with its day, as a bound of a range (`{{date}}`): French puts its article before it. */
  dayInRange: string;
  /** Between the incident dates of a list. */
  listSeparator: string;
  /** Between the last two names of a list, spaces included. */
  and: string;
  /** `{{count}}` and the unit, in the form its number takes. */
  durations: Readonly<Record<DurationUnit, PluralForms>>;
  clockNames: Readonly<Record<NotificationClockId, string>>;
  /** The signatory a letter prints when none is named: visibly unfinished. */
  unnamedSignatory: string;
  /** The description of a strictly confidential evidence item in a letter. */
  withheldDescription: string;
  /** The addressee a letter names when the officer leaves it out: generic, never a guess at a name. */
  defaultRecipient: Readonly<Record<Exclude<Recipient, 'victim'>, string>>;
  /** The page number the renderers add when a document's header and footer have none. */
  pageNumber: string;
  /** What a screen reader says for the letterhead emblem. */
  emblemAlt: string;
}

const DOCUMENT_WORDS: Readonly<Record<DocumentLanguage, DocumentWords>> = { en, fr, ar, es };

/** The documents' words in a letter's language. */
export function documentWords(language: DocumentLanguage): DocumentWords {
  return DOCUMENT_WORDS[language];
}

/** A catalogue text with its `{{name}}` places filled in. */
export function fillIn(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (place, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : place,
  );
}

const pluralRules = new Map<DocumentLanguage, Intl.PluralRules>();

/** `amount` with `forms`, in the form the language's plural rules choose for it. */
export function countedWords(forms: PluralForms, amount: number, language: DocumentLanguage): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return fillIn(forms[rules.select(amount)] ?? forms.other, { count: amount });
}
