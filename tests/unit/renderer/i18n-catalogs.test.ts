import { translations as zxcvbnEnglish } from '@zxcvbn-ts/language-en';
import { describe, expect, it } from 'vitest';
import { CONFIDENTIALITY_LEVELS } from '../../../shared/domain/confidentiality.js';
import { LANGUAGES, type Language } from '../../../shared/domain/settings.js';
import { assessPassphrase, type PassphraseProblem } from '../../../shared/passphrase.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_SORT_KEYS } from '../../../shared/contract/cases.js';
import { SEARCH_HIT_KINDS } from '../../../shared/contract/search.js';
import { RULE_IDS, SEVERITIES, TARGET_KINDS } from '../../../shared/principles/finding.js';
import { AUDIT_ACTIONS } from '../../../shared/domain/audit-actions.js';
import { CASE_TABS } from '../../../renderer/case/case-tabs.js';
import { LABEL_CATALOGUES } from '../../../shared/i18n/labels.js';
import { MESSAGE_CATALOGUES } from '../../../shared/i18n/messages.js';
import {
  catalogKeyOf,
  featureCatalogFiles,
  flattenCatalog,
  readCatalog,
  rendererRoot,
  rendererSources,
} from './renderer-sources.js';
import { dynamicKeyPrefixes, referencedKeys } from './visible-strings.js';
import { catalogT } from './i18n-instance.js';

const catalogs = Object.fromEntries(
  LANGUAGES.map((language) => [language, flattenCatalog(readCatalog(language))]),
) as Record<Language, Map<string, unknown>>;
/** The words of enum values are the label catalogue's (shared/i18n/<language>/labels.ts), merged as `labels`. */
const labelKeys = new Set(flattenCatalog({ labels: LABEL_CATALOGUES.en }).keys());
/** The core's messages (shared/i18n/<language>/messages.ts), merged as `messages`: a letter's warnings. */
const messageKeys = new Set(flattenCatalog({ messages: MESSAGE_CATALOGUES.en }).keys());
/** A key with counted forms (`key_one`, `key_other`: i18next picks one by `count`) is asked for by its base. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string): string => key.replace(PLURAL_SUFFIX, '');
const pluralKeys = new Set([...catalogs.en.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map(baseOf));
const known = (key: string): boolean =>
  catalogs.en.has(key) || pluralKeys.has(key) || labelKeys.has(key) || messageKeys.has(key);
const sources = rendererSources();

/**
 * The counted forms each language writes for a key with counts (`key_one`, `key_other`…). English and French
 * need two; Arabic has a form for zero, one, two, a few (3–10), many (11–99) and the rest, and i18next asks
 * for each of them through Intl.PluralRules, so an Arabic catalogue writes all six.
 */
const PLURAL_FORMS: Readonly<Record<Language, readonly string[]>> = {
  en: ['one', 'other'],
  fr: ['one', 'other'],
  ar: new Intl.PluralRules('ar').resolvedOptions().pluralCategories,
};

/** The keys a language's catalogue must hold: English's, each counted key in that language's forms. */
function expectedKeys(language: Language): string[] {
  const keys = new Set<string>();
  for (const key of catalogs.en.keys()) {
    if (PLURAL_SUFFIX.test(key)) for (const form of PLURAL_FORMS[language]) keys.add(`${baseOf(key)}_${form}`);
    else keys.add(key);
  }
  return [...keys].sort();
}

/** The English text a key of another language translates: its own key, or the `_other` form of a counted one. */
const englishOf = (key: string): unknown =>
  catalogs.en.get(key) ?? (PLURAL_SUFFIX.test(key) ? catalogs.en.get(`${baseOf(key)}_other`) : undefined);

const ARABIC_LETTER = /[\u0600-\u06FF]/;

