import type { VaultDatabase } from '../vault/database.js';
import { BROKEN_PLURALS } from './broken-plurals.js';

/**
 * Arabic joins the article and some one-letter words to the front of a word, and pronouns and
 * endings of number and gender to its back: الشاهد, وبالشاهد, للشاهد, شاهدة, شاهدات, شاهدين, شاهدها
 * are all شاهد. An Arabic investigator expects a search for any of them to find the others.
 * This light stemmer follows Larkey, Ballesteros and Connell's "light10" (Light Stemming for Arabic
 * Information Retrieval, 2007), written for words already folded (foldForSearch: ة is ه, ى is ي).
 * From a word of Arabic letters only, it cuts:
 * - a leading و or ف (and, then);
 * - then the article: ال, or ال joined to ب/ك (بال, كال), or لل (ل and ال, whose alef is not written);
 * - then, trying each once in this order, the endings ها ان ات ون ين يه (and ية) ه (and ة) ي.
 * Each cut is made only when at least SHORTEST_STEM letters remain. light10 lets an article or an
 * ending go down to two letters; here no cut leaves fewer than three, because two-letter stems merge
 * words an investigator must keep apart: الأمين (the Secretary-General's title) would be أم (mother),
 * مكان (place) مكة, بيان (statement) بي, الله له. So a short word keeps its letters: الله, ولد, بالغ,
 * أمين, مكان are left whole, and أمها (her mother) is not found by أم.
 * A bare ب, ك or ل is not cut: too many words begin with one, and cutting it would make كتاب تاب,
 * بطاقة (card) طاقة (energy), كامل (complete) أمل (hope).
 * Broken plurals (شهود for شاهد) change the inside of a word: no light stemmer can join them. Those of
 * an investigation's words are in a dictionary (broken-plurals.ts): once its prefixes are cut (and a
 * pronoun after it, شهودها), such a plural is stored as its singular with the article would be (شهود
 * as شاهد, ضحايا as ضحي, وثائق as وثيق).
 * Words in other scripts, or mixing digits or marks, are left as they are.
 */
const SHORTEST_STEM = 3;
const ARABIC_WORD = /^[\u0621-\u063a\u0641-\u064a]+$/u;
const CONJUNCTIONS = ['\u0648', '\u0641']; // و ف
const ARTICLES = ['\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0644\u0644', '\u0627\u0644']; // بال كال لل ال
// light10's endings in its order, folded: its ية is يه here and its ة is ه, each tried once.
const ENDINGS = [
  '\u0647\u0627', // ها her, its
  '\u0627\u0646', // ان two (dual)
  '\u0627\u062a', // ات feminine plural
  '\u0648\u0646', // ون masculine plural
  '\u064a\u0646', // ين masculine plural or dual, after a preposition
  '\u064a\u0647', // يه (and ية) his after ي, feminine adjective
  '\u0647', // ه (and ة) his, feminine
  '\u064a', // ي my, adjective
];

const LAM = '\u0644'; // ل

/** Whether a word begins with the prefix and keeps at least SHORTEST_STEM letters without it. */
const cuts = (word: string, prefix: string): boolean =>
  word.startsWith(prefix) && word.length - prefix.length >= SHORTEST_STEM;

/** Whether a word ends with the ending and keeps at least SHORTEST_STEM letters without it. */
const cutsEnding = (word: string, ending: string): boolean =>
  word.endsWith(ending) && word.length - ending.length >= SHORTEST_STEM;

/** An Arabic word as it is, without its leading و/ف, then without its article (each when there is one). */
function prefixStages(word: string): string[] {
  const stages = [word];
  const conjunction = CONJUNCTIONS.find((prefix) => cuts(word, prefix));
  if (conjunction) stages.push(word.slice(conjunction.length));
  const stem = stages.at(-1)!;
  const article = ARTICLES.find((prefix) => cuts(stem, prefix));
  if (article) stages.push(stem.slice(article.length));
  return stages;
}

/** An Arabic word without its leading و/ف and its article. */
const withoutPrefixes = (word: string): string => prefixStages(word).at(-1)!;

const TAA = '\u062a'; // ت, how ة is written before a pronoun
const HAA = '\u0647'; // ه, which folded ة is
const PRONOUNS = ['\u0647\u0627', HAA]; // ها her, ه his

/**
 * A word as it is, and without the pronoun after it (ها, ه): as cut (فتياتها is فتيات), and with a ت
 * before the pronoun read as the ة it was (أدلتها is أدلة).
 */
function withAndWithoutPronoun(word: string): string[] {
  const pronoun = PRONOUNS.find((ending) => cutsEnding(word, ending));
  if (pronoun === undefined) return [word];
  const bare = word.slice(0, -pronoun.length);
  return bare.endsWith(TAA) ? [word, bare, `${bare.slice(0, -TAA.length)}${HAA}`] : [word, bare];
}

/** The singular of a broken plural of the dictionary, when the word, without its prefixes or its pronoun, is one. */
function singularOf(word: string): string | undefined {
  for (const form of prefixStages(word).flatMap(withAndWithoutPronoun)) {
    const singular = BROKEN_PLURALS.get(form);
    if (singular !== undefined) return singular;
  }
  return undefined;
}

