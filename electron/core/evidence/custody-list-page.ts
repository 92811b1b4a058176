import { z } from 'zod';
import type { CustodyListPage, CustodyListQuery as Request } from '../../../shared/contract/custody.js';
import { likeAnyOf, likePattern } from '../kernel/db/like-pattern.js';
import {
  addFilters,
  scopedPageCounts,
  keysetWindow,
  type ListOrder,
  type PageConditions,
} from '../kernel/db/page-query.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { toCustodyEvent, type CustodyRow } from './custody-store.js';
import { getItemRow } from './evidence-store.js';

/** Each order of the chain: the event's number, unique in an item (its UNIQUE (item_id, sequence) index). */
const ORDERS = {
  sequence: {
    columns: ['sequence'],
    key: z.tuple([z.number().int().min(1)]),
    keyOf: (row: CustodyRow) => [row.sequence],
  },
} as const satisfies Record<Request['sort']['by'], ListOrder<CustodyRow>>;

/** The filters as SQL, each bound by name; a filter left out adds nothing. */
const FILTERS = { kind: 'kind = @kind' } as const satisfies Record<keyof Request['filters'], string>;

/**
 * What the search matches: what a person wrote on the event (never the re-checks' hashes). The
 * persons are searched name by name, never as their stored JSON text, whose quotes, brackets and
 * commas no one wrote.
 */
const SEARCH_SQL = `(${likeAnyOf(['purpose', 'from_holder', 'to_holder', 'seal_number', 'location', 'note'])}
  OR EXISTS (SELECT 1 FROM json_each(custody_events.persons) AS person WHERE ${likeAnyOf(['person.value'])}))`;

/**
 * One page of an item's chain of custody: order, kind and search done in SQL, the page starting
 * after its cursor (keyset, never OFFSET), the first page with how many events match and how many
 * the item holds.
 */
export function custodyListPage(db: VaultDatabase, request: Request): CustodyListPage {
  const item = getItemRow(db, request.itemId);
  const conditions: PageConditions = { where: ['item_id = @itemId'], params: { itemId: item.id } };
  addFilters(conditions, request.filters, FILTERS);
  if (request.search !== '') {
    conditions.where.push(SEARCH_SQL);
    conditions.params.like = likePattern(request.search);
  }
  const { where, params } = conditions;
  // Counted for the first page only: a later one (after a cursor) is read by its index alone.
  const counted = scopedPageCounts(db, request, {
    from: 'custody_events',
    conditions,
    table: 'custody_events',
    scope: 'item_id',
    id: item.id,
  });
  const page = keysetWindow(request, ORDERS[request.sort.by], params);
  const rows = db
    .prepare(
      `SELECT * FROM custody_events WHERE ${[...where, ...page.after].join(' AND ')}
       ORDER BY ${page.orderBy} LIMIT @limit`,
    )
    .all({ ...params, limit: page.limit }) as CustodyRow[];
  return {
    rows: rows.slice(0, request.limit).map(toCustodyEvent),
    ...counted,
    ...page.nextOf(rows),
  };
}
