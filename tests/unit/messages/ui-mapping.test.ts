import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseIntake } from '../../../shared/contract/cases.js';
import { apiError, ERROR_CODES, type ApiError } from '../../../shared/contract/errors.js';
import { fieldProblemsOf } from '../../../shared/contract/field-problems.js';
import type { ErrorReason, FieldProblemKind, MessageParams } from '../../../shared/i18n/catalogue.js';
import { ERROR_REASONS, FINDING_VARIANTS } from '../../../shared/i18n/catalogue-keys.js';
import { registerMessageFormatters } from '../../../shared/i18n/messages.js';
import { FINDING_CODES, type FindingCode, type RuleId } from '../../../shared/principles/finding.js';
import {
  errorSummary,
  errorText,
  fieldErrorsOf,
  fieldProblemText,
  findingTexts,
} from '../../../renderer/api/errors.js';
import { resources } from '../../../renderer/i18n/index.js';
import { CATALOGUES, codeLikeEnumValues, leavesOf, placeholdersOf, sampleValue } from './catalogue-shape.js';

/**
 * Every error code, every reason and every finding, rendered through the UI's own mapping
 * (renderer/api/errors.ts) over the renderer's own resources and formatters, in English and in
 * French: what a person could ever read from the core.
 */

const LANGUAGES = ['en', 'fr'] as const;
const translate: Record<(typeof LANGUAGES)[number], TFunction> = {} as never;

beforeAll(async () => {
  for (const language of LANGUAGES) {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: language, fallbackLng: false, interpolation: { escapeValue: false } });
    registerMessageFormatters(instance);
    translate[language] = instance.t;
  }
});

const FORBIDDEN = codeLikeEnumValues();
// A key typed where a field name goes: it is a passphrase as often as not.
const SECRET_KEY = 'lantern quarry velvet ostrich';
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const enumValue = new RegExp(`(?<![\\w-])(${FORBIDDEN.map(escape).join('|')})(?![\\w-])`);

/** What a person must never read: an unfilled placeholder, a catalogue key, a code name, an enum value. */
function problemsOf(text: string): string[] {
  const problems: string[] = [];
  if (text.trim() === '') problems.push('empty');
  if (/\{\{|\}\}/.test(text)) problems.push('unfilled placeholder');
  if (/\bmessages\.|\berrors\.|\bfindings\.|\blabels\./.test(text)) problems.push('a catalogue key');
  if (/\b[a-z]+_[a-z0-9_]+\b/.test(text)) problems.push(`snake_case: ${/\b[a-z]+_[a-z0-9_]+\b/.exec(text)?.[0]}`);
  if (/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/.test(text))
    problems.push(`SCREAMING_CASE: ${/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/.exec(text)?.[0]}`);
  const value = enumValue.exec(text);
  if (value) problems.push(`enum value: ${value[1]}`);
  return problems;
}

function expectReadable(text: string, what: string): void {
  expect(problemsOf(text), `${what}: ${text}`).toEqual([]);
}

/** Params for a text, every placeholder filled as a throw site would (one value, or a list). */
function paramsFor(texts: readonly string[], asList: boolean): MessageParams {
  const params: Record<string, MessageParams[string]> = {};
  for (const text of texts) {
    for (const { parsed } of placeholdersOf(text)) if (parsed) params[parsed.name] = sampleValue(parsed, asList);
  }
  return params;
}

const englishReason = (reason: ErrorReason): string => new Map(leavesOf(CATALOGUES.en.errors)).get(reason)!;

