import { deadlineState } from '../../../shared/clocks/deadline.js';
import { CasefileError } from '../../../shared/contract/index.js';
import type { DeadlineItem, ExplanationLocale } from '../../../shared/contract/deadlines.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { getDeadlineItem } from './deadline-list.js';
import { closeDeadlineRow, deadlineOf, getDeadlineRow } from './deadline-store.js';

/**
 * A deadline is closed only by recording the action taken: when (now unless given) and what.
 * Closing after it fell due is allowed and shows as closed late; it is never reopened.
 */
export function closeDeadline(
  ctx: CaseFileContext,
  input: { deadlineId: string; action: string; at?: string | undefined; locale: ExplanationLocale },
): DeadlineItem {
  const db = ctx.db();
  const nowMs = ctx.now();
  return db
    .transaction((): DeadlineItem => {
      const row = getDeadlineRow(db, input.deadlineId);
      if (row.closed_at !== null) throw new CasefileError('CONFLICT', 'deadlines.alreadyClosed', { at: row.closed_at });
      if (row.withdrawn_at !== null) throw new CasefileError('CONFLICT', 'deadlines.withdrawn');
      const at = input.at ?? new Date(nowMs).toISOString();
      if (Date.parse(at) > nowMs) throw new CasefileError('VALIDATION', 'deadlines.actionInFuture');
      const recordedAt = new Date(nowMs).toISOString();
      closeDeadlineRow(db, row.id, { at, action: input.action, by: ctx.actor, recordedAt });
      const { state } = deadlineState(deadlineOf(row), nowMs, at);
      appendAudit(ctx, {
        action: 'deadline.close',
        caseId: row.case_id,
        target: { kind: 'deadline', id: row.id, label: row.trigger_key },
        details: { clockId: row.clock_id, state, at, dueAt: row.due_at },
      });
      ctx.ports.cases.touch(db, row.case_id, recordedAt);
      return getDeadlineItem(ctx.ports, db, row.id, nowMs, input.locale);
    })
    .immediate();
}
