import { describe, expect, it } from 'vitest';
import type { CliLanguage } from '../../../electron/cli/words.js';
import { ERROR_CODES, METHOD_NAMES } from '../../../shared/contract/index.js';
import { methodSummaries as arabic } from '../../../shared/i18n/ar/method-summaries.js';
import { methodSummaries as english, type MethodSummaries } from '../../../shared/i18n/en/method-summaries.js';
import { methodSummaries as french } from '../../../shared/i18n/fr/method-summaries.js';

/** Every language the command line speaks has its line for every method (a language added there needs one). */
const CATALOGUES = { en: english, fr: french, ar: arabic } satisfies Record<CliLanguage, MethodSummaries>;

/**
 * What a summary writes as code, the same in every language: method names, `quoted` keys, camelCase JSON keys,
 * error codes, rule ids, references (E-0001, V-01), file formats and tools.
 */
const CODE = new RegExp(
  [
    '`[^`]+`',
    '\\b[a-z]+\\.[a-z][A-Za-z]+\\b',
    '\\b[a-z]+[A-Z][A-Za-z]*\\b',
    `\\b(${ERROR_CODES.join('|')})\\b`,
    '\\bR\\d+b?\\b',
    '\\b[A-Z]{1,2}-\\d{2,4}(-\\d{4})?\\b',
    '\\b(SHA-256|PDF|DOCX|CSV|XLSX|JSON|PEM|UTC|MiB|base64|sha256sum|openssl|Word|null|false)\\b',
  ].join('|'),
  'g',
);
const codeIn = (summary: string): string[] => [...summary.matchAll(CODE)].map((match) => match[0]).sort();

describe('what each method does, in every language', () => {
  it.each(Object.entries(CATALOGUES))(
    '%s has one line for every method of the contract, and none other',
    (_, lines) => {
      expect(Object.keys(lines).sort()).toEqual([...METHOD_NAMES].sort());
      for (const name of METHOD_NAMES) expect(lines[name], name).toMatch(/^\S.*\S\.$/s);
    },
  );

  it.each([
    ['fr', french],
    ['ar', arabic],
  ])('%s writes each line in its own words and keeps the code in it as it is', (_, lines) => {
    for (const name of METHOD_NAMES) {
      expect(lines[name], name).not.toBe(english[name]);
      expect(codeIn(lines[name]), name).toEqual(codeIn(english[name]));
    }
  });

  it('finds the code in a line', () => {
    expect(codeIn(english['interviews.markConducted'])).toEqual(['CONSENT_REQUIRED', 'R1', 'R4', 'RULE_BLOCKED']);
    expect(codeIn(english['evidence.ingest'])).toEqual(['SHA-256', 'jobs.cancel', 'newItem']);
    expect(codeIn('Refused (CONFLICT) unless `timeZone` is UTC, in E-0001, for V-01 as PDF')).toEqual(
      ['CONFLICT', '`timeZone`', 'UTC', 'E-0001', 'V-01', 'PDF'].sort(),
    );
  });
});
