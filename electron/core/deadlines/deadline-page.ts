import { z } from 'zod';
import { DEFAULT_DUE_SOON, FIRMNESS_ORDER } from '../../../shared/clocks/deadline.js';
import type {
  DeadlinePage,
  DeadlinePageFilters,
  DeadlinePageQuery as Request,
} from '../../../shared/contract/deadlines.js';
import { CLOSED_CASE_STATUSES } from '../../../shared/domain/case.js';
import { DEADLINE_STATE_SQL } from '../kernel/db/deadline-state-sql.js';
import { keysetWindow, type ListOrder, type PageConditions } from '../kernel/db/page-query.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { ConcernLabels, toDeadlineItem } from './deadline-list.js';
import { DEADLINE_COLUMNS_OF_D, type DeadlineRow } from './deadline-store.js';

/** A firmness's place at the same due moment: binding first. */
const FIRMNESS_RANK = `(CASE d.firmness ${Object.entries(FIRMNESS_ORDER)
  .map(([firmness, rank]) => `WHEN '${firmness}' THEN ${rank}`)
  .join(' ')} END)`;
/** Open ones (0) before closed ones (1). */
const IS_CLOSED = '(d.closed_at IS NOT NULL)';
/** The most recently closed first: minus the closing moment in seconds; 0 for open ones. */
const CLOSED_NEWEST_FIRST = `COALESCE(-unixepoch(d.closed_at, 'subsec'), 0)`;

interface PageRow extends DeadlineRow {
  reference: string;
  is_closed: number;
  closed_key: number;
  firmness_rank: number;
  row_id: number;
}

/**
 * Most urgent first, as sortDeadlinesByUrgency orders deadlines.list: ties in the order the
 * deadlines were started (the rowid, as deadlines.list reads them), so the order is total.
 */
const URGENCY = {
  columns: [IS_CLOSED, CLOSED_NEWEST_FIRST, 'd.due_at', FIRMNESS_RANK, 'd.rowid'],
  key: z.tuple([z.number().int().min(0).max(1), z.number(), z.string(), z.number().int().min(0), z.number().int()]),
  keyOf: (row: PageRow) => [row.is_closed, row.closed_key, row.due_at, row.firmness_rank, row.row_id],
} as const satisfies ListOrder<PageRow>;

/**
 * One page of deadlines, most urgent first: the filters, the order and the counts by state done
 * in SQL, the page starting after its cursor (keyset, never OFFSET), its rows labelled as
 * deadlines.list labels them (codes and numbers, never names).
 */
export function deadlinePage(ports: CaseFilePorts, db: VaultDatabase, request: Request, nowMs: number): DeadlinePage {
  const filters: z.infer<typeof DeadlinePageFilters> = request.filters;
  return db.transaction((): DeadlinePage => {
    const conditions: PageConditions = { where: ['d.withdrawn_at IS NULL'], params: {} };
    if (filters.includeClosed !== true) conditions.where.push('d.closed_at IS NULL');
    // Every case (but archived and closed ones) as deadlines.list lists them: the case filter's choices.
    const everyCase = [
      ...conditions.where,
      'c.archived_at IS NULL',
      'c.status NOT IN (SELECT value FROM json_each(@closedStatuses))',
    ];
    const closedStatuses = JSON.stringify(CLOSED_CASE_STATUSES);
    const cases = db
      .prepare(
        `SELECT DISTINCT c.id, c.reference FROM deadlines d JOIN cases c ON c.id = d.case_id
         WHERE ${everyCase.join(' AND ')} ORDER BY c.reference`,
      )
      .all({ closedStatuses }) as Array<{ id: string; reference: string }>;
    if (filters.caseId === undefined) {
      conditions.where = everyCase;
      conditions.params.closedStatuses = closedStatuses;
    } else {
      conditions.where.push('d.case_id = @caseId');
      conditions.params.caseId = ports.cases.get(db, filters.caseId).id;
    }
    const { where, params } = conditions;
    const from = `FROM deadlines d JOIN cases c ON c.id = d.case_id WHERE ${where.join(' AND ')}`;
    const counted = db
      .prepare(
        `SELECT count(*) AS matching,
           coalesce(sum(d.closed_at IS NULL AND ${DEADLINE_STATE_SQL.overdue}), 0) AS overdue,
           coalesce(sum(d.closed_at IS NULL AND ${DEADLINE_STATE_SQL.due_soon}), 0) AS dueSoon,
           coalesce(sum(d.closed_at IS NULL AND ${DEADLINE_STATE_SQL.open}), 0) AS open
         ${from}`,
      )
      .get({ ...params, now: nowMs, ...DEFAULT_DUE_SOON }) as {
      matching: number;
      overdue: number;
      dueSoon: number;
      open: number;
    };

    const page = keysetWindow(request, URGENCY, params);
    const rows = db
      .prepare(
        `SELECT ${DEADLINE_COLUMNS_OF_D}, c.reference AS reference, ${IS_CLOSED} AS is_closed,
           ${CLOSED_NEWEST_FIRST} AS closed_key, ${FIRMNESS_RANK} AS firmness_rank, d.rowid AS row_id
         FROM deadlines d JOIN cases c ON c.id = d.case_id
         WHERE ${[...where, ...page.after].join(' AND ')}
         ORDER BY ${page.orderBy} LIMIT @limit`,
      )
      .all({ ...params, limit: page.limit }) as PageRow[];
    const labels = new ConcernLabels(ports.evidence, db);
    const { matching, overdue, dueSoon, open } = counted;
    return {
      rows: rows.slice(0, request.limit).map((row) => toDeadlineItem(row, labels, nowMs, request.locale)),
      matching,
      total: matching,
      counts: { overdue, dueSoon, open },
      cases,
      at: new Date(nowMs).toISOString(),
      ...page.nextOf(rows),
    };
  })();
}
