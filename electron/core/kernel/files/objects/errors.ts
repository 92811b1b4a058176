import { CasefileError, type ErrorCode } from '../../../../../shared/contract/errors.js';
import type { PlainReason } from '../../../../../shared/i18n/catalogue.js';

/** Why an object cannot be trusted, as verifyObject reports it and the evidence log flags an item. */
export type IntegrityProblem =
  | 'missing'
  | 'tampered'
  | 'truncated'
  | 'reordered'
  | 'wrong_key'
  | 'hash_mismatch'
  | 'size_mismatch';

/** Why content could not be read from its source or written to its destination. */
export type TransferProblem =
  | 'source_missing'
  | 'source_unreadable'
  | 'source_not_a_file'
  | 'store_unwritable'
  | 'destination_missing'
  | 'destination_exists'
  | 'destination_unwritable'
  | 'disk_full'
  | 'write_failed';

export type ObjectProblem = IntegrityProblem | TransferProblem;

// No message names a path: evidence file names can themselves identify a victim.
const REASONS = {
  missing: 'evidence.contentMissing',
  tampered: 'evidence.contentTampered',
  truncated: 'evidence.contentTruncated',
  reordered: 'evidence.contentReordered',
  wrong_key: 'evidence.contentWrongKey',
  hash_mismatch: 'evidence.contentHashMismatch',
  size_mismatch: 'evidence.contentSizeMismatch',
  source_missing: 'evidence.sourceMissing',
  source_unreadable: 'evidence.sourceUnreadable',
  source_not_a_file: 'evidence.sourceNotAFile',
  store_unwritable: 'evidence.storeUnwritable',
  destination_missing: 'evidence.destinationMissing',
  destination_exists: 'evidence.destinationExists',
  destination_unwritable: 'evidence.destinationUnwritable',
  disk_full: 'evidence.diskFull',
  write_failed: 'evidence.writeFailed',
} as const satisfies Record<ObjectProblem, PlainReason>;

const CODES: Record<ObjectProblem, ErrorCode> = {
  missing: 'NOT_FOUND',
  tampered: 'VAULT_CORRUPT',
  truncated: 'VAULT_CORRUPT',
  reordered: 'VAULT_CORRUPT',
  wrong_key: 'VAULT_CORRUPT',
  hash_mismatch: 'VAULT_CORRUPT',
  size_mismatch: 'VAULT_CORRUPT',
  source_missing: 'NOT_FOUND',
  source_unreadable: 'VALIDATION',
  source_not_a_file: 'VALIDATION',
  store_unwritable: 'INTERNAL',
  destination_missing: 'NOT_FOUND',
  destination_exists: 'CONFLICT',
  destination_unwritable: 'VALIDATION',
  disk_full: 'INTERNAL',
  write_failed: 'INTERNAL',
};

/** A failure of the object store, with a stable `problem` the UI and CLI can branch on. */
export class EvidenceObjectError extends CasefileError {
  readonly problem: ObjectProblem;
  /** The operating system's error code (ENOSPC, EACCES, …) when there was one; never its message, which names paths. */
  readonly systemCode: string | undefined;

  constructor(problem: ObjectProblem, options: { systemCode?: string } = {}) {
    super(CODES[problem], REASONS[problem]);
    this.name = 'EvidenceObjectError';
    this.problem = problem;
    this.systemCode = options.systemCode;
  }
}

const INTEGRITY_PROBLEMS = new Set<ObjectProblem>(['missing', 'tampered', 'truncated', 'reordered', 'wrong_key', 'hash_mismatch', 'size_mismatch']);

export function isIntegrityProblem(problem: ObjectProblem): problem is IntegrityProblem {
  return INTEGRITY_PROBLEMS.has(problem);
}

export function systemCodeOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** A write-side system error as the problem a person can act on; anything else (a bug) passes through unchanged. */
export function writeFailure(error: unknown, unwritable: ObjectProblem = 'store_unwritable'): unknown {
  if (error instanceof EvidenceObjectError || isAbortError(error)) return error;
  const code = systemCodeOf(error);
  if (code === undefined) return error;
  if (DISK_FULL_CODES.has(code)) return new EvidenceObjectError('disk_full', { systemCode: code });
  // ENOENT/ENOTDIR: the folder to write in is gone (a vault folder moved, a drive unplugged).
  if (['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR'].includes(code)) return new EvidenceObjectError(unwritable, { systemCode: code });
  return new EvidenceObjectError('write_failed', { systemCode: code });
}

/** A read-side system error on the file being added. */
export function sourceFailure(error: unknown): unknown {
  if (error instanceof EvidenceObjectError || isAbortError(error)) return error;
  const code = systemCodeOf(error);
  if (code === undefined) return error;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new EvidenceObjectError('source_missing', { systemCode: code });
  if (code === 'EISDIR') return new EvidenceObjectError('source_not_a_file', { systemCode: code });
  return new EvidenceObjectError('source_unreadable', { systemCode: code });
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
