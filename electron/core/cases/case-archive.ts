import { CasefileError } from '../../../shared/contract/index.js';
import type { CaseRecord } from '../../../shared/contract/cases.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { getCase, getCaseRow } from './case-store.js';

/**
 * Archives a case (it leaves the default list and can no longer be edited) or brings it back.
 * Nothing is deleted; the reason of each move stays in the audit trail.
 */
export function archiveCase(ctx: CaseFileContext, caseId: string, archived: boolean, reason: string): CaseRecord {
  const db = ctx.db();
  const at = new Date(ctx.now()).toISOString();
  return db
    .transaction((): CaseRecord => {
      const row = getCaseRow(db, caseId);
      const isArchived = row.archived_at !== null;
      if (archived === isArchived) {
        throw new CasefileError('CONFLICT', isArchived ? 'cases.alreadyArchived' : 'cases.notArchived', {
          reference: row.reference,
        });
      }
      db.prepare(`UPDATE cases SET archived_at = ?, archive_reason = ?, updated_at = ? WHERE id = ?`).run(
        archived ? at : null,
        archived ? reason : null,
        at,
        row.id,
      );
      appendAudit(ctx, {
        action: archived ? 'case.archive' : 'case.unarchive',
        caseId: row.id,
        target: { kind: 'case', id: row.id, label: row.reference },
        details: { reason },
      });
      return getCase(db, row.id);
    })
    .immediate();
}
