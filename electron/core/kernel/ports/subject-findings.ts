import type { SubjectOutcome } from '../../../../shared/domain/finding.js';
import type { VaultDatabase } from '../vault/database.js';

/**
 * The findings feature (findings/finding-store.ts) as the cases feature reads it: every subject of
 * a case with the outcome of the finding in force, so a case's closed status follows from them.
 */
export interface SubjectFindings {
  /** Each subject of the case by pseudonym code, with its finding's outcome (null: none yet). */
  outcomesOf(db: VaultDatabase, caseId: string): SubjectOutcome[];
}