describe('the catalogs of every language', () => {
  it('come in the same files for every language, each merged into the resources', () => {
    const english = featureCatalogFiles('en');
    expect(english).toContain('case-file.json');
    // A catalog file i18next is never given would pass every other test here and show raw keys on screen.
    const index = readFileSync(join(rendererRoot, 'i18n', 'index.ts'), 'utf8');
    for (const language of LANGUAGES) {
      expect(featureCatalogFiles(language), language).toEqual(english);
      for (const file of english) {
        const imported = new RegExp(`import (\\w+) from '\\./${language}/${file.replace('.', '\\.')}'`).exec(index);
        expect(imported, `${language}/${file} imported in i18n/index.ts`).not.toBeNull();
        expect(index, `${language}/${file} merged as ${catalogKeyOf(file)}`).toContain(
          `${catalogKeyOf(file)}: ${imported![1]}`,
        );
      }
    }
  });

  it.each(LANGUAGES)(
    'have exactly the keys of English in %s, counted keys in the forms of the language',
    (language) => {
      const expected = expectedKeys(language);
      const actual = [...catalogs[language].keys()].sort();
      expect(
        expected.filter((key) => !catalogs[language].has(key)),
        `missing in ${language}`,
      ).toEqual([]);
      expect(
        actual.filter((key) => !expected.includes(key)),
        `in ${language} only`,
      ).toEqual([]);
      expect(actual.length).toBeGreaterThan(100);
    },
  );

  it('hold a non-empty string for every key', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const [key, value] of catalog) {
        expect(typeof value === 'string' && value.trim() !== '', `${language}: ${key}`).toBe(true);
      }
    }
  });

  it('use the same interpolation variables in every language', () => {
    const variables = (text: unknown): string[] =>
      [...new Set([...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!))].sort();
    // Arabic spells out none, one and two ("نتيجة واحدة"): those forms may leave the count out.
    const spelledOut = /_(zero|one|two)$/;
    for (const language of LANGUAGES)
      for (const [key, value] of catalogs[language]) {
        const english = variables(englishOf(key));
        const expected =
          language === 'ar' && spelledOut.test(key) ? english.filter((name) => name !== 'count') : english;
        const own = variables(value);
        expect(
          language === 'ar' && spelledOut.test(key) ? own.filter((name) => name !== 'count') : own,
          `${language}: ${key}`,
        ).toEqual(expected);
      }
  });

  it('are actually French in fr.json (not copies of the English)', () => {
    const copied = [...catalogs.en].filter(([key, value]) => catalogs.fr.get(key) === value).map(([key]) => key);
    // Brand, endonyms, words spelt the same in both languages, a clock closed once (its name alone).
    expect(copied.sort()).toEqual([
      'app.name',
      'app.title',
      'caseFile.audit.action',
      'caseFile.date.day',
      'caseFile.enums.categoryOption',
      'caseFile.fields.urgentShort',
      'caseFile.intake.classificationSection',
      'caseFile.list.classification',
      'caseFile.status.when',
      'confidentiality.standard',
      'investigation.clockClosed_one',
      'languages.ar',
      'languages.en',
      'languages.fr',
    ]);
  });

  it('are actually Arabic in ar.json: every text with words holds Arabic ones, bar names that stay Latin', () => {
    const words = (value: unknown) => String(value).replace(/\{\{[^}]*\}\}/g, '');
    const latinOnly = [...catalogs.ar]
      .filter(([, value]) => /\p{L}/u.test(words(value)) && !ARABIC_LETTER.test(words(value)))
      .map(([key]) => key);
    // The brand, the other languages' own names, a hash's name and a keyboard shortcut.
    expect(latinOnly.sort()).toEqual([
      'app.name',
      'app.title',
      'evidence.contents.sha256',
      'evidence.quickCapture.shortcut',
      'languages.en',
      'languages.fr',
    ]);
  });

  it('pick the Arabic counted form i18next asks for, for each count', async () => {
    const t = (await catalogT('ar')) as unknown as (key: string, options?: object) => string;
    const counted = [...catalogs.ar.keys()].filter((key) => key.endsWith('_two')).map(baseOf);
    expect(counted.length).toBeGreaterThan(3);
    const counts = { zero: 0, one: 1, two: 2, few: 5, many: 11, other: 100 } as const;
    for (const base of counted) {
      for (const [form, count] of Object.entries(counts)) {
        const params = { count, total: count, shown: count, n: count };
        expect(t(base, params), `${base} for ${count}`).toBe(t(`${base}_${form}`, params));
      }
    }
    // The forms differ: a catalogue that wrote one text six times would pass the line above.
    expect(new Set(Object.keys(counts).map((form) => catalogs.ar.get(`${counted[0]}_${form}`))).size).toBeGreaterThan(
      2,
    );
  });
});