describe('the UI tells every error in words a person understands', () => {
  it('walks every reason of the catalogue (the walk is not vacuous)', () => {
    expect(ERROR_REASONS.length).toBeGreaterThan(150);
    expect(ERROR_REASONS).toContain('letters.closureCaseOpen');
  });

  it('renders every reason, with one value or a list for each param, in English and French', () => {
    for (const language of LANGUAGES) {
      for (const reason of ERROR_REASONS) {
        for (const asList of [false, true]) {
          const error: ApiError = {
            code: 'CONFLICT',
            reason,
            params: paramsFor([englishReason(reason)], asList),
            message: 'internal English',
          };
          const text = errorText(translate[language], error);
          expectReadable(text, `${language} ${reason}`);
          expect(text).not.toContain('internal English');
        }
      }
    }
  });

  it(
    'says what every error code means when the reason is one this build does not ' + 'know, never the English message',
    () => {
      for (const language of LANGUAGES) {
        for (const code of ERROR_CODES) {
          const error = {
            code,
            reason: 'no.such.reason',
            message: 'closure_substantiated is preliminary_assessment',
          } as unknown as ApiError;
          const text = errorText(translate[language], error);
          expectReadable(text, `${language} ${code}`);
          expect(text).toBe(errorText(translate[language], { ...error, reason: undefined } as unknown as ApiError));
        }
        const unknownCode = { code: 'SOMETHING_NEW', reason: 'no.such.reason', message: 'x' } as unknown as ApiError;
        expect(errorText(translate[language], unknownCode)).toBe(
          errorSummary(translate[language], { ...unknownCode, code: 'INTERNAL' }),
        );
      }
    },
  );

  it('renders every finding code in every variant, message and fix, alone and inside a refusal', () => {
    for (const language of LANGUAGES) {
      for (const code of FINDING_CODES) {
        const variants = FINDING_VARIANTS[code] ?? [];
        expect(variants.length, code).toBeGreaterThan(0);
        for (const variant of variants) {
          const english = (CATALOGUES.en.findings as Record<string, Record<string, { message: string; fix: string }>>)[
            code
          ]![variant]!;
          for (const asList of [false, true]) {
            const finding = {
              rule: code.split('_')[0] as RuleId,
              code: code as FindingCode,
              variant,
              params: paramsFor([english.message, english.fix], asList),
            };
            const { message, fix } = findingTexts(translate[language], finding);
            expectReadable(message, `${language} ${code}.${variant} message`);
            expectReadable(fix, `${language} ${code}.${variant} fix`);
            const refusal = apiError('RULE_BLOCKED', 'principles.refused', undefined, { findings: [finding] });
            expectReadable(errorText(translate[language], refusal), `${language} refusal by ${code}`);
          }
        }
      }
    }
  });

  it('renders every field problem', () => {
    for (const language of LANGUAGES) {
      for (const problem of Object.keys(CATALOGUES.en.fields) as FieldProblemKind[]) {
        const english = CATALOGUES.en.fields[problem];
        expectReadable(
          fieldProblemText(translate[language], { path: ['title'], problem, params: paramsFor([english], false) }),
          `${language} ${problem}`,
        );
      }
    }
  });

  it('places the problems of a refused input by field, in words, and never names the field or echoes the input', () => {
    const input = { title: '', summary: 'x'.repeat(100_001), [SECRET_KEY]: 1 };
    const parsed = CaseIntake.strict().safeParse(input);
    if (parsed.success) throw new Error('the sample input should be refused');
    const refusal = apiError('VALIDATION', 'request.invalid', undefined, {
      fields: fieldProblemsOf(parsed.error, input),
    });
    for (const language of LANGUAGES) {
      const byField = fieldErrorsOf(translate[language], refusal);
      expect(byField['title'], language).toBe(translate[language]('messages.fields.required' as never));
      expect(byField['summary'], language).toMatch(/100[\s\u202f,.]?000/);
      expect(byField[''], language).toBe(translate[language]('messages.fields.unexpected' as never));
      for (const text of Object.values(byField)) expectReadable(text, language);
      expect(JSON.stringify(refusal)).not.toContain(SECRET_KEY);
      expectReadable(errorText(translate[language], refusal), language);
    }
  });

  it('says the same in English as the message the core writes for the command line (one wording per reason)', () => {
    const samples: ApiError[] = [
      apiError('VALIDATION', 'letters.closureCaseOpen', { status: 'preliminary_assessment' }),
      apiError('CONFLICT', 'cases.statusTransition', {
        reference: 'CF-2026-0001',
        from: 'under_review',
        to: 'substantiated',
        allowed: ['under_investigation', 'closed_other'],
      }),
      apiError('CONFLICT', 'custody.notChronological', {
        number: 'E-0001',
        sequence: 2,
        kind: 'handed_over',
        lastAt: '2026-03-10T09:00:00.000Z',
        at: '2026-03-09T08:00:00.000Z',
      }),
      apiError('WEAK_PASSPHRASE', 'vault.weakPassphrase', { problems: ['too_short', 'too_guessable'] }),
    ];
    for (const error of samples) expect(errorText(translate.en, error)).toBe(error.message);
  });

  it('names a case status by its label, in the language of the interface', () => {
    const error = apiError('VALIDATION', 'letters.closureCaseOpen', { status: 'preliminary_assessment' });
    expect(errorText(translate.en, error)).toContain('“Preliminary assessment”');
    expect(errorText(translate.fr, error)).toContain('« Évaluation préliminaire »');
  });

  it('finds what it forbids: the checks themselves catch a code name, an enum value and a raw key', () => {
    expect(FORBIDDEN).toEqual(
      expect.arrayContaining(['preliminary_assessment', 'closure_substantiated', 'fullName', 'SE']),
    );
    expect(problemsOf('this case is preliminary_assessment')).not.toEqual([]);
    expect(problemsOf('a closure_substantiated letter')).not.toEqual([]);
    expect(problemsOf('the fullName of V-01')).toEqual(['enum value: fullName']);
    expect(problemsOf('classified SE')).toEqual(['enum value: SE']);
    expect(problemsOf('CONSENT_REQUIRED')).not.toEqual([]);
    expect(problemsOf('Hello {{name}}')).toEqual(['unfilled placeholder']);
    expect(problemsOf('messages.errors.cases.archived')).not.toEqual([]);
    expect(problemsOf('V-01 was interviewed (R4) on 10 March 2026 at 09:30 UTC.')).toEqual([]);
  });
});
