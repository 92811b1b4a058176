import type { ErrorReason, FieldProblemKind, MessageParams, ReasonArgs, ReasonRef } from '../i18n/catalogue.js';
import { messageText, type MessageLanguage } from '../i18n/messages.js';
import { FINDING_CODES, RULE_IDS, type FindingCode, type RuleId } from '../principles/finding.js';
import { isErrorReason } from '../i18n/catalogue-keys.js';
import { messages as english } from '../i18n/en/messages.js';
import { z } from 'zod';

export const FIELD_PROBLEMS = Object.keys(english.fields) as [FieldProblemKind, ...FieldProblemKind[]];

/** Stable error codes: the UI, the CLI and tests rely on these strings; never rename one. */
export const ERROR_CODES = [
  'VALIDATION',
  'VAULT_LOCKED',
  'VAULT_MISSING',
  'VAULT_EXISTS',
  'NOT_A_VAULT',
  'VAULT_TOO_NEW',
  'VAULT_CORRUPT',
  'KDF_TOO_WEAK',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'NOT_FOUND',
  'CONFLICT',
  'CONSENT_REQUIRED',
  'RULE_BLOCKED',
  'FORBIDDEN_SENDER',
  'UNKNOWN_METHOD',
  'INTERNAL',
  'NATIVE_MODULE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The part of a finding an error carries: enough for the UI to render it in its language. */
export interface FindingRef {
  rule: RuleId;
  code: FindingCode;
  variant: string;
  params?: MessageParams;
}

/** One field's problem in a refused input, for the form that can show it beside that field. */
export interface FieldProblem {
  /** Where the field is in the input (`['profile', 'dateOfBirth']`): for placing the problem, never shown. */
  path: readonly (string | number)[];
  problem: FieldProblemKind;
  params?: MessageParams;
}

/** What an error may carry besides its reason: the findings behind a refusal, the fields of a refused input. */
export interface ErrorDetails {
  findings?: readonly FindingRef[];
  fields?: readonly FieldProblem[];
}

/**
 * An error as it crosses a boundary (IPC, CLI --json): data, never a stack trace. The UI renders
 * `reason` with `params` in the user's language; `message` is the same reason in English, from
 * the same catalogue, for the command line and logs.
 */
export interface ApiError extends ErrorDetails {
  code: ErrorCode;
  reason: ErrorReason;
  params?: MessageParams;
  message: string;
}

/** Replies are values (after Signal's sql channel): the caller branches on `ok`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The text of an error in a language: its reason, then each finding behind it (the CLI prints this). */
export function errorMessageText(
  language: MessageLanguage,
  reason: ErrorReason,
  params: MessageParams | undefined,
  details: ErrorDetails = {},
): string {
  const lines = [messageText(language, `errors.${reason}`, params)];
  for (const finding of details.findings ?? []) {
    const key = `findings.${finding.code}.${finding.variant}`;
    const [message, fix] = [
      messageText(language, `${key}.message`, finding.params),
      messageText(language, `${key}.fix`, finding.params),
    ];
    lines.push(`${finding.rule}: ${message} — ${fix}`);
  }
  return lines.join('\n');
}

/** An ApiError from its parts, its English message written from the catalogue. */
export function apiError<R extends ErrorReason>(
  code: ErrorCode,
  reason: R,
  ...args: ReasonArgs<R, ErrorDetails>
): ApiError {
  const [params, details] = args as [MessageParams | undefined, ErrorDetails | undefined];
  return {
    code,
    reason,
    ...(params && Object.keys(params).length > 0 ? { params } : {}),
    ...details,
    message: errorMessageText('en', reason, params, details),
  };
}

/**
 * Thrown inside the core; the router turns it into an ApiError. Every throw names a reason of
 * the catalogue (shared/i18n) and the params its message takes: there is no way to throw a
 * sentence the UI could not translate.
 */
export class CasefileError<R extends ErrorReason = ErrorReason> extends Error {
  readonly code: ErrorCode;
  readonly reason: R;
  readonly params: MessageParams | undefined;
  readonly details: ErrorDetails;
  constructor(code: ErrorCode, reason: R, ...args: ReasonArgs<R, ErrorDetails>) {
    const [params, details] = args as [MessageParams | undefined, ErrorDetails | undefined];
    super(errorMessageText('en', reason, params, details));
    this.name = 'CasefileError';
    this.code = code;
    this.reason = reason;
    this.params = params && Object.keys(params).length > 0 ? params : undefined;
    this.details = details ?? {};
  }
  /** A refusal a domain check described as a value (see ReasonRef). */
  static because(code: ErrorCode, ref: ReasonRef, details?: ErrorDetails): CasefileError {
    return new CasefileError(code, ref.reason as 'request.failed', ref.params as undefined, details);
  }
  /** The same error again (a job's stored failure thrown to the caller that asks for its result). */
  static fromApiError(error: ApiError): CasefileError {
    const { code, reason, params, message: _message, ...details } = error;
    return new CasefileError(code, reason as 'request.failed', params as undefined, details);
  }
  toApiError(): ApiError {
    return {
      code: this.code,
      reason: this.reason,
      ...(this.params ? { params: this.params } : {}),
      ...this.details,
      message: this.message,
    };
  }
}

const ParamValue = z.union([z.string(), z.number(), z.array(z.string())]);
const Params = z.record(z.string(), ParamValue);

/** An ApiError as data inside a reply (a job's failure): checked like any output. */
export const ApiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  reason: z.string().refine(isErrorReason),
  params: Params.optional(),
  message: z.string(),
  findings: z
    .array(
      z.object({ rule: z.enum(RULE_IDS), code: z.enum(FINDING_CODES), variant: z.string(), params: Params.optional() }),
    )
    .optional(),
  fields: z
    .array(
      z.object({
        path: z.array(z.union([z.string(), z.number()])),
        problem: z.enum(FIELD_PROBLEMS),
        params: Params.optional(),
      }),
    )
    .optional(),
}) as unknown as z.ZodType<ApiError>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
