import type { VaultDatabase } from '../vault/database.js';

/**
 * What search compares, the same on both sides: the text put in the index and the words typed.
 * Arabic is written with or without its vowel marks, and with several forms of some letters; an
 * Arabic investigator expects search to see through them, as Arabic search engines do:
 * - vowel marks (harakat U+064B–U+065F, superscript alef U+0670) and tatweel (U+0640) are dropped;
 * - the alef forms أ إ آ ٱ are read as ا, alef maqsura ى as ي, taa marbuta ة as ه;
 * - Arabic-Indic and Eastern Arabic-Indic digits are read as 0–9.
 * Latin accents are not folded here: the index's tokenizer already does (remove_diacritics 2).
 *
 * The snippet shown with a hit is cut from the original text by the index's token positions, so the
 * folded text must hold exactly the tokens of the original: only letters inside a word change, and
 * a mark or tatweel is dropped only after an Arabic letter, so no word ever vanishes or splits.
 * The index stores folded words: changing what this folds is a new migration that folds the index
 * again (as 0035 did), or the index would no longer forget the words it was given.
 */
export function foldForSearch(text: string): string {
  let folded = '';
  let afterArabicLetter = false;
  for (const char of text.normalize('NFC')) {
    if (afterArabicLetter && DROPPED.test(char)) continue;
    folded += LETTERS.get(char) ?? digitOf(char) ?? char;
    afterArabicLetter = ARABIC_LETTER.test(char);
  }
  return folded;
}

const DROPPED = /^[\u064b-\u065f\u0670\u0640]$/u;
const ARABIC_LETTER = /^(?!\u0640)(?=\p{Script=Arabic})\p{L}$/u;
const LETTERS = new Map([
  ['\u0623', '\u0627'], // أ → ا
  ['\u0625', '\u0627'], // إ → ا
  ['\u0622', '\u0627'], // آ → ا
  ['\u0671', '\u0627'], // ٱ → ا
  ['\u0649', '\u064a'], // ى → ي
  ['\u0629', '\u0647'], // ة → ه
  ['\u06cc', '\u064a'], // ی (Persian and Urdu keyboards) → ي
  ['\u06a9', '\u0643'], // ک (Persian and Urdu keyboards) → ك
]);

function digitOf(char: string): string | undefined {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return undefined;
}

/** The SQL name of foldForSearch, called by the index's triggers (migration 0035). */
const SEARCH_FOLD_FUNCTION = 'search_fold';

/** Lets the index's triggers fold what they index: every connection to a vault registers it. */
export function registerSearchFold(db: VaultDatabase): void {
  db.function(SEARCH_FOLD_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldForSearch(text) : text,
  );
}
