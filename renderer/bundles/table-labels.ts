import { recordKindInWords, type WordsLanguage } from '../../shared/bundles/record-words.js';
import { interfaceLanguage } from '../i18n/date-conventions.js';

/** The language a bundle's records are worded in: the screen's (English when the screen's is not ours). */
export const wordsLanguage = (language: string): WordsLanguage => interfaceLanguage(language);

/** A kind of record a bundle carries, in words ("Evidence items"), never the table's name. */
export function tableLabel(language: string, table: string): string {
  return recordKindInWords(table, wordsLanguage(language));
}
