import type { z } from 'zod';
import { CasefileError } from '../../../shared/contract/index.js';

/**
 * A whole record checked against its domain schema before it is written: the contract checks
 * each input, this checks what the core assembled from it (cross-field rules, code prefixes).
 * Zod's messages name paths and expectations, never the values given.
 */
export function validRecord<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : what}: ${issue.message}`)
    .join('; ');
  throw new CasefileError('VALIDATION', `The ${what} is not valid: ${problems}.`);
}
