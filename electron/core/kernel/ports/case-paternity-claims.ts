import type { PaternityClaim } from '../../../../shared/domain/case.js';
import type { VaultDatabase } from '../vault/database.js';

/**
 * The case's own paternity claim (cases feature), as the paternity feature keeps it in step with
 * the child records: letters and principles keep reading the case's claim.
 */
export interface CasePaternityClaims {
  get(db: VaultDatabase, caseId: string): PaternityClaim;
  /** Writes the claim; the child record's change that caused it is what the audit trail records. */
  set(db: VaultDatabase, caseId: string, claim: PaternityClaim, atIso: string): void;
}

/**
 * The paternity feature as the cases feature reaches it: an edit of the case's claim at intake is
 * brought in step with the child records (refused when it would deny a claim that has children).
 */
export interface PaternityChildRecords {
  claimInStep(db: VaultDatabase, caseId: string, requested: PaternityClaim): PaternityClaim;
}
