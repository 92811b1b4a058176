import { CasefileError } from '../../../../../shared/contract/errors.js';
import { FILE_PROBLEMS, type IntegrityProblem } from '../file-problems.js';

/**
 * An object that cannot be trusted, with a stable `problem` the UI and CLI can branch on. A file
 * that cannot be read or written is a FileError (io-errors.ts), the same as for every other file.
 */
export class EvidenceObjectError extends CasefileError {
  readonly problem: IntegrityProblem;

  constructor(problem: IntegrityProblem) {
    super(FILE_PROBLEMS[problem].code, FILE_PROBLEMS[problem].reason);
    this.name = 'EvidenceObjectError';
    this.problem = problem;
  }
}

/** The error a cancelled operation rejects with, shaped like Node's own (name AbortError, code ABORT_ERR). */
function abortError(signal: AbortSignal): Error {
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
