import { deadlineState } from '../../../shared/clocks/deadline.js';
import type { CaseListDeadline } from '../../../shared/contract/cases.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { clockOf, deadlineOf, type DeadlineRow } from './deadline-store.js';

type UrgentRow = Pick<
  DeadlineRow,
  | 'id'
  | 'case_id'
  | 'clock_id'
  | 'clock'
  | 'concerns_kind'
  | 'due_at'
  | 'last_possible_due_at'
  | 'span_ms'
  | 'firmness'
  | 'basis'
>;

/**
 * Each case's most urgent open deadline in one statement, whatever the number of cases: the open
 * deadlines are read through their partial index (`deadlines_open_by_due`, open rows only, in due
 * order) and ranked per case by due moment, binding before target before advisory (the order of
 * sortDeadlinesByUrgency), then by age.
 */
export const MOST_URGENT_OPEN_DEADLINES = `
  SELECT id, case_id, clock_id, clock, concerns_kind, due_at, last_possible_due_at, span_ms, firmness, basis
  FROM (
    SELECT d.*, row_number() OVER (
      PARTITION BY d.case_id
      ORDER BY d.due_at, CASE d.firmness WHEN 'binding' THEN 0 WHEN 'target' THEN 1 ELSE 2 END, d.rowid
    ) AS urgency
    FROM deadlines d INDEXED BY deadlines_open_by_due
    WHERE d.closed_at IS NULL AND d.withdrawn_at IS NULL
  )
  WHERE urgency = 1`;

/** The most urgent open deadline of every case that has one, by case id, with its state at `nowMs`. */
export function mostUrgentOpenDeadlines(db: VaultDatabase, nowMs: number): Map<string, CaseListDeadline> {
  const rows = db.prepare(MOST_URGENT_OPEN_DEADLINES).all() as UrgentRow[];
  const byCase = new Map<string, CaseListDeadline>();
  for (const row of rows) {
    const deadline = deadlineOf(row as DeadlineRow);
    const { state, remainingMs } = deadlineState(deadline, nowMs);
    byCase.set(row.case_id, {
      id: row.id,
      clockId: row.clock_id,
      clockName: clockOf(row).name,
      concerns: row.concerns_kind,
      dueAt: deadline.dueAt,
      state,
      remainingMs,
      deadline,
    });
  }
  return byCase;
}
