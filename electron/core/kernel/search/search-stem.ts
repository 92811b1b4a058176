import type { VaultDatabase } from '../vault/database.js';

/**
 * Arabic joins the article and some one-letter words to the word they go with: الشاهد, وبالشاهد,
 * للشاهد are all شاهد. An Arabic investigator expects a search for شاهد to find them, and a search
 * for المقابلة to find مقابلة. This light stemmer cuts, from a word of Arabic letters only, already
 * folded (foldForSearch):
 * - a leading و or ف (and, then);
 * - then the article: ال, or ال joined to ب/ك (بال, كال), or لل (ل and ال, whose alef is not written).
 * Each cut is made only when at least SHORTEST_STEM letters remain, so no word is ever cut to nothing
 * or to one or two letters, and a short word keeps its letters: الله, ولد, بالغ are left whole.
 * A bare ب, ك or ل is not cut: too many words begin with one (كتاب, بلاغ, لجنة, بعثة), and cutting
 * it would part بعثة from البعثة. Suffixes are not cut: a search is a prefix search already
 * (شاهد finds شاهدة), and cutting endings would merge words that differ.
 * Words in other scripts, or mixing digits or marks, are left as they are.
 */
const SHORTEST_STEM = 3;
const ARABIC_WORD = /^[\u0621-\u063a\u0641-\u064a]+$/u;
const CONJUNCTIONS = ['\u0648', '\u0641']; // و ف
const ARTICLES = ['\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0644\u0644', '\u0627\u0644']; // بال كال لل ال

const LAM = '\u0644'; // ل

/** Whether a word begins with the prefix and keeps at least SHORTEST_STEM letters without it. */
const cuts = (word: string, prefix: string): boolean =>
  word.startsWith(prefix) && word.length - prefix.length >= SHORTEST_STEM;

/** One word's stem; a word that is not Arabic, or too short to cut, is its own stem. */
export function stemWord(word: string): string {
  if (!ARABIC_WORD.test(word)) return word;
  let stem = word;
  const conjunction = CONJUNCTIONS.find((prefix) => cuts(stem, prefix));
  if (conjunction) stem = stem.slice(conjunction.length);
  const article = ARTICLES.find((prefix) => cuts(stem, prefix));
  return article ? stem.slice(article.length) : stem;
}

/**
 * A word as the index's tokenizer cuts it: letters, digits, private-use characters and combining
 * marks (its categories, migration 0035).
 */
export const INDEXED_WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/**
 * Folded text with each word replaced by its stem. Only letters at the start of a word go, and every
 * word keeps at least SHORTEST_STEM letters, so the stemmed text cuts into the same words, in the same
 * places, as the original: the index's snippets, cut from the original text, stay right.
 * The index stores stemmed words: changing what this cuts is a new migration that stems the index
 * again, or the index would no longer forget the words it was given.
 */
export function stemForSearch(folded: string): string {
  return folded.replace(INDEXED_WORD, stemWord);
}

/**
 * The stems a typed word may have been indexed under: the word itself, its stem, and the stem of
 * that, for a word whose own first letter looks like a prefix. الوثيقة (the document) is stored as
 * وثيقه, but وثيقة written alone as ثيقه (its و read as "and"): a search for either form finds both.
 */
export function stemsOfTyped(folded: string): string[] {
  const stems = [folded];
  for (let stem = stemWord(folded); stem !== stems.at(-1); stem = stemWord(stem)) stems.push(stem);
  if (!ARABIC_WORD.test(folded)) return stems;
  // لل before a word that begins with ل writes one ل for two: للجنة is ل + اللجنة, indexed as جنه,
  // while لجنة and اللجنة are indexed as لجنه. Each spelling is looked up under the other's stem.
  const lastStem = stems.at(-1)!;
  const withoutDoubleLam = stems.find((stem) => stem.startsWith(LAM + LAM) && cuts(stem, LAM));
  if (withoutDoubleLam !== undefined) stems.push(withoutDoubleLam.slice(LAM.length));
  if (cuts(lastStem, LAM)) stems.push(lastStem.slice(LAM.length));
  return [...new Set(stems)];
}

/** The SQL name of stemForSearch, called by the index's triggers (migration 0036). */
const SEARCH_STEM_FUNCTION = 'search_stem';

/** Lets the index's triggers stem what they index: every connection to a vault registers it. */
export function registerSearchStem(db: VaultDatabase): void {
  db.function(SEARCH_STEM_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? stemForSearch(text) : text,
  );
}
