import type { ErrorReason } from './catalogue.js';
import { messages as english } from './en/messages.js';

/** The catalogue's keys as values, for validating what crosses a boundary and for tests that walk them all. */

function leaves(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value as object, `${prefix}${key}.`),
  );
}

export const ERROR_REASONS = leaves(english.errors) as ErrorReason[];
const REASON_SET = new Set<string>(ERROR_REASONS);
export const isErrorReason = (value: unknown): value is ErrorReason =>
  typeof value === 'string' && REASON_SET.has(value);

/** Every finding code with its variants, as the catalogue holds them. */
export const FINDING_VARIANTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(english.findings).map(([code, variants]) => [code, Object.keys(variants)]),
);
