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
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as it crosses a boundary (IPC, CLI --json): data, never a stack trace. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** Replies are values (after Signal's sql channel): the caller branches on `ok`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core; the router turns it into an ApiError. */
export class CasefileError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'CasefileError';
    this.code = code;
  }
  toApiError(): ApiError {
    return { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
