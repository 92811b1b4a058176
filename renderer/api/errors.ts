import type { TFunction } from 'i18next';
import type { ApiError, FieldProblem, FindingRef } from '../../shared/contract/index.js';
import { isErrorCode } from '../../shared/contract/index.js';
import type { MessageParams } from '../../shared/i18n/catalogue.js';

/**
 * The core's errors and findings in the user's language, from the message catalogue the i18n
 * setup loads as `messages` (shared/i18n). Never the core's English `message`: an error whose
 * reason this build does not know is told by what its code means.
 */

type Lookup = (key: string, options?: Record<string, unknown>) => string;
const lookup = (t: TFunction): Lookup => t as unknown as Lookup;

/** A key of the catalogue, or undefined when this build does not have it (the key itself is never shown). */
function catalogueText(t: TFunction, key: string, params?: MessageParams): string | undefined {
  const text = lookup(t)(`messages.${key}`, { ...params, defaultValue: '' });
  return text === '' ? undefined : text;
}

/** What is wrong and what to do, for one finding: its variant's wording with its params. */
export function findingTexts(
  t: TFunction,
  finding: Pick<FindingRef, 'code' | 'variant' | 'params'>,
): { message: string; fix: string } {
  const key = `findings.${finding.code}.${finding.variant}`;
  return {
    message: catalogueText(t, `${key}.message`, finding.params) ?? catalogueText(t, 'codes.RULE_BLOCKED') ?? '',
    fix: catalogueText(t, `${key}.fix`, finding.params) ?? '',
  };
}

/** The sentence that says why: the reason in the user's language, else what the code means. */
export function errorSummary(t: TFunction, error: ApiError): string {
  const byReason =
    typeof error.reason === 'string' ? catalogueText(t, `errors.${error.reason}`, error.params) : undefined;
  return byReason ?? catalogueText(t, `codes.${isErrorCode(error.code) ? error.code : 'INTERNAL'}`) ?? '';
}

/** A field's problem, for the form that places it beside the field. */
export function fieldProblemText(t: TFunction, problem: FieldProblem): string {
  return catalogueText(t, `fields.${problem.problem}`, problem.params) ?? catalogueText(t, 'fields.invalid') ?? '';
}

/**
 * A refused input's problems keyed by field path (`location.text`), as the forms key their own
 * errors: a form merges them to show each beside its field. The first problem of a field wins.
 */
export function fieldErrorsOf(t: TFunction, error: ApiError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of error.fields ?? []) {
    const path = problem.path.map(String).join('.');
    if (!(path in errors)) errors[path] = fieldProblemText(t, problem);
  }
  return errors;
}

/** The whole error as one text: why, then each blocking finding with its fix. */
export function errorText(t: TFunction, error: ApiError): string {
  const findings = (error.findings ?? []).map((finding) => {
    const { message, fix } = findingTexts(t, finding);
    return `${finding.rule}: ${message} ${fix}`;
  });
  return [errorSummary(t, error), ...findings].join(' ');
}
