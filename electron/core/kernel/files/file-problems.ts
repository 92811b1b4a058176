import type { ErrorCode } from '../../../../shared/contract/errors.js';
import type { PlainReason } from '../../../../shared/i18n/catalogue.js';

/** Why content could not be read from its source or written to its destination (FileError, io-errors.ts). */
export type FileProblem =
  | 'source_missing'
  | 'source_unreadable'
  | 'source_not_a_file'
  | 'store_unwritable'
  | 'destination_missing'
  | 'destination_exists'
  | 'folder_exists'
  | 'destination_unwritable'
  | 'disk_full'
  | 'write_failed';

/** Why an object cannot be trusted, as verifyObject reports it and the evidence log flags an item. */
export type IntegrityProblem =
  'missing' | 'tampered' | 'truncated' | 'reordered' | 'wrong_key' | 'hash_mismatch' | 'size_mismatch';

/**
 * What a file that fails answers with: the error code, and the reason a person reads. One table
 * for every file problem, so that each is worded and coded once. No reason names a path: file
 * names can themselves identify a victim.
 */
export const FILE_PROBLEMS = {
  source_missing: { code: 'NOT_FOUND', reason: 'files.sourceMissing' },
  source_unreadable: { code: 'VALIDATION', reason: 'files.sourceUnreadable' },
  source_not_a_file: { code: 'VALIDATION', reason: 'files.sourceNotAFile' },
  store_unwritable: { code: 'INTERNAL', reason: 'files.storeUnwritable' },
  destination_missing: { code: 'NOT_FOUND', reason: 'files.destinationMissing' },
  destination_exists: { code: 'CONFLICT', reason: 'files.destinationExists' },
  folder_exists: { code: 'CONFLICT', reason: 'files.folderExists' },
  // The user chose the place: choosing another one is what helps.
  destination_unwritable: { code: 'VALIDATION', reason: 'files.destinationUnwritable' },
  disk_full: { code: 'INTERNAL', reason: 'files.diskFull' },
  write_failed: { code: 'INTERNAL', reason: 'files.writeFailed' },
  // An evidence object whose file is gone is not found; one that is there but wrong means a corrupt vault.
  missing: { code: 'NOT_FOUND', reason: 'evidence.contentMissing' },
  tampered: { code: 'VAULT_CORRUPT', reason: 'evidence.contentTampered' },
  truncated: { code: 'VAULT_CORRUPT', reason: 'evidence.contentTruncated' },
  reordered: { code: 'VAULT_CORRUPT', reason: 'evidence.contentReordered' },
  wrong_key: { code: 'VAULT_CORRUPT', reason: 'evidence.contentWrongKey' },
  hash_mismatch: { code: 'VAULT_CORRUPT', reason: 'evidence.contentHashMismatch' },
  size_mismatch: { code: 'VAULT_CORRUPT', reason: 'evidence.contentSizeMismatch' },
} as const satisfies Record<FileProblem | IntegrityProblem, { code: ErrorCode; reason: PlainReason }>;