describe('keys the renderer asks for', () => {
  it('finds keys in the sources (the scan is not vacuous)', () => {
    const keys = sources.flatMap((file) => referencedKeys(file.text));
    expect(keys.length).toBeGreaterThan(60);
    expect(keys).toContain('unlock.heading');
  });

  it('exist in the catalogs, for every literal t() key', () => {
    const missing = sources.flatMap((file) =>
      referencedKeys(file.text)
        .filter((key) => !known(key))
        .map((key) => `${file.path}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('have a group for every key built at run time', () => {
    const prefixes = new Set(sources.flatMap((file) => dynamicKeyPrefixes(file.text)));
    expect(prefixes.size).toBeGreaterThan(3);
    for (const prefix of prefixes) {
      expect(
        [...catalogs.en.keys(), ...labelKeys, ...messageKeys].some((key) => key.startsWith(`${prefix}.`)),
        prefix,
      ).toBe(true);
    }
  });

  it('are all used: no key is left behind when a screen changes', () => {
    const literal = new Set(sources.flatMap((file) => referencedKeys(file.text)));
    const prefixes = [...new Set(sources.flatMap((file) => dynamicKeyPrefixes(file.text)))];
    const unused = [...catalogs.en.keys()].filter(
      (key) => !literal.has(baseOf(key)) && !prefixes.some((prefix) => key.startsWith(`${prefix}.`)),
    );
    expect(unused).toEqual([]);
  });

  it('cover every zxcvbn warning and suggestion the estimator can return', () => {
    for (const key of Object.keys(zxcvbnEnglish.warnings))
      expect(catalogs.en.has(`passphrase.warnings.${key}`), key).toBe(true);
    for (const key of Object.keys(zxcvbnEnglish.suggestions))
      expect(catalogs.en.has(`passphrase.suggestions.${key}`), key).toBe(true);
  });

  it('cover the feedback of real weak passphrases', () => {
    for (const sample of ['qwertyuiop', 'password', 'jennifer', 'aaaaaaaaaaaa', '1987', 'abcdefgh']) {
      const verdict = assessPassphrase(sample);
      if (verdict.warning)
        expect(catalogs.en.has(`passphrase.warnings.${verdict.warning}`), verdict.warning).toBe(true);
      for (const suggestion of verdict.suggestions)
        expect(catalogs.en.has(`passphrase.suggestions.${suggestion}`), suggestion).toBe(true);
    }
  });

  // Error codes, reasons and findings live in the core's catalogue (shared/i18n): tests/unit/messages.
  it('cover every policy problem, strength level, confidentiality level and language', () => {
    const problems: PassphraseProblem[] = ['too_short', 'too_guessable'];
    const expected = [
      ...problems.map((problem) => `strength.problems.${problem}`),
      ...[0, 1, 2, 3, 4].map((score) => `strength.levels.${score}`),
      ...CONFIDENTIALITY_LEVELS.map((level) => `confidentiality.${level}`),
      ...LANGUAGES.map((language) => `languages.${language}`),
    ];
    expect(expected.filter((key) => !catalogs.en.has(key))).toEqual([]);
  });
});

describe('the case-file catalog', () => {
  const has = (key: string) => catalogs.en.has(key);
  const missing = (prefix: string, values: readonly string[]) =>
    values.map((value) => `${prefix}.${value}`).filter((key) => !has(key));

  it('names every rule, severity, finding target, search hit, audit action, sort key and case tab', () => {
    expect(missing('caseFile.rules', RULE_IDS)).toEqual([]);
    expect(missing('caseFile.checklist.groups', SEVERITIES)).toEqual([]);
    expect(missing('caseFile.checklist.groupIntro', SEVERITIES)).toEqual([]);
    expect(missing('caseFile.checklist.counts', SEVERITIES)).toEqual([]);
    expect(missing('caseFile.checklist.targets', TARGET_KINDS)).toEqual([]);
    expect(missing('caseFile.search.kinds', SEARCH_HIT_KINDS)).toEqual([]);
    expect(missing('caseFile.audit.actions', AUDIT_ACTIONS)).toEqual([]);
    expect(missing('caseFile.list.sortKeys', CASE_SORT_KEYS)).toEqual([]);
    expect(missing('caseFile.view.tabs', CASE_TABS)).toEqual([]);
  });
});
