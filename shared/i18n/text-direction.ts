import { z } from 'zod';

const TEXT_DIRECTIONS = ['ltr', 'rtl'] as const;
export const TextDirection = z.enum(TEXT_DIRECTIONS);
export type TextDirection = z.infer<typeof TextDirection>;

/**
 * The direction each language Casefile writes in runs: its interface (<html dir>) and its letters
 * and reports (the document model). Indexed by a language type (the interface's or the documents'),
 * so a language added without its direction does not compile.
 */
export const DIRECTION_OF_LANGUAGE = {
  en: 'ltr',
  fr: 'ltr',
  ar: 'rtl',
  es: 'ltr',
} as const satisfies Readonly<Record<string, TextDirection>>;

/** The direction of a language by its code; a language Casefile does not write in reads left to right. */
export function directionOf(language: string): TextDirection {
  return Object.hasOwn(DIRECTION_OF_LANGUAGE, language)
    ? DIRECTION_OF_LANGUAGE[language as keyof typeof DIRECTION_OF_LANGUAGE]
    : 'ltr';
}
