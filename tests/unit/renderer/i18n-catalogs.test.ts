import { translations as zxcvbnEnglish } from '@zxcvbn-ts/language-en';
import { describe, expect, it } from 'vitest';
import { CONFIDENTIALITY_LEVELS } from '../../../shared/domain/confidentiality.js';
import { LANGUAGES } from '../../../shared/domain/settings.js';
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

const catalogs = { en: flattenCatalog(readCatalog('en')), fr: flattenCatalog(readCatalog('fr')) };
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

describe('the English and French catalogs', () => {
  it('come in the same files for both languages, each merged into the resources', () => {
    const english = featureCatalogFiles('en');
    expect(featureCatalogFiles('fr')).toEqual(english);
    expect(english).toContain('case-file.json');
    // A catalog file i18next is never given would pass every other test here and show raw keys on screen.
    const index = readFileSync(join(rendererRoot, 'i18n', 'index.ts'), 'utf8');
    for (const language of ['en', 'fr'] as const) {
      for (const file of english) {
        const imported = new RegExp(`import (\\w+) from '\\./${language}/${file.replace('.', '\\.')}'`).exec(index);
        expect(imported, `${language}/${file} imported in i18n/index.ts`).not.toBeNull();
        expect(index, `${language}/${file} merged as ${catalogKeyOf(file)}`).toContain(
          `${catalogKeyOf(file)}: ${imported![1]}`,
        );
      }
    }
  });

  it('have exactly the same keys', () => {
    const en = [...catalogs.en.keys()].sort();
    const fr = [...catalogs.fr.keys()].sort();
    expect(
      en.filter((key) => !catalogs.fr.has(key)),
      'in en.json only',
    ).toEqual([]);
    expect(
      fr.filter((key) => !catalogs.en.has(key)),
      'in fr.json only',
    ).toEqual([]);
    expect(en.length).toBeGreaterThan(100);
  });

  it('hold a non-empty string for every key', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const [key, value] of catalog) {
        expect(typeof value === 'string' && value.trim() !== '', `${language}: ${key}`).toBe(true);
      }
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: unknown): string[] =>
      [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
    for (const [key, english] of catalogs.en) expect(variables(catalogs.fr.get(key)), key).toEqual(variables(english));
  });

  it('are actually French in fr.json (not copies of the English)', () => {
    const copied = [...catalogs.en].filter(([key, value]) => catalogs.fr.get(key) === value).map(([key]) => key);
    // Brand, endonyms, and words spelt the same in both languages.
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
      'languages.en',
      'languages.fr',
    ]);
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
