import { foldForSearch } from './search-fold.js';

/** At most this many words from one query: enough for any real search, bounded for FTS5. */
export const MAX_QUERY_TERMS = 16;

// Letters, digits, private-use characters and combining marks: what the index's tokenizer keeps
// inside a token (its categories, migration 0035).
const TERM = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/**
 * The FTS5 MATCH expression for what a user typed: each word becomes a quoted prefix term
 * ("temoin"*), all of them required. Every character that means something to FTS5 (quotes,
 * *, ^, :, parentheses, -, +) only ever separates words, and operators typed as words (OR,
 * NEAR, NOT) are quoted like any other word, so the user's text is never read as FTS5 syntax.
 * The words are folded as the index's are (foldForSearch): شاهد finds شاهِد, and the other way round.
 * null when the text holds no word at all.
 */
export function matchExpression(userText: string): string | null {
  const terms = foldForSearch(userText).match(TERM);
  if (!terms) return null;
  const unique = [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
  return unique.map((term) => `"${term}"*`).join(' ');
}
