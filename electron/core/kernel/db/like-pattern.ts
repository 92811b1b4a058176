import { foldForSearch } from '../search/search-fold.js';
import type { VaultDatabase } from '../vault/database.js';

/** An accent (a combining mark of U+0300–U+036F) on a Latin letter, once decomposed (NFD). */
const LATIN_ACCENT = /(\p{Script=Latin})[\u0300-\u036f]+/gu;

/**
 * Text as a list's search compares it, the same for the words typed and the column searched: lower
 * case, Latin letters without their accents ("École" and "ecole" alike), and Arabic as search
 * reads it (foldForSearch: vowel marks and tatweel ignored, the alef forms as one letter). Only a
 * mark on a Latin letter is dropped: the hamza of أ, the breve of Cyrillic й or a mark on any other
 * script's letter stays where it is.
 */
export function foldForLike(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  const unaccented = lower.normalize('NFD').replace(LATIN_ACCENT, '$1').normalize('NFC');
  // Every letter, mark and digit foldForSearch changes is in the Arabic block: other text is spared its loop.
  return ARABIC_BLOCK.test(unaccented) ? foldForSearch(unaccented) : unaccented;
}

const ASCII_ONLY = /^[\p{ASCII}]*$/u;
const ARABIC_BLOCK = /[\u0600-\u06ff]/;

/** The SQL name of foldForLike, which every list's search calls on the columns it searches. */
const LIKE_FOLD_FUNCTION = 'like_fold';

/** Lets a list's search fold the columns it searches: every connection to a vault registers it. */
export function registerLikeFold(db: VaultDatabase): void {
  db.function(LIKE_FOLD_FUNCTION, { deterministic: true }, (text: unknown) =>
    // Plain ASCII is left as it is, with no work: LIKE itself ignores its case.
    typeof text === 'string' && !ASCII_ONLY.test(text) ? foldForLike(text) : text,
  );
}

/**
 * A search text as a LIKE pattern matching it anywhere, folded (foldForLike), LIKE's own characters
 * (`%`, `_` and the escape) searched for as they are: bind it as @like of likeAnyOf.
 */
export const likePattern = (search: string): string => `%${foldForLike(search).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * SQL: any of `expressions` (columns of free text) holds the search bound as @like, each folded as
 * the search was. A column of codes made of ASCII letters, digits and dashes (V-01) needs no folding:
 * LIKE itself ignores their case.
 */
export const likeAnyOf = (expressions: readonly string[]): string =>
  `(${expressions.map((expression) => `${LIKE_FOLD_FUNCTION}(${expression}) LIKE @like ESCAPE '\\'`).join(' OR ')})`;
