import { deadlineState } from '../../../shared/clocks/deadline.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { ClosingAct, DeadlineClosing } from '../kernel/ports/deadline-closing.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { clockOf, closeDeadlineRow, deadlineOf, unclosedDeadlineRows, type DeadlineRow } from './deadline-store.js';

/** A deadline about a subject or an item answers only an act about that subject or item, when the act names any. */
function answers(row: DeadlineRow, act: ClosingAct): boolean {
  if (row.withdrawn_at !== null || !act.clockIds.includes(row.clock_id)) return false;
  if (act.concerns === undefined || act.concerns.length === 0) return true;
  if (row.concerns_kind !== 'subject' && row.concerns_kind !== 'evidence' && row.concerns_kind !== 'follow_up')
    return true;
  return row.concerns_id !== null && act.concerns.includes(row.concerns_id);
}

/**
 * Closes the case's open deadlines that an act recorded by another feature answers (a forensic
 * examination done or refused, a CCTV preservation request sent), as a person closing them by hand
 * would: at the act's moment, with what was done as the action, one audit row each. Runs inside the
 * caller's transaction; returns the closed deadlines' clock names.
 */
function closeAnsweredDeadlines(ctx: CaseFileContext, db: VaultDatabase, act: ClosingAct): string[] {
  const nowMs = ctx.now();
  const recordedAt = new Date(nowMs).toISOString();
  const closed: string[] = [];
  for (const row of unclosedDeadlineRows(db, act.caseId).filter((candidate) => answers(candidate, act))) {
    closeDeadlineRow(db, row.id, { at: act.at, action: act.action, by: ctx.actor, recordedAt });
    const { state } = deadlineState(deadlineOf(row), nowMs, act.at);
    appendAudit(ctx, {
      action: 'deadline.close',
      caseId: row.case_id,
      target: { kind: 'deadline', id: row.id, label: row.trigger_key },
      details: { clockId: row.clock_id, state, at: act.at, dueAt: row.due_at, answeredBy: act.source },
    });
    closed.push(clockOf(row).name);
  }
  return closed;
}

export const deadlineClosing: DeadlineClosing = { closeAnswered: closeAnsweredDeadlines };
