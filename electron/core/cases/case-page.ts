import { z } from 'zod';
import type { CasesPage, CasesPageQuery as Request } from '../../../shared/contract/cases.js';
import { CASE_STATUSES } from '../../../shared/domain/case.js';
import { RecordId } from '../../../shared/domain/primitives.js';
import { likePattern } from '../kernel/db/like-pattern.js';
import { addFilters, keysetWindow, type ListOrder, type PageConditions } from '../kernel/db/page-query.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { caseListItems } from './case-list.js';
import { CASE_COLUMNS, type CaseRow } from './case-store.js';

/** A status's place in the list: the order a case moves through them, not alphabetical. */
const STATUS_RANK = `(CASE status ${CASE_STATUSES.map((status, rank) => `WHEN '${status}' THEN ${rank}`).join(' ')}
  END)`;
/** CF-2026-0042 → 2026 and 42: references sort by year, then by number (not as text: 10000 follows 9999). */
const REFERENCE_YEAR = 'CAST(substr(reference, 4, 4) AS INTEGER)';
const REFERENCE_NUMBER = 'CAST(substr(reference, 9) AS INTEGER)';

interface PageRow extends CaseRow {
  status_rank: number;
  reference_year: number;
  reference_number: number;
}

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

/** The filters as SQL, each bound by name (lists as JSON arrays, yes/no as 1/0). */
const FILTERS = {
  status: 'status IN (SELECT value FROM json_each(@status))',
  category: 'category IN (SELECT value FROM json_each(@category))',
  urgent: 'urgent = @urgent',
} as const;

/** What the search matches: the reference as shown (or part of it), its number as typed, or the title. */
const SEARCH_SQL = `(reference LIKE @like ESCAPE '\\' OR title LIKE @like ESCAPE '\\'
  OR ${REFERENCE_NUMBER} = @number)`;

/** A search typed as a reference's number (42, 0042). */
function searchedNumber(search: string): number | null {
  const match = /^0*(\d{1,9})$/.exec(search);
  return match ? Number(match[1]) : null;
}

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
  const { status, category, urgent, includeArchived } = request.filters;
  const conditions: PageConditions = { where: [], params: {} };
  if (includeArchived !== true) conditions.where.push('archived_at IS NULL');
  addFilters(
    conditions,
    {
      status: status && JSON.stringify(status),
      category: category && JSON.stringify(category),
      urgent: urgent === undefined ? undefined : Number(urgent),
    },
    FILTERS,
  );
  if (request.search !== '') {
    conditions.where.push(SEARCH_SQL);
    conditions.params.like = likePattern(request.search);
    conditions.params.number = searchedNumber(request.search);
  }
  const { where, params } = conditions;
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const page = keysetWindow(request, ORDERS[request.sort.by], params);
  const { rows, items } = caseListItems(
    ports,
    db,
    () =>
      db
        .prepare(
          `SELECT ${CASE_COLUMNS}, ${STATUS_RANK} AS status_rank, ${REFERENCE_YEAR} AS reference_year,
             ${REFERENCE_NUMBER} AS reference_number
           FROM cases WHERE ${['1', ...where, ...page.after].join(' AND ')}
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
