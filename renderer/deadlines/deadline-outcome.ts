import type { CaseRecord } from '../../shared/contract/cases.js';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import { isClosedStatus } from '../../shared/domain/case.js';

/**
 * What became of a deadline once its case was closed: its clock has stopped, so it is told as an
 * outcome, never as a countdown that would go on running (or turn "overdue") for ever.
 *  met      – the action was recorded in time;
 *  metLate  – recorded after it fell due;
 *  missed   – still open when the case was closed, after it had fallen due;
 *  stopped  – still open when the case was closed, before it fell due.
 */
export type DeadlineOutcome = 'met' | 'metLate' | 'missed' | 'stopped';

export function deadlineOutcome(item: Pick<DeadlineItem, 'dueAt' | 'closedAt'>, caseClosedAt: string): DeadlineOutcome {
  if (item.closedAt !== null) return Date.parse(item.closedAt) <= Date.parse(item.dueAt) ? 'met' : 'metLate';
  return Date.parse(item.dueAt) < Date.parse(caseClosedAt) ? 'missed' : 'stopped';
}

/** When the case was closed (its last status change, to a closing status); null while it is open. */
export function caseClosedAt(record: Pick<CaseRecord, 'status' | 'statusHistory'>): string | null {
  if (!isClosedStatus(record.status)) return null;
  return record.statusHistory[record.statusHistory.length - 1]?.at ?? null;
}