/** The stem a singular has with its article (الوثيقة: وثيق): the stem its broken plural is stored under. */
const stemOfSingular = (singular: string): string => withoutEndings(withoutPrefixes(`\u0627\u0644${singular}`));

/** An Arabic word without its endings, each tried once, in order. */
function withoutEndings(word: string): string {
  let stem = word;
  for (const ending of ENDINGS) if (cutsEnding(stem, ending)) stem = stem.slice(0, -ending.length);
  return stem;
}

/** One word's stem; a word that is not Arabic, or too short to cut, is its own stem. */
export function stemWord(word: string): string {
  const singular = ARABIC_WORD.test(word) ? singularOf(word) : undefined;
  return singular === undefined ? lightStem(word) : stemOfSingular(singular);
}

/** A word's stem by its prefixes and endings alone, as if no plural were in the dictionary. */
export const lightStem = (word: string): string =>
  ARABIC_WORD.test(word) ? withoutEndings(withoutPrefixes(word)) : word;

/**
 * A word as the index's tokenizer cuts it: letters, digits, private-use characters and combining
 * marks (its categories, migration 0035).
 */
export const INDEXED_WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/**
 * Folded text with each word replaced by its stem. Only letters at the start or the end of a word go
 * (a broken plural of the dictionary is replaced by its singular's stem, a word of Arabic letters too),
 * and every word keeps at least SHORTEST_STEM letters, so the stemmed text cuts into the same words,
 * in the same places, as the original: the index's snippets, cut from the original text, stay right.
 * The index stores stemmed words: changing what this cuts, or the dictionary, is a new migration that
 * stems the index again (as 0038 and 0039 did), or the index would no longer forget the words it was given.
 */
export function stemForSearch(folded: string): string {
  return folded.replace(INDEXED_WORD, stemWord);
}

/**
 * A stem a typed word is looked for under among the stemmed words: as the beginning of a word (the
 * typed word may be unfinished), or, when `whole`, as a whole word only.
 */
export interface TypedStem {
  stem: string;
  whole: boolean;
}

/**
 * The stems a typed word may have been indexed under: the word itself, its forms without prefixes,
 * and each of those without its endings.
 * - A word whose own first letter looks like a prefix is followed down to every form: الوثيقة is
 *   stored as وثيق, but وثيقة written alone as ثيق (its و read as "and"): a search for either finds both.
 * - A form cut of its endings down to three letters is looked for as a whole word: عامة (public) is
 *   عام and finds عامها, عامين, but not عامل (worker), which a search for عام* would.
 * - A broken plural of the dictionary is also looked for as its singular is: شهود finds شاهد, الشاهدة.
 */
export function stemsOfTyped(folded: string): TypedStem[] {
  const forms = formsWithoutPrefixes(folded);
  if (!ARABIC_WORD.test(folded)) return forms.map((stem) => ({ stem, whole: false }));
  const singular = singularOf(folded);
  const stems = stemsOfArabicForms(folded, forms);
  if (singular === undefined) return stems;
  const seen = new Set(stems.map(({ stem }) => stem));
  return [...stems, ...stemsOfTyped(singular).filter(({ stem }) => !seen.has(stem))];
}

/** An Arabic typed word's own stems: its forms without prefixes, and each without its endings. */
function stemsOfArabicForms(folded: string, forms: readonly string[]): TypedStem[] {
  const stems = new Map(forms.map((form) => [form, false]));
  // A word that begins with an article is never stored with it: الأمين is stored as أمين, never cut
  // to الأم (the mother). Without its article, a word loses more than one letter (a و or ف alone).
  const hasArticle = folded.length - withoutPrefixes(folded).length > 1;
  for (const form of hasArticle ? forms.slice(1) : forms) {
    const stem = withoutEndings(form);
    if (!stems.has(stem)) stems.set(stem, stem.length === SHORTEST_STEM);
  }
  return [...stems].map(([stem, whole]) => ({ stem, whole }));
}

/** The typed word and every form of it without prefixes it may have been indexed under. */
function formsWithoutPrefixes(folded: string): string[] {
  const forms = [folded];
  if (!ARABIC_WORD.test(folded)) return forms;
  for (let form = withoutPrefixes(folded); form !== forms.at(-1); form = withoutPrefixes(form)) forms.push(form);
  // لل before a word that begins with ل writes one ل for two: للجنة is ل + اللجنة, indexed from جنة,
  // while لجنة and اللجنة are indexed from لجنة. Each spelling is looked up under the other's forms.
  const lastForm = forms.at(-1)!;
  const withoutDoubleLam = forms.find((form) => form.startsWith(LAM + LAM) && cuts(form, LAM));
  if (withoutDoubleLam !== undefined) forms.push(withoutDoubleLam.slice(LAM.length));
  if (cuts(lastForm, LAM)) forms.push(lastForm.slice(LAM.length));
  return [...new Set(forms)];
}

/** The SQL name of stemForSearch, called by the index's triggers (migration 0036). */
const SEARCH_STEM_FUNCTION = 'search_stem';

/** Lets the index's triggers stem what they index: every connection to a vault registers it. */
export function registerSearchStem(db: VaultDatabase): void {
  db.function(SEARCH_STEM_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? stemForSearch(text) : text,
  );
}
