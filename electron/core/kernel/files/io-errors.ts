import { CasefileError } from '../../../../shared/contract/errors.js';
import { FILE_PROBLEMS, type FileProblem } from './file-problems.js';
import { isAbortError } from './objects/errors.js';

// The one mapping from the operating system's file errors (ENOSPC, EACCES, EROFS, ENOENT, EISDIR,
// EEXIST…) to what a person is told: the same disk error gives the same code and reason in every
// export, report and ingest. No reason names a path: file names can themselves identify a victim.

/** Where the failing operation was: the vault's own folder, a file or new folder the user chose, a file being read. */
export type FilePlace = 'store' | 'destination' | 'new-folder' | 'source';

// FileError's problems, named where FileError is; their words are in file-problems.ts.
export type { FileProblem };

/** A file operation that failed, with a stable `problem` the UI and CLI can branch on. */
export class FileError extends CasefileError {
  readonly problem: FileProblem;
  /** The operating system's error code (ENOSPC, EACCES, …); never its message, which names paths. */
  readonly systemCode: string | undefined;

  constructor(problem: FileProblem, options: { systemCode?: string } = {}) {
    super(FILE_PROBLEMS[problem].code, FILE_PROBLEMS[problem].reason);
    this.name = 'FileError';
    this.problem = problem;
    this.systemCode = options.systemCode;
  }
}

export function systemCodeOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

// errno names (ENOSPC, EACCES…): not Node's ERR_* codes (a wrong argument is a bug) nor SQLite's.
const SYSTEM_CODE = /^E[A-Z0-9]+$/;

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const REFUSED = new Set(['EACCES', 'EPERM', 'EROFS']);
const NO_FOLDER = new Set(['ENOENT', 'ENOTDIR']);

/** The problem an operating-system error code means at a place. */
export function fileProblemOf(systemCode: string, place: FilePlace): FileProblem {
  if (place === 'source') {
    if (NO_FOLDER.has(systemCode)) return 'source_missing';
    if (systemCode === 'EISDIR') return 'source_not_a_file';
    return 'source_unreadable';
  }
  if (DISK_FULL.has(systemCode)) return 'disk_full';
  const unwritable = place === 'store' ? 'store_unwritable' : 'destination_unwritable';
  if (REFUSED.has(systemCode)) return unwritable;
  // ENOENT/ENOTDIR: the folder to write in is not there (a vault folder moved, a drive unplugged).
  if (NO_FOLDER.has(systemCode)) return place === 'store' ? 'store_unwritable' : 'destination_missing';
  if (systemCode === 'EEXIST') {
    if (place === 'new-folder') return 'folder_exists';
    if (place === 'destination') return 'destination_exists';
  }
  // A folder where the file should go cannot be replaced by it.
  if (systemCode === 'EISDIR') return unwritable;
  return 'write_failed';
}

/**
 * A file-system error as the FileError a person can act on. A Casefile error, a cancel, or
 * anything without an errno code (a bug) passes through unchanged, never disguised as a disk problem.
 */
export function fileFailure(error: unknown, place: FilePlace): unknown {
  if (error instanceof CasefileError || isAbortError(error)) return error;
  const code = systemCodeOf(error);
  if (code === undefined || !SYSTEM_CODE.test(code)) return error;
  return new FileError(fileProblemOf(code, place), { systemCode: code });
}
