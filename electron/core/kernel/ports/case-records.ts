import type { CaseRecord } from '../../../../shared/contract/cases.js';
import type { CaseFileContext } from '../context.js';
import type { VaultDatabase } from '../vault/database.js';

/** What another feature needs to know of the case a record of it belongs to. */
export interface CaseKey {
  readonly id: string;
  /** CF-2026-0001: what audit labels and messages name the case by. */
  readonly reference: string;
  /** The day the case was received (YYYY-MM-DD): nothing about it happened on the team's side before. */
  readonly dateReceived: string;
}

/**
 * The cases feature (cases/case-store.ts) as every other feature reaches it: every record hangs
 * off a case, is refused when the case is archived (frozen) and marks the case changed.
 * A case is named by id or by reference; NOT_FOUND when there is none.
 */
export interface CaseRecords {
  /** One case with its status history. */
  get(db: VaultDatabase, caseIdOrReference: string): CaseRecord;
  /** The case's id, reference and day received, archived or not. */
  find(db: VaultDatabase, caseIdOrReference: string): CaseKey;
  /** The case, refused (CONFLICT) when archived: it is brought back from the archive before it changes again. */
  forChange(db: VaultDatabase, caseIdOrReference: string): CaseKey;
  /** Marks the case changed (a person, consent, interview, item or deadline of it changed). */
  touch(db: VaultDatabase, caseId: string, atIso: string): void;
  /**
   * A finding on a subject was recorded: once every subject has one, the case's status becomes the
   * closed status they make, recorded in its history (inside the caller's transaction).
   */
  followFindings(ctx: CaseFileContext, caseId: string): void;
}
