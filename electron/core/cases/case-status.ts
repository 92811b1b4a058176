import { CasefileError } from '../../../shared/contract/index.js';
import type { CaseRecord } from '../../../shared/contract/cases.js';
import {
  canTransition,
  CASE_STATUS_TRANSITIONS,
  isClosedStatus,
  statusChangeProblem,
  type CaseStatus,
  type ClosureGround,
  type StatusChange,
} from '../../../shared/domain/case.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { refuseMisclassification } from './case-classification.js';
import { getCase, getCaseRow, refuseArchived } from './case-store.js';

export interface StatusChangeRequest {
  to: CaseStatus;
  reason: string;
  closureGround?: ClosureGround | undefined;
  /** When it happened; defaults to now, never later than now. */
  at?: string | undefined;
}

/**
 * Moves the case along CASE_STATUS_TRANSITIONS with a dated, reasoned entry appended to its
 * history. A move the transitions do not allow is a CONFLICT; a bad date or closure ground is
 * a VALIDATION error; R5 (classification, consensual closure) is checked before the move.
 */
export function changeCaseStatus(ctx: CaseFileContext, caseId: string, request: StatusChangeRequest): CaseRecord {
  const db = ctx.db();
  const nowMs = ctx.now();
  const recordedAt = new Date(nowMs).toISOString();
  const at = request.at ?? recordedAt;
  if (at > recordedAt) throw new CasefileError('VALIDATION', 'cases.statusInFuture');

  return db
    .transaction((): CaseRecord => {
      const row = getCaseRow(db, caseId);
      refuseArchived(row);
      const current = getCase(db, row.id);
      const from = current.status;
      if (!canTransition(from, request.to)) {
        throw new CasefileError('CONFLICT', 'cases.statusTransition', {
          reference: row.reference,
          from,
          to: request.to,
          allowed: CASE_STATUS_TRANSITIONS[from],
        });
      }
      const change: StatusChange = {
        from,
        to: request.to,
        at,
        reason: request.reason,
        ...(request.closureGround === undefined ? {} : { closureGround: request.closureGround }),
      };
      const problem = statusChangeProblem(current.statusHistory[current.statusHistory.length - 1], change);
      if (problem) throw CasefileError.because('VALIDATION', problem);

      refuseMisclassification(ctx.ports.principles, db, row.id, nowMs, {
        ...(isClosedStatus(request.to) && request.closureGround
          ? { closure: { status: request.to, ground: request.closureGround } }
          : {}),
      });

      db.prepare(
        `INSERT INTO case_status_changes (case_id, position, from_status, to_status, at, reason, closure_ground,
          recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        row.id,
        current.statusHistory.length + 1,
        from,
        change.to,
        change.at,
        change.reason,
        change.closureGround ?? null,
        recordedAt,
      );
      db.prepare(`UPDATE cases SET status = ?, updated_at = ? WHERE id = ?`).run(change.to, recordedAt, row.id);
      appendAudit(ctx, {
        action: 'case.status.change',
        caseId: row.id,
        target: { kind: 'case', id: row.id, label: row.reference },
        details: { from, to: change.to, at: change.at, reason: change.reason, closureGround: change.closureGround },
      });
      return getCase(db, row.id);
    })
    .immediate();
}
