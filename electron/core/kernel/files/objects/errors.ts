import { CasefileError, type ErrorCode } from '../../../../../shared/contract/errors.js';
import type { PlainReason } from '../../../../../shared/i18n/catalogue.js';

/** Why an object cannot be trusted, as verifyObject reports it and the evidence log flags an item. */
export type IntegrityProblem =
  'missing' | 'tampered' | 'truncated' | 'reordered' | 'wrong_key' | 'hash_mismatch' | 'size_mismatch';

// No message names a path: evidence file names can themselves identify a victim.
const REASONS = {
  missing: 'evidence.contentMissing',
  tampered: 'evidence.contentTampered',
  truncated: 'evidence.contentTruncated',
  reordered: 'evidence.contentReordered',
  wrong_key: 'evidence.contentWrongKey',
  hash_mismatch: 'evidence.contentHashMismatch',
  size_mismatch: 'evidence.contentSizeMismatch',
} as const satisfies Record<IntegrityProblem, PlainReason>;

const CODES: Record<IntegrityProblem, ErrorCode> = {
  missing: 'NOT_FOUND',
  tampered: 'VAULT_CORRUPT',
  truncated: 'VAULT_CORRUPT',
  reordered: 'VAULT_CORRUPT',
  wrong_key: 'VAULT_CORRUPT',
  hash_mismatch: 'VAULT_CORRUPT',
  size_mismatch: 'VAULT_CORRUPT',
};

/**
 * An object that cannot be trusted, with a stable `problem` the UI and CLI can branch on. A file
 * that cannot be read or written is a FileError (io-errors.ts), the same as for every other file.
 */
export class EvidenceObjectError extends CasefileError {
  readonly problem: IntegrityProblem;

  constructor(problem: IntegrityProblem) {
    super(CODES[problem], REASONS[problem]);
    this.name = 'EvidenceObjectError';
    this.problem = problem;
  }
}

/** The error a cancelled operation rejects with, shaped like Node's own (name AbortError, code ABORT_ERR). */
export function abortError(signal: AbortSignal): Error {
  const error = new Error('The operation was cancelled.', { cause: signal.reason });
  error.name = 'AbortError';
  (error as NodeJS.ErrnoException).code = 'ABORT_ERR';
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}
