import i18next, { type i18n } from 'i18next';
import type { FieldProblemKind, MessageCatalogue, MessageParams } from './catalogue.js';
import { messages as ar } from './ar/messages.js';
import { messages as en } from './en/messages.js';
import { messages as fr } from './fr/messages.js';
import { findLabel, LABEL_CATALOGUES } from './labels.js';
import { listText } from './list-text.js';
import { localeOfLanguage } from './locales.js';

/**
 * One catalogue per language for the core's messages, rendered the same way everywhere: the
 * renderer loads the catalogues into its own i18next as the `messages` namespace and calls
 * registerMessageFormatters on it; the core renders English (for the CLI and logs) with a private
 * i18next instance over the same catalogues and the same formatters.
 */

export const MESSAGE_CATALOGUES: Readonly<Record<'en' | 'fr' | 'ar', MessageCatalogue>> = { en, fr, ar };
export type MessageLanguage = keyof typeof MESSAGE_CATALOGUES;

/** Where the catalogue sits in an i18next instance's resources (the renderer's too). */
const MESSAGES_KEY = 'messages';

const LABEL_GROUPS = Object.keys(LABEL_CATALOGUES.en);

/** Written dates and times on the 24-hour clock, in the language's locale (./locales.ts). */
const localeOf = localeOfLanguage;

function formatDate(value: unknown, language: string | undefined): string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return String(value);
  const at = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}

function formatInstant(value: unknown, language: string | undefined): string {
  const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(at)) return String(value);
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(at);
}

/** A calendar date (YYYY-MM-DD) as the messages write it: "4 May 2026". */
export const formatDateWords = (value: string, language: MessageLanguage): string => formatDate(value, language);

/** A moment (ISO) as the messages write it, on the 24-hour clock in UTC: "4 May 2026 at 10:30 UTC". */
export const formatInstantWords = (value: string, language: MessageLanguage): string => formatInstant(value, language);

/**
 * Adds a formatter per label group (`{{status, caseStatus}}` shows the status's label from the
 * language's label catalogue, shared/i18n/<language>/labels.ts; a list of values as a list in the
 * language), plus `date`, `instant` and `codes`, to an i18next instance whose resources hold the catalogue
 * under `messages`.
 */
export function registerMessageFormatters(instance: i18n): void {
  const formatter = instance.services.formatter;
  if (!formatter) throw new Error('i18next has no formatter: initialise the instance first');
  const t = untyped(instance);
  for (const group of LABEL_GROUPS) {
    const label = (value: unknown, lng: string | undefined): string =>
      findLabel(lng ?? 'en', group, value) ?? t(`${MESSAGES_KEY}.unknownValue`, { lng });
    // A list reads "a, b and c"; `{{x, group(type: disjunction)}}` makes it "a, b or c".
    formatter.add(group, (value: unknown, lng: string | undefined, options: { type?: string } | undefined) =>
      Array.isArray(value)
        ? listText(
            lng,
            value.map((item) => label(item, lng)),
            { type: options?.type === 'disjunction' ? 'disjunction' : 'conjunction' },
          )
        : label(value, lng),
    );
  }
  formatter.add('date', formatDate);
  formatter.add('instant', formatInstant);
  formatter.add('codes', formatCodes);
}

/** `{{people, codes}}`: pseudonym codes or references as a series in the language ("V-01, V-02"; «V-01، V-02»). */
function formatCodes(value: unknown, language: string | undefined): string {
  return Array.isArray(value) ? listText(language, value.map(String), { type: 'unit' }) : String(value);
}

/**
 * Resources for i18next: each language's catalogue under `messages`. A value's words are not keys
 * here: the label formatters and labelText read them from the label catalogues.
 */
type MessageResources = Record<MessageLanguage, { translation: { messages: MessageCatalogue } }>;
const messageResources = (): MessageResources => ({
  en: { translation: { messages: { ...en } } },
  fr: { translation: { messages: { ...fr } } },
  ar: { translation: { messages: { ...ar } } },
});

/** t() without the renderer's typed keys (its CustomTypeOptions reach this file when the renderer compiles it). */
const untyped = (instance: i18n) => instance.t as unknown as (key: string, options?: Record<string, unknown>) => string;

let core: i18n | undefined;

/** The core's own instance: synchronous, no React, nothing global touched. */
function coreInstance(): i18n {
  if (core) return core;
  const instance = i18next.createInstance();
  void instance.init({
    resources: messageResources(),
    lng: 'en',
    fallbackLng: false,
    initAsync: false,
    // Plain text for a terminal or a log; the renderer's React escapes what it shows.
    interpolation: { escapeValue: false },
  });
  registerMessageFormatters(instance);
  core = instance;
  return instance;
}

/** A message in a language, from its catalogue key (`errors.vault.locked`, `findings.R1_….default.message`). */
export function messageText(language: MessageLanguage, key: string, params?: MessageParams): string {
  return untyped(coreInstance())(`${MESSAGES_KEY}.${key}`, { ...params, lng: language });
}

/** A field's problem in a language (for a command line that names its own options beside it). */
export function fieldProblemText(language: MessageLanguage, problem: FieldProblemKind, params?: MessageParams): string {
  return messageText(language, `fields.${problem}`, params);
}
