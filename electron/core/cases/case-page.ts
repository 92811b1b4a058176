import { z } from 'zod';
import type { CasesPage, CasesPageQuery as Request } from '../../../shared/contract/cases.js';
import { RecordId } from '../../../shared/domain/primitives.js';
import { keysetWindow, type ListOrder } from '../kernel/db/page-query.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { caseListItems } from './case-list.js';
import {
  CASE_LIST_COLUMNS,
  caseListConditions,
  REFERENCE_NUMBER,
  REFERENCE_YEAR,
  STATUS_RANK,
  type CaseListSortedRow as PageRow,
} from './case-list-sql.js';

const Whole = z.number().int().min(0);
const Text = z.string().max(64);

/**
 * Each order of the list; ties fall to the last change then the id (unique), in the same
 * direction, so a cursor names one place.
 */
const ORDERS = {
  reference: {
    columns: [REFERENCE_YEAR, REFERENCE_NUMBER, 'id'],
    key: z.tuple([Whole, Whole, RecordId]),
    keyOf: (row: PageRow) => [row.reference_year, row.reference_number, row.id],
  },
  dateReceived: {
    columns: ['date_received', 'updated_at', 'id'],
    key: z.tuple([Text, Text, RecordId]),
    keyOf: (row: PageRow) => [row.date_received, row.updated_at, row.id],
  },
  updatedAt: {
    columns: ['updated_at', 'id'],
    key: z.tuple([Text, RecordId]),
    keyOf: (row: PageRow) => [row.updated_at, row.id],
  },
  status: {
    columns: [STATUS_RANK, 'updated_at', 'id'],
    key: z.tuple([Whole, Text, RecordId]),
    keyOf: (row: PageRow) => [row.status_rank, row.updated_at, row.id],
  },
  urgent: {
    columns: ['urgent', 'updated_at', 'id'],
    key: z.tuple([Whole, Text, RecordId]),
    keyOf: (row: PageRow) => [row.urgent, row.updated_at, row.id],
  },
} as const satisfies Record<Request['sort']['by'], ListOrder<PageRow>>;

/**
 * One page of the cases list: sorting, filters and search done in SQL, the page starting after
 * its cursor (keyset, never OFFSET); only the page's cases have their victims' codes, blocking
 * findings and most urgent deadline read. The first page also counts the cases that match and
 * every case of the vault.
 */
export function casesPage(
  ports: Pick<CaseFilePorts, 'principles' | 'deadlines'>,
  db: VaultDatabase,
  request: Request,
  nowMs: number,
): CasesPage {
  const { where, params } = caseListConditions({ ...request.filters, search: request.search });
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const page = keysetWindow(request, ORDERS[request.sort.by], params);
  const { rows, items } = caseListItems(
    ports,
    db,
    () =>
      db
        .prepare(
          `SELECT ${CASE_LIST_COLUMNS} FROM cases WHERE ${['1', ...where, ...page.after].join(' AND ')}
           ORDER BY ${page.orderBy} LIMIT @limit`,
        )
        .all({ ...params, limit: page.limit }) as PageRow[],
    nowMs,
  );
  // Counted for the first page only: a later one (after a cursor) is read alone.
  const counts =
    request.after === undefined
      ? {
          matching: db.prepare(`SELECT count(*) FROM cases ${whereSql}`).pluck().get(params) as number,
          total: db.prepare('SELECT count(*) FROM cases').pluck().get() as number,
        }
      : undefined;
  return {
    rows: items.slice(0, request.limit),
    ...(counts ? { counts } : {}),
    ...page.nextOf(rows),
  };
}
