import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** Messages per field, keyed by the issue's path joined with dots (`incidentDates.0.from`). */
export type FieldErrors = Record<string, string>;

/**
 * The contract's zod verdict in the user's language: zod's own messages are English and
 * technical, so each issue is said from its kind (and, for dates, the field it is on).
 */
export function fieldErrors(t: TFunction, error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    // The first problem of a field is the one to fix first.
    if (!(path in errors)) errors[path] = issueText(t, issue, path);
  }
  return errors;
}

function issueText(t: TFunction, issue: z.core.$ZodIssue, path: string): string {
  const last = path.split('.').pop() ?? '';
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? t('caseFile.validation.required')
        : t('caseFile.validation.tooFew', { n: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t('caseFile.validation.tooLong', { n: Number(issue.maximum) })
        : t('caseFile.validation.tooMany', { n: Number(issue.maximum) });
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_type':
      return t('caseFile.validation.choose');
    default:
      if (last === 'timeZone') return t('caseFile.validation.timeZone');
      if (issue.message.includes('range must not end')) return t('caseFile.validation.rangeOrder');
      if (last === 'from' || last === 'to' || /date/i.test(last)) return t('caseFile.validation.date');
      return t('caseFile.validation.invalid');
  }
}

/** The errors under `prefix.` with the prefix removed: what a sub-form (one date) shows. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  const nested: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(`${prefix}.`)) nested[path.slice(prefix.length + 1)] = message;
  }
  return nested;
}
