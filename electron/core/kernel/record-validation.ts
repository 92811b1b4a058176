import type { z } from 'zod';
import type { CrossFieldProblem } from '../../../shared/domain/evidence.js';
import type { ReasonRef } from '../../../shared/i18n/catalogue.js';
import { CasefileError, fieldProblemsOf } from '../../../shared/contract/index.js';

/**
 * A whole record checked against its domain schema before it is written: the contract checks
 * each input, this checks what the core assembled from it (cross-field rules, code prefixes).
 * A refusal lists each field's problem in the catalogue's words, never zod's nor the values given.
 */
export function validRecord<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CasefileError('VALIDATION', 'request.invalid', undefined, { fields: fieldProblemsOf(parsed.error, value) });
}

/**
 * A cross-field refusal (an evidence item's or a custody event's): the first problem's reason, every problem's field.
 */
export function crossFieldRefusal(
  problems: readonly [CrossFieldProblem, ...CrossFieldProblem[]] | readonly CrossFieldProblem[],
): CasefileError {
  const [first] = problems;
  if (!first) throw new Error('crossFieldRefusal: no problem to refuse');
  return CasefileError.because('VALIDATION', { reason: first.reason } as ReasonRef, {
    fields: problems.map((problem) => ({ path: [problem.path], problem: 'invalid' as const })),
  });
}
