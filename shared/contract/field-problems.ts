import type { z } from 'zod';
import type { FieldProblem } from './errors.js';

/**
 * Zod's issues as problems a person can read, one per field: where the field is (for the form
 * to place it) and what is wrong in the catalogue's words. Zod's own messages and any key or
 * value from the input are dropped: an unrecognised key is reported at its parent, unnamed,
 * since a key can itself be a secret typed in the wrong place.
 */
export function fieldProblemsOf(error: z.ZodError, input?: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of error.issues.slice(0, 20)) {
    const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    problems.push({ path, ...problemOf(issue, path, input) });
  }
  return problems;
}

const isAbsent = (input: unknown, path: readonly (string | number)[]): boolean => {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return true;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value === undefined;
};

const bound = (value: unknown): number | undefined =>
  typeof value === 'number' || typeof value === 'bigint' ? Number(value) : undefined;

function problemOf(
  issue: z.core.$ZodIssue,
  path: readonly (string | number)[],
  input: unknown,
): Omit<FieldProblem, 'path'> {
  switch (issue.code) {
    case 'invalid_type':
      return { problem: input !== undefined && isAbsent(input, path) ? 'required' : 'wrongKind' };
    case 'too_small': {
      const min = bound(issue.minimum);
      if (min === undefined) return { problem: 'invalid' };
      if (issue.origin === 'string')
        return min <= 1 ? { problem: 'required' } : { problem: 'tooShort', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { problem: 'tooFew', params: { min } };
      return { problem: 'tooSmall', params: { min } };
    }
    case 'too_big': {
      const max = bound(issue.maximum);
      if (max === undefined) return { problem: 'invalid' };
      if (issue.origin === 'string') return { problem: 'tooLong', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { problem: 'tooMany', params: { max } };
      return { problem: 'tooLarge', params: { max } };
    }
    case 'invalid_format':
      return { problem: 'badFormat' };
    case 'invalid_value':
      return { problem: 'notAChoice' };
    case 'unrecognized_keys':
      return { problem: 'unexpected' };
    default:
      return { problem: 'invalid' };
  }
}
