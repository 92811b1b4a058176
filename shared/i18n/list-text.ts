import { localeOfLanguage } from './locales.js';

/**
 * How a list reads: 'conjunction' for prose ("a, b and c"; in Arabic «أ وب وج»), 'disjunction' for choices
 * ("a, b or c"), 'unit' for a plain series of codes or names where no "and" belongs (E-0001, E-0002; in Arabic
 * the Arabic comma: E-0001، E-0002).
 */
export type ListType = 'conjunction' | 'disjunction' | 'unit';

/**
 * The comma between the items of a plain series, per interface language. Intl's own 'unit' lists put "et" / "و"
 * before the last item in French and Arabic, which a series of codes does not read with.
 */
const SERIES_COMMA: Readonly<Record<string, string>> = { ar: '، ' };

/** A list of words as a person reads it in `language` (an interface language tag; English's rules otherwise). */
export function listText(
  language: string | undefined,
  items: readonly string[],
  options: { readonly type?: ListType } = {},
): string {
  const type = options.type ?? 'conjunction';
  const locale = localeOfLanguage(language);
  if (type === 'unit') return items.join(SERIES_COMMA[locale.split('-')[0]!] ?? ', ');
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}
