import { spokenLanguageNames as ar } from './ar/spoken-languages.js';
import { spokenLanguageNames as en } from './en/spoken-languages.js';
import { spokenLanguageNames as fr } from './fr/spoken-languages.js';

/**
 * Names of spoken languages that the Intl data of a runtime may lack: Chromium's trimmed ICU names none
 * of Sango, Kongo, Dinka, Nuer, Zande… in any language (a person's language would read "sg"), and
 * Node's full ICU lacks a few (Songhay, Tamasheq, Zande). The catalogue's name comes first, so every
 * runtime says the same; any other tag is named by Intl.DisplayNames (shared/documents/words.ts).
 */
export type SpokenLanguageNames = Readonly<Record<keyof typeof en, string>>;

const NAMES: Readonly<Record<'en' | 'fr' | 'ar', SpokenLanguageNames>> = { en, fr, ar };

/**
 * The catalogue's name of a tag (`sg`, or `sg-CF` by its language) in one of the interface's languages, or
 * undefined when the catalogue has none (another tag, or a language such as Spanish it is not written in).
 */
export function spokenLanguageName(tag: string, language: string): string | undefined {
  if (!Object.hasOwn(NAMES, language)) return undefined;
  const names: Readonly<Record<string, string>> = NAMES[language as keyof typeof NAMES];
  const base = tag.toLowerCase().split('-')[0]!;
  return Object.hasOwn(names, base) ? names[base] : undefined;
}
