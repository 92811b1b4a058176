import { useTranslation } from 'react-i18next';
import { directionOf, type TextDirection } from '../../shared/i18n/text-direction.js';

/** The direction the interface's language is written in ('rtl' in Arabic): for what styles cannot mirror. */
export function useTextDirection(): TextDirection {
  const { i18n } = useTranslation();
  return directionOf(i18n.language);
}

/** The `lang` and `dir` attributes of an element whose words are in a language (a template's, the interface's). */
export interface LanguageAttributes {
  lang: string;
  dir: TextDirection;
}

/** The attributes of text written in a language: a letter template's text runs in its own language's direction. */
export function languageAttributes(language: string): LanguageAttributes {
  return { lang: language, dir: directionOf(language) };
}

/**
 * The interface's language and direction, for its words set inside text in another language (the
 * headings and pickers of an English template's sections in the Arabic interface).
 */
export function useInterfaceLanguage(): LanguageAttributes {
  const { i18n } = useTranslation();
  return languageAttributes(i18n.language);
}

/**
 * Where a left or right arrow key moves in reading order: 1 onward (the next tab, a later event),
 * -1 back, 0 for any other key. In Arabic the line runs right to left, so ArrowLeft goes onward.
 */
export function inlineStep(key: string, direction: TextDirection): -1 | 0 | 1 {
  const onward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  return key === onward ? 1 : key === back ? -1 : 0;
}
