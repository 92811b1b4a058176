import type { Language } from '../domain/settings.js';

/**
 * The one BCP 47 locale `Intl` formats each interface language with, whatever the operating system is set to.
 * English follows the UN's day-first usage (en-GB, not en-US). Arabic keeps Western digits (`nu-latn`), as UN
 * Arabic documents write figures, and the Gregorian calendar (plain `ar`, never a region whose default calendar
 * or digits differ: ar-SA and ar-EG print Arabic-Indic digits in Node).
 */
export const LOCALE_OF_LANGUAGE: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  fr: 'fr-FR',
  ar: 'ar-u-nu-latn',
};

/** The locale of a language tag ('fr', 'fr-CA'); English's for a tag that is not an interface language. */
export function localeOfLanguage(language: string | undefined): string {
  const base = (language ?? 'en').split('-')[0]?.toLowerCase() ?? 'en';
  return Object.hasOwn(LOCALE_OF_LANGUAGE, base) ? LOCALE_OF_LANGUAGE[base as Language] : LOCALE_OF_LANGUAGE.en;
}
