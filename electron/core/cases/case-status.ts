import { CasefileError } from '../../../shared/contract/index.js';
import type { CaseRecord } from '../../../shared/contract/cases.js';
import {
  canTransition,
  CASE_STATUS_TRANSITIONS,
  isClosedStatus,
  statusChangeProblem,
  type CaseStatus,
  type ClosureGround,
  type CoreStatusReason,
  type StatusChange,
  type StatusReason,
} from '../../../shared/domain/case.js';
import { caseClosureFromFindings } from '../../../shared/domain/finding.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { refuseMisclassification } from './case-classification.js';
import { getCase, getCaseRow, reasonColumns, refuseArchived, type CaseRow } from './case-store.js';

export interface StatusChangeRequest {
  to: CaseStatus;
  /** A person's words; the core's own moves give a code. */
  reason: StatusReason;
  closureGround?: ClosureGround | undefined;
  /** When it happened; defaults to now, never later than now. */
  at?: string | undefined;
}

/**
 * A status change's reason as its audit row records it: a person's words as `reasonWritten`, the core's
 * code as `reasonCode`; never `reason`, which only rows written before migration 0037 hold (the core's
 * reasons then in its shipped English, read as the core's by the audit trail): so a person's words that
 * happen to equal that English are never mistaken for the core's.
 */
function reasonInAudit(reason: StatusReason): { reasonWritten: string } | { reasonCode: CoreStatusReason } {
  return typeof reason === 'string' ? { reasonWritten: reason } : { reasonCode: reason.code };
}

/**
 * Moves the case along CASE_STATUS_TRANSITIONS with a dated, reasoned entry appended to its
 * history. A move the transitions do not allow is a CONFLICT; a bad date or closure ground is
 * a VALIDATION error; R5 (classification, consensual closure) is checked before the move. A case
 * with subjects closes only as their findings make it (see refuseClosureAgainstFindings).
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
      refuseClosureAgainstFindings(ctx, db, row, request.to);
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
        `INSERT INTO case_status_changes (case_id, position, from_status, to_status, at, reason, reason_code,
          closure_ground, recorded_at)
       VALUES (?, ?, ?, ?, ?, @reason, @reasonCode, ?, ?)`,
      ).run(
        row.id,
        current.statusHistory.length + 1,
        from,
        change.to,
        change.at,
        reasonColumns(change.reason),
        change.closureGround ?? null,
        recordedAt,
      );
      db.prepare(`UPDATE cases SET status = ?, updated_at = ? WHERE id = ?`).run(change.to, recordedAt, row.id);
      appendAudit(ctx, {
        action: 'case.status.change',
        caseId: row.id,
        target: { kind: 'case', id: row.id, label: row.reference },
        details: {
          from,
          to: change.to,
          at: change.at,
          ...reasonInAudit(change.reason),
          closureGround: change.closureGround,
        },
      });
      return getCase(db, row.id);
    })
    .immediate();
}

/**
 * A case with subjects is closed by their findings, not by a choice that could contradict them:
 * closing it while a subject has no finding, or as another status than the findings make, is
 * refused, naming the subjects by pseudonym code. A case without subjects closes by hand.
 */
function refuseClosureAgainstFindings(ctx: CaseFileContext, db: VaultDatabase, row: CaseRow, to: CaseStatus): void {
  if (!isClosedStatus(to)) return;
  const closure = caseClosureFromFindings(ctx.ports.findings.outcomesOf(db, row.id));
  if (closure.kind === 'awaiting') {
    throw new CasefileError('CONFLICT', 'cases.closureAwaitsFindings', {
      reference: row.reference,
      missing: closure.missing,
    });
  }
  if (closure.kind === 'decided' && closure.status !== to) {
    throw new CasefileError('CONFLICT', 'cases.closureContradictsFindings', {
      reference: row.reference,
      status: closure.status,
    });
  }
}

/**
 * Once every subject of the case has a finding, the case takes the closed status they make, with
 * its ground, as a change in its history. A closed case whose findings now make another status
 * (a finding corrected) is reopened into investigation first, so the history shows both moves.
 * Runs inside the transaction that recorded the finding.
 */
export function followFindings(ctx: CaseFileContext, caseId: string): void {
  const db = ctx.db();
  const closure = caseClosureFromFindings(ctx.ports.findings.outcomesOf(db, caseId));
  if (closure.kind !== 'decided') return;
  const current = getCase(db, caseId);
  if (current.status === closure.status) return;
  if (isClosedStatus(current.status)) {
    changeCaseStatus(ctx, caseId, {
      to: 'under_investigation',
      reason: { code: 'reopened_by_correction' },
    });
  }
  changeCaseStatus(ctx, caseId, {
    to: closure.status,
    closureGround: closure.closureGround,
    reason: { code: 'closed_by_findings' },
  });
}
