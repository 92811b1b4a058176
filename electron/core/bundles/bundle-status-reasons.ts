import { statusReasonCodeOfShippedWording } from '../../../shared/domain/shipped-status-reasons.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { inColumnOrderOf, type StoredRow } from './case-tables.js';

/**
 * A bundle's status changes as this vault keeps them: a reason an older Casefile (bundle format 2 or
 * before) recorded in the shipped English becomes the code migration 0037 gives it here (its own
 * mapping), and the reason_code column such a bundle lacks is empty; so the same change compares equal
 * on both sides, and reads in the reader's language. A reason a person wrote stays as written, in the
 * shipped English words too.
 */
export function statusChangeRowsInCodes(db: VaultDatabase, rows: StoredRow[]): StoredRow[] {
  const inColumnOrder = inColumnOrderOf(db, 'case_status_changes');
  return rows.map((row) => {
    // A bundle with the code column comes from a vault migrated by 0037: a reason it carries as text
    // is a person's, even in the shipped English words, and stays as written.
    if ('reason_code' in row) return row;
    const code = typeof row.reason === 'string' ? statusReasonCodeOfShippedWording(row.reason) : null;
    return inColumnOrder({
      ...row,
      reason_code: row.reason_code ?? null,
      ...(code === null ? {} : { reason: null, reason_code: code }),
    });
  });
}
