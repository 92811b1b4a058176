import { AsyncLocalStorage } from 'node:async_hooks';
import type { CliWords } from '../../shared/i18n/en/cli.js';
import { listText, type ListType } from '../../shared/i18n/list-text.js';

/**
 * The languages the command line speaks, and how to load each one's words: only the chosen
 * language's catalogue is read, when a command line starts. A language is one line here (its
 * catalogue, shared/i18n/<language>/cli.ts, is typed against the English one).
 */
const CATALOGUES = {
  en: async () => (await import('../../shared/i18n/en/cli.js')).cliWords,
  fr: async () => (await import('../../shared/i18n/fr/cli.js')).cliWords,
  ar: async () => (await import('../../shared/i18n/ar/cli.js')).cliWords,
} satisfies Record<string, () => Promise<CliWords>>;

export type CliLanguage = keyof typeof CATALOGUES;
const CLI_LANGUAGES = Object.keys(CATALOGUES) as CliLanguage[];

const isCliLanguage = (value: string): value is CliLanguage => Object.hasOwn(CATALOGUES, value);

/** The language named by a locale as the system writes it: `fr_FR.UTF-8`, `fr-CA`, `ar`; none for `C`. */
function languageOfLocale(locale: string): CliLanguage | undefined {
  const language = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(locale)?.[1]?.toLowerCase();
  return language !== undefined && isCliLanguage(language) ? language : undefined;
}

/**
 * `--ui-lang X`, `--ui-lang=X` or `--fr` before a `--`; undefined when absent (the parser reports a missing
 * value). Not `--lang`: that is the language of the document a command writes (a letter, a report).
 */
function langOption(argv: readonly string[]): string | undefined {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  for (const [index, arg] of args.entries()) {
    if (arg.startsWith('--ui-lang=')) return arg.slice('--ui-lang='.length);
    if (arg === '--ui-lang') return args[index + 1];
    // timeline's and deadlines' --fr, from before --ui-lang: kept as its alias.
    if (arg === '--fr') return 'fr';
  }
  return undefined;
}

/**
 * The language asked for: --ui-lang, else $CASEFILE_LANG, else the system's locale as POSIX reads it
 * (the first set of LC_ALL, LC_MESSAGES, LANG). Both are read alike: any case, a region or encoding
 * after the language (`FR`, `fr-CA`, `ar_EG.UTF-8`). A --ui-lang the CLI does not speak is refused
 * (`unknown`); a language from the environment it does not speak means English.
 */
export function chooseCliLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliLanguage | 'unknown' {
  const asked = langOption(argv);
  if (asked !== undefined) return languageOfLocale(asked) ?? 'unknown';
  const locale = env['CASEFILE_LANG'] || env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return languageOfLocale(locale) ?? 'en';
}

export const loadCliWords = (language: CliLanguage): Promise<CliWords> => CATALOGUES[language]();

/**
 * The refusal of a language the CLI does not speak, in every language it speaks (one line each): the
 * `message` a script reads, and the `lines` for stderr, each after the program's name as its language writes it.
 */
export async function unknownLanguageRefusal(): Promise<{ message: string; lines: string }> {
  const catalogues = await Promise.all(CLI_LANGUAGES.map(loadCliWords));
  const refusals = catalogues.map((words, at) => ({
    words,
    text: words.unknownLanguage(listText(CLI_LANGUAGES[at], CLI_LANGUAGES, { type: 'unit' })),
  }));
  return {
    message: refusals.map(({ text }) => text).join('\n'),
    lines: refusals.map(({ words, text }) => words.output.failure(text)).join('\n'),
  };
}

interface Spoken {
  language: CliLanguage;
  words: CliWords;
}

const spoken = new AsyncLocalStorage<Spoken>();

/** Runs a command line in a language: everything it prints, however deep, reads these words. */
export function speaking<T>(language: CliLanguage, words: CliWords, work: () => T): T {
  return spoken.run({ language, words }, work);
}

function current(): Spoken {
  const store = spoken.getStore();
  if (!store) throw new Error('CLI words read outside a command line: run it through runCli (or speaking())');
  return store;
}

/** The words of the running command line's language. */
export const cliWords = (): CliWords => current().words;

/** The running command line's language (for the label and message catalogues). */
export const cliLanguage = (): CliLanguage => current().language;

/** A list in the command line's language: by default a plain series (codes, values), Arabic comma in Arabic. */
export const cliList = (items: readonly string[], type: ListType = 'unit'): string =>
  listText(cliLanguage(), items, { type });

/** A help page's `{{name}}` filled with the command's lists of accepted values. */
export function fillIn(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
