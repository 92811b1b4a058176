import { randomUUID } from 'node:crypto';
import type { ClockConcern } from '../../../shared/clocks/triggers.js';
import type { ClockDefinition } from '../../../shared/clocks/clock.js';
import type { Deadline } from '../../../shared/clocks/deadline.js';
import { CasefileError } from '../../../shared/contract/index.js';
import type { Instant } from '../../../shared/domain/primitives.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/** A row of `deadlines` (migration 0011): its own columns and those a computation fills. */
export interface DeadlineRow extends ComputedColumns {
  id: string;
  case_id: string;
  trigger_key: string;
  clock_id: string;
  concerns_kind: ClockConcern['kind'];
  concerns_id: string | null;
  started_by: 'case_facts' | 'evidence';
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_action: string | null;
  closed_by: string | null;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
}

const deadlineNotFound = (): CasefileError => new CasefileError('NOT_FOUND', 'deadlines.notFound');

/** Why a deadline was withdrawn: its start fact went away, or it could never have been met. */
export type WithdrawalReason = 'start_removed' | 'start_unknown' | 'condition_lifted' | 'closed_before_case_received';

/** The stored columns a computation fills; equal columns mean an unchanged deadline. */
export interface ComputedColumns {
  clock: string;
  start: string;
  due_at: string;
  last_possible_due_at: string;
  span_ms: number | null;
  firmness: string;
  basis: string;
}

export function computedColumns(
  clock: ClockDefinition,
  start: Instant | UncertainDate,
  deadline: Deadline,
): ComputedColumns {
  return {
    clock: JSON.stringify(clock),
    start: JSON.stringify(start),
    due_at: deadline.dueAt,
    last_possible_due_at: deadline.lastPossibleDueAt,
    span_ms: deadline.spanMs,
    firmness: deadline.firmness,
    basis: JSON.stringify(deadline.basis),
  };
}

export function sameComputation(row: DeadlineRow, columns: ComputedColumns): boolean {
  return (Object.keys(columns) as (keyof ComputedColumns)[]).every((name) => row[name] === columns[name]);
}

/** The concerns of a trigger as stored: the incident's position as text, the subject's or item's id. */
function concernsColumns(concerns: ClockConcern): { kind: ClockConcern['kind']; id: string | null } {
  switch (concerns.kind) {
    case 'incident':
      return { kind: 'incident', id: String(concerns.index) };
    case 'subject':
      return { kind: 'subject', id: concerns.subjectId };
    case 'evidence':
      return { kind: 'evidence', id: concerns.evidenceId };
    case 'follow_up':
      return { kind: 'follow_up', id: concerns.followUpId };
    case 'case':
      return { kind: 'case', id: null };
  }
}

/** The stored row as the shared Deadline (the action and name come from the clock it was computed with). */
export function deadlineOf(row: DeadlineRow): Deadline {
  const clock = JSON.parse(row.clock) as ClockDefinition;
  return {
    clockId: row.clock_id,
    action: clock.action,
    firmness: row.firmness as Deadline['firmness'],
    dueAt: row.due_at,
    lastPossibleDueAt: row.last_possible_due_at,
    spanMs: row.span_ms,
    basis: JSON.parse(row.basis) as Deadline['basis'],
  };
}

export const clockOf = (row: Pick<DeadlineRow, 'clock'>): ClockDefinition => JSON.parse(row.clock) as ClockDefinition;

const COLUMNS = `id, case_id, trigger_key, clock_id, clock, concerns_kind, concerns_id, started_by, start, due_at,
  last_possible_due_at, span_ms, firmness, basis, created_at, updated_at, closed_at, closed_action, closed_by,
  withdrawn_at, withdrawn_reason`;

/** The columns of a deadline row read through the alias `d` (joined with its case). */
export const DEADLINE_COLUMNS_OF_D = COLUMNS.split(',')
  .map((name) => `d.${name.trim()}`)
  .join(', ');

export function getDeadlineRow(db: VaultDatabase, deadlineId: string): DeadlineRow {
  const row = db.prepare(`SELECT ${COLUMNS} FROM deadlines WHERE id = ?`).get(deadlineId) as DeadlineRow | undefined;
  if (!row) throw deadlineNotFound();
  return row;
}

