import { z } from 'zod';
import type { LetterListPage, LetterListQuery as Request } from '../../../shared/contract/letters.js';
import { Instant, RecordId } from '../../../shared/domain/primitives.js';
import { likeAnyOf, likePattern } from '../kernel/db/like-pattern.js';
import {
  addFilters,
  scopedPageCounts,
  keysetWindow,
  type ListOrder,
  type PageConditions,
} from '../kernel/db/page-query.js';
import type { CaseRecords } from '../kernel/ports/case-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { SELECT_LETTER, toEntry, type LetterRow } from './letter-register.js';

/** The register's order: when made, the id breaking ties (migration 0031's `letters_by_case_order`). */
const ORDERS = {
  createdAt: {
    columns: ['l.created_at', 'l.id'],
    key: z.tuple([Instant, RecordId]),
    keyOf: (row: LetterRow) => [row.created_at, row.id],
  },
} as const satisfies Record<Request['sort']['by'], ListOrder<LetterRow>>;

/** The filters as SQL over the letter `l`, each bound by name; a filter left out adds nothing. */
const FILTERS = { kind: 'l.kind = @kind' } as const satisfies Record<keyof Request['filters'], string>;

/**
 * One page of a case's letter register: order, kind and search (the recipient as named on the
 * letter) done in SQL, the page starting after its cursor (keyset, never OFFSET), the first page
 * with how many letters match and how many the case holds; each letter with its files and deliveries.
 */
export function letterListPage(db: VaultDatabase, cases: CaseRecords, request: Request): LetterListPage {
  const caseRow = cases.find(db, request.caseId);
  const conditions: PageConditions = { where: ['l.case_id = @caseId'], params: { caseId: caseRow.id } };
  addFilters(conditions, request.filters, FILTERS);
  if (request.search !== '') {
    conditions.where.push(likeAnyOf(['l.recipient_name']));
    conditions.params.like = likePattern(request.search);
  }
  const { where, params } = conditions;
  // Counted for the first page only: a later one (after a cursor) is read by its index alone.
  const counted = scopedPageCounts(db, request, {
    from: 'letters l',
    conditions,
    table: 'letters',
    scope: 'case_id',
    id: caseRow.id,
  });
  const page = keysetWindow(request, ORDERS[request.sort.by], params);
  const rows = db
    .prepare(
      `${SELECT_LETTER} WHERE ${[...where, ...page.after].join(' AND ')}
       ORDER BY ${page.orderBy} LIMIT @limit`,
    )
    .all({ ...params, limit: page.limit }) as LetterRow[];
  return {
    rows: rows.slice(0, request.limit).map((row) => toEntry(db, row)),
    ...counted,
    ...page.nextOf(rows),
  };
}
