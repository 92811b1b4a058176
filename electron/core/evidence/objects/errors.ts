import { CasefileError, type ErrorCode } from '../../../../shared/contract/errors.js';

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
const MESSAGES: Record<ObjectProblem, string> = {
  missing: 'The encrypted content of this evidence item is missing from the vault folder.',
  tampered: 'The encrypted content of this evidence item has been altered or damaged.',
  truncated: 'The encrypted content of this evidence item is incomplete: its end is missing.',
  reordered: 'The encrypted content of this evidence item has been rearranged.',
  wrong_key: 'The key for this evidence item does not open it: it belongs to another vault or object.',
  hash_mismatch: 'The content of this evidence item no longer matches its recorded SHA-256.',
  size_mismatch: 'The content of this evidence item no longer has its recorded size.',
  source_missing: 'The file to add was not found. It may have been moved, renamed or removed.',
  source_unreadable: 'The file to add could not be read. Check that you may open it and that its drive is still connected.',
  source_not_a_file: 'Only files can be added as evidence content, not folders or devices.',
  store_unwritable: "The vault's evidence folder cannot be written to.",
  destination_missing: 'The folder to export to does not exist.',
  destination_exists: 'A file with that name already exists where you are exporting. Choose another name.',
  destination_unwritable: 'The folder to export to cannot be written to.',
  disk_full: 'There is not enough free disk space to finish. Nothing was kept.',
  write_failed: 'Writing to disk failed. Nothing was kept.',
};

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
    super(CODES[problem], MESSAGES[problem]);
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
