import type { z } from 'zod';
import type { PageCursor } from '../../../../shared/contract/paging.js';
import type { VaultDatabase } from '../vault/database.js';
import { decodeCursor, encodeCursor, orderName } from './page-cursor.js';

/**
 * One order of a paged list: the columns it sorts by (the last unique in the list, so the order is
 * total and a cursor names one place), the cursor's key and how to read it from a row. Only these
 * expressions ever reach the SQL text.
 */
export interface ListOrder<Row> {
  readonly columns: readonly string[];
  readonly key: z.ZodType<readonly unknown[]>;
  keyOf(row: Row): readonly unknown[];
}

/** A page's conditions and their named parameters, as a list query builds them up. */
export interface PageConditions {
  where: string[];
  params: Record<string, unknown>;
}

/** Adds each filter given to the conditions, as its SQL bound by its name; a filter left out adds nothing. */
export function addFilters(
  conditions: PageConditions,
  filters: Readonly<Record<string, unknown>>,
  sqlOf: Readonly<Record<string, string>>,
): void {
  for (const [filter, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    conditions.where.push(sqlOf[filter]!);
    conditions.params[filter] = value;
  }
}

/**
 * Where a keyset page starts and how it is sorted: the rows after the cursor's key in the order
 * asked for (never OFFSET: rows added between two pages neither repeat nor push one out of view),
 * ORDER BY that order, and the cursor of the next page from the rows read (one more than the page
 * holds is read to know whether a next page exists).
 */
export function keysetWindow<Row>(
  request: { sort: { by: string; direction: 'asc' | 'desc' }; after?: PageCursor | undefined; limit: number },
  order: ListOrder<Row>,
  params: Record<string, unknown>,
): { after: string[]; orderBy: string; limit: number; nextOf: (rows: readonly Row[]) => { next?: PageCursor } } {
  const name = orderName(request.sort);
  const descending = request.sort.direction === 'desc';
  const after: string[] = [];
  if (request.after !== undefined) {
    const key: readonly unknown[] = decodeCursor(request.after, name, order.key);
    key.forEach((value, index) => (params[`after${index}`] = value));
    const names = key.map((_, index) => `@after${index}`);
    after.push(`(${order.columns.join(', ')}) ${descending ? '<' : '>'} (${names.join(', ')})`);
  }
  const direction = descending ? 'DESC' : 'ASC';
  return {
    after,
    orderBy: order.columns.map((column) => `${column} ${direction}`).join(', '),
    limit: request.limit + 1,
    nextOf: (rows) => {
      const last = rows.at(request.limit - 1);
      return rows.length > request.limit && last ? { next: encodeCursor(name, order.keyOf(last)) } : {};
    },
  };
}

/**
 * A list's counts on its first page only (no cursor), as `countedPageOf` answers them: a later page
 * is read by its index alone, and the renderer keeps the first page's counts while it scrolls.
 */
export function firstPageCounts<Counts>(
  request: { after?: PageCursor | undefined },
  count: () => Counts,
): { counts?: Counts } {
  return request.after === undefined ? { counts: count() } : {};
}

/**
 * The first page's counts of a list kept under one record (a case's people, an item's custody):
 * the rows its conditions keep (`matching`, read from `from`) and every row `table` holds for that
 * record (`total`, where `scope` is its id).
 */
export function scopedPageCounts(
  db: VaultDatabase,
  request: { after?: PageCursor | undefined },
  list: { from: string; conditions: PageConditions; table: string; scope: string; id: string },
): { counts?: { matching: number; total: number } } {
  return firstPageCounts(request, () => ({
    matching: db
      .prepare(`SELECT count(*) FROM ${list.from} WHERE ${list.conditions.where.join(' AND ')}`)
      .pluck()
      .get(list.conditions.params) as number,
    total: db.prepare(`SELECT count(*) FROM ${list.table} WHERE ${list.scope} = ?`).pluck().get(list.id) as number,
  }));
}
