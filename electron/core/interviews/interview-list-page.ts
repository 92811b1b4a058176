import { z } from 'zod';
import type { InterviewListPage, InterviewListQuery as Request } from '../../../shared/contract/interviews.js';
import { Instant, RecordId } from '../../../shared/domain/primitives.js';
import { addCodeSearch } from '../kernel/db/code-search.js';
import {
  addFilters,
  scopedPageCounts,
  keysetWindow,
  type ListOrder,
  type PageConditions,
} from '../kernel/db/page-query.js';
import type { CaseRecords } from '../kernel/ports/case-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { SUMMARY_COLUMNS, SUMMARY_FROM, toInterviewSummary, type SummaryRow } from './interview-store.js';

/**
 * The moment that dates an interview on the list: when it took place, else when it is planned;
 * '' for one with neither, so the undated come first. Written as migration 0031's index
 * `interviews_by_date` writes it, which the page is read through.
 */
const DATED_AT = `coalesce(i.conducted_at, json_extract(i.arrangements, '$.scheduledAt'), '')`;

interface PageRow extends SummaryRow {
  dated_at: string;
  created_at: string;
}

/** Each order of the list, the id last (unique), so a cursor names one place. */
const ORDERS = {
  date: {
    columns: [DATED_AT, 'i.created_at', 'i.id'],
    key: z.tuple([z.union([z.literal(''), Instant]), Instant, RecordId]),
    keyOf: (row: PageRow) => [row.dated_at, row.created_at, row.id],
  },
} as const satisfies Record<Request['sort']['by'], ListOrder<PageRow>>;

/** The filters as SQL over the interview `i`, each bound by name; a filter left out adds nothing. */
const FILTERS = { status: 'i.status = @status' } as const satisfies Record<keyof Request['filters'], string>;

/**
 * One page of a case's interviews: sorting, filter and search (the interviewee's code as shown or
 * as typed) done in SQL, the page starting after its cursor (keyset, never OFFSET), the first page
 * with how many interviews match and how many the case holds. The notes are never read.
 */
export function interviewListPage(db: VaultDatabase, cases: CaseRecords, request: Request): InterviewListPage {
  const record = cases.get(db, request.caseId);
  const conditions: PageConditions = { where: ['i.case_id = @caseId'], params: { caseId: record.id } };
  addFilters(conditions, request.filters, FILTERS);
  // The interviewee's code as shown (V-01, or part of it) or as typed (v1), as the people list finds it.
  if (request.search !== '') addCodeSearch(conditions, 'p.code', request.search);
  const { where, params } = conditions;
  // Counted for the first page only: a later one (after a cursor) is read by its index alone.
  const counted = scopedPageCounts(db, request, {
    from: SUMMARY_FROM,
    conditions,
    table: 'interviews',
    scope: 'case_id',
    id: record.id,
  });

  const page = keysetWindow(request, ORDERS[request.sort.by], params);
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, ${DATED_AT} AS dated_at, i.created_at FROM ${SUMMARY_FROM}
       WHERE ${[...where, ...page.after].join(' AND ')}
       ORDER BY ${page.orderBy}
       LIMIT @limit`,
    )
    .all({ ...params, limit: page.limit }) as PageRow[];
  return {
    rows: rows.slice(0, request.limit).map(toInterviewSummary),
    ...counted,
    ...page.nextOf(rows),
  };
}
