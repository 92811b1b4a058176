import { translations as zxcvbnEnglish } from '@zxcvbn-ts/language-en';
import { describe, expect, it } from 'vitest';
import { CONFIDENTIALITY_LEVELS } from '../../../shared/domain/confidentiality.js';
import { LANGUAGES } from '../../../shared/domain/settings.js';
import { assessPassphrase, type PassphraseProblem } from '../../../shared/passphrase.js';
import { TRANSLATED_ERROR_CODES } from '../../../renderer/api/errors.js';
import { flattenCatalog, readCatalog, rendererSources } from './renderer-sources.js';
import { dynamicKeyPrefixes, referencedKeys } from './visible-strings.js';

const catalogs = { en: flattenCatalog(readCatalog('en')), fr: flattenCatalog(readCatalog('fr')) };
const sources = rendererSources();

describe('the English and French catalogs', () => {
  it('have exactly the same keys', () => {
    const en = [...catalogs.en.keys()].sort();
    const fr = [...catalogs.fr.keys()].sort();
    expect(en.filter((key) => !catalogs.fr.has(key)), 'in en.json only').toEqual([]);
    expect(fr.filter((key) => !catalogs.en.has(key)), 'in fr.json only').toEqual([]);
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
    const variables = (text: unknown): string[] => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
    for (const [key, english] of catalogs.en) expect(variables(catalogs.fr.get(key)), key).toEqual(variables(english));
  });

  it('are actually French in fr.json (not copies of the English)', () => {
    const copied = [...catalogs.en].filter(([key, value]) => catalogs.fr.get(key) === value).map(([key]) => key);
    // Brand, endonyms and the one word that is the same in both languages.
    expect(copied.sort()).toEqual(['app.name', 'app.title', 'confidentiality.standard', 'languages.en', 'languages.fr']);
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
        .filter((key) => !catalogs.en.has(key))
        .map((key) => `${file.path}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('have a group for every key built at run time', () => {
    const prefixes = new Set(sources.flatMap((file) => dynamicKeyPrefixes(file.text)));
    expect(prefixes.size).toBeGreaterThan(3);
    for (const prefix of prefixes) {
      expect([...catalogs.en.keys()].some((key) => key.startsWith(`${prefix}.`)), prefix).toBe(true);
    }
  });

  it('are all used: no key is left behind when a screen changes', () => {
    const literal = new Set(sources.flatMap((file) => referencedKeys(file.text)));
    const prefixes = [...new Set(sources.flatMap((file) => dynamicKeyPrefixes(file.text)))];
    const unused = [...catalogs.en.keys()].filter(
      (key) => !literal.has(key) && !prefixes.some((prefix) => key.startsWith(`${prefix}.`)),
    );
    expect(unused).toEqual([]);
  });

  it('cover every zxcvbn warning and suggestion the estimator can return', () => {
    for (const key of Object.keys(zxcvbnEnglish.warnings)) expect(catalogs.en.has(`passphrase.warnings.${key}`), key).toBe(true);
    for (const key of Object.keys(zxcvbnEnglish.suggestions)) expect(catalogs.en.has(`passphrase.suggestions.${key}`), key).toBe(true);
  });

  it('cover the feedback of real weak passphrases', () => {
    for (const sample of ['qwertyuiop', 'password', 'jennifer', 'aaaaaaaaaaaa', '1987', 'abcdefgh']) {
      const verdict = assessPassphrase(sample);
      if (verdict.warning) expect(catalogs.en.has(`passphrase.warnings.${verdict.warning}`), verdict.warning).toBe(true);
      for (const suggestion of verdict.suggestions) expect(catalogs.en.has(`passphrase.suggestions.${suggestion}`), suggestion).toBe(true);
    }
  });

  it('cover every policy problem, strength level, error code, confidentiality level and language', () => {
    const problems: PassphraseProblem[] = ['too_short', 'too_guessable'];
    const expected = [
      ...problems.map((problem) => `strength.problems.${problem}`),
      ...[0, 1, 2, 3, 4].map((score) => `strength.levels.${score}`),
      ...TRANSLATED_ERROR_CODES.map((code) => `errors.${code}`),
      ...CONFIDENTIALITY_LEVELS.map((level) => `confidentiality.${level}`),
      ...LANGUAGES.map((language) => `languages.${language}`),
    ];
    expect(expected.filter((key) => !catalogs.en.has(key))).toEqual([]);
  });
});
