import { foldForSearch } from './search-fold.js';
import { INDEXED_WORD, stemsOfTyped, type TypedStem } from './search-stem.js';

/** At most this many words from one query: enough for any real search, bounded for FTS5. */
export const MAX_QUERY_TERMS = 16;

// The index's columns (migration 0036): the folded words, and the same words stemmed.
const FOLDED_COLUMNS = '{label text}';
const STEMMED_COLUMNS = '{label_stem text_stem}';

/**
 * The FTS5 MATCH expression for what a user typed: each word becomes a quoted prefix term
 * ("temoin"*), all of them required. Every character that means something to FTS5 (quotes,
 * *, ^, :, parentheses, -, +) only ever separates words, and operators typed as words (OR,
 * NEAR, NOT) are quoted like any other word, so the user's text is never read as FTS5 syntax.
 * The words are folded as the index's are (foldForSearch): شاهد finds شاهِد, and the other way round.
 * A word is looked for in every column: as typed, and among the stemmed words (search-stem.ts), so
 * شاهد finds الشاهد and شاهدات. An Arabic word that has stems of its own (المقابلة, شاهدات) is looked
 * for as typed among the folded words, and under each of its stems among the stemmed ones, so it
 * finds مقابلة, شاهد: a stem of three letters left by cutting endings as a whole word only, the
 * others as the beginning of one. A word found as typed matches in both kinds of column and ranks
 * before its other forms.
 * null when the text holds no word at all.
 */
export function matchExpression(userText: string): string | null {
  const terms = foldForSearch(userText).match(INDEXED_WORD);
  if (!terms) return null;
  const unique = [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
  return unique.map(termExpression).join(' AND ');
}

const prefixTerm = (word: string) => `"${word}"*`;
const stemTerm = ({ stem, whole }: TypedStem) => (whole ? `"${stem}"` : prefixTerm(stem));

function termExpression(word: string): string {
  const stems = stemsOfTyped(word);
  if (stems.length === 1) return prefixTerm(word);
  return `(${FOLDED_COLUMNS} : ${prefixTerm(word)} OR ${STEMMED_COLUMNS} : (${stems.map(stemTerm).join(' OR ')}))`;
}
