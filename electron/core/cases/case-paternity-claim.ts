import type { PaternityClaim } from '../../../shared/domain/case.js';
import type { CasePaternityClaims } from '../kernel/ports/case-paternity-claims.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { getCaseRow } from './case-store.js';

/**
 * The case's paternity claim as the paternity feature keeps it in step with its child records.
 * The write carries no audit row of its own: the child record's change that caused it has one.
 */
export const casePaternityClaims: CasePaternityClaims = {
  get(db: VaultDatabase, caseId: string): PaternityClaim {
    return JSON.parse(getCaseRow(db, caseId).paternity_claim) as PaternityClaim;
  },
  set(db: VaultDatabase, caseId: string, claim: PaternityClaim, atIso: string): void {
    db.prepare('UPDATE cases SET paternity_claim = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(claim),
      atIso,
      caseId,
    );
  },
};
