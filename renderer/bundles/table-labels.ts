import { recordKindInWords, type WordsLanguage } from '../../shared/bundles/record-words.js';

/** The language a bundle's records are worded in: the screen's (English or French). */
export const wordsLanguage = (language: string): WordsLanguage => (language.startsWith('fr') ? 'fr' : 'en');

/** A kind of record a bundle carries, in words ("Evidence items"), never the table's name. */
export function tableLabel(language: string, table: string): string {
  return recordKindInWords(table, wordsLanguage(language));
}