/** Every deadline of a case that is not closed (open or withdrawn): those a refresh may change. */
export function unclosedDeadlineRows(db: VaultDatabase, caseId: string): DeadlineRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM deadlines WHERE case_id = ? AND closed_at IS NULL ORDER BY created_at, id`)
    .all(caseId) as DeadlineRow[];
}

export function deadlineKeys(db: VaultDatabase, caseId: string): Set<string> {
  return new Set(db.prepare('SELECT trigger_key FROM deadlines WHERE case_id = ?').pluck().all(caseId) as string[]);
}

/**
 * Deadlines to list: open ones (and closed ones on request), of one case, or of every case still
 * being worked on (not archived, not closed: a closed investigation's countdowns have stopped).
 */
export function listedDeadlineRows(
  db: VaultDatabase,
  query: { caseId?: string; includeClosed: boolean; closedStatuses: readonly string[] },
): (DeadlineRow & { reference: string })[] {
  const where = ['d.withdrawn_at IS NULL'];
  if (!query.includeClosed) where.push('d.closed_at IS NULL');
  if (query.caseId === undefined) {
    where.push('c.archived_at IS NULL', 'c.status NOT IN (SELECT value FROM json_each(@closedStatuses))');
  } else {
    where.push('d.case_id = @caseId');
  }
  return db
    .prepare(
      `SELECT ${DEADLINE_COLUMNS_OF_D}, c.reference AS reference FROM deadlines d JOIN cases c ON ` +
        `c.id = d.case_id WHERE ${where.join(' AND ')} ORDER BY d.rowid`,
    )
    .all(
      query.caseId === undefined ? { closedStatuses: JSON.stringify(query.closedStatuses) } : { caseId: query.caseId },
    ) as (DeadlineRow & { reference: string })[];
}

export interface NewDeadline {
  caseId: string;
  key: string;
  clock: ClockDefinition;
  concerns: ClockConcern;
  startedBy: DeadlineRow['started_by'];
  columns: ComputedColumns;
  atIso: string;
}

export function insertDeadline(db: VaultDatabase, deadline: NewDeadline): string {
  const id = randomUUID();
  const concerns = concernsColumns(deadline.concerns);
  db.prepare(
    `INSERT INTO deadlines (id, case_id, trigger_key, clock_id, clock, concerns_kind, concerns_id, started_by, start,
      due_at,
       last_possible_due_at, span_ms, firmness, basis, created_at, updated_at)
     VALUES (@id, @caseId, @key, @clockId, @clock, @concernsKind, @concernsId, @startedBy, @start, @due_at,
       @last_possible_due_at, @span_ms, @firmness, @basis, @at, @at)`,
  ).run({
    ...deadline.columns,
    id,
    caseId: deadline.caseId,
    key: deadline.key,
    clockId: deadline.clock.id,
    concernsKind: concerns.kind,
    concernsId: concerns.id,
    startedBy: deadline.startedBy,
    at: deadline.atIso,
  });
  return id;
}

/** New values for an open deadline, or for a withdrawn one whose start came back (it opens again). */
export function rewriteDeadline(db: VaultDatabase, id: string, columns: ComputedColumns, atIso: string): void {
  db.prepare(
    `UPDATE deadlines SET clock = @clock, start = @start, due_at = @due_at,
      last_possible_due_at = @last_possible_due_at,
       span_ms = @span_ms, firmness = @firmness, basis = @basis, updated_at = @at, withdrawn_at = NULL,
         withdrawn_reason = NULL
     WHERE id = @id AND closed_at IS NULL`,
  ).run({ ...columns, id, at: atIso });
}

export function withdrawDeadline(db: VaultDatabase, id: string, reason: WithdrawalReason, atIso: string): void {
  db.prepare(
    'UPDATE deadlines SET withdrawn_at = ?, withdrawn_reason = ?, updated_at = ? WHERE id = ? AND closed_at IS NULL',
  ).run(atIso, reason, atIso, id);
}

export function closeDeadlineRow(
  db: VaultDatabase,
  id: string,
  close: { at: string; action: string; by: string; recordedAt: string },
): void {
  db.prepare(
    'UPDATE deadlines SET closed_at = ?, closed_action = ?, closed_by = ?, ' +
      'updated_at = ? WHERE id = ? AND closed_at IS NULL AND withdrawn_at IS NULL',
  ).run(close.at, close.action, close.by, close.recordedAt, id);
}
