import { z } from 'zod';

/**
 * Keyset paging for long lists (issue 13), written once for every list that grows with a case:
 * the evidence log, the people and the cases use it; interviews, custody events and the audit rows
 * can take it as they are.
 *
 * A page starts after a cursor: the sort key of the last row of the page before, encoded by the
 * core. The renderer never reads or builds one; it only hands back the `next` it was given. Rows
 * added or changed between two pages therefore neither repeat nor push a row out of view, as an
 * OFFSET would.
 */

/** The most rows one page may ask for: enough to fill a tall window, few enough to answer at once. */
const PAGE_SIZE_MAX = 200;

/** Where a page starts: opaque to the renderer, checked by the core when it comes back. */
export const PageCursor = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[A-Za-z0-9_-]+$/, 'a cursor given by a previous page');
export type PageCursor = z.infer<typeof PageCursor>;

/** What a list search may hold: a few words, matched where the list says it searches. */
const ListSearch = z.string().trim().max(200);

/**
 * One page's request: the sort (a column of the list's own whitelist, and a direction), the
 * list's filters, a search text, the cursor of the page before (none for the first page) and a
 * page size.
 */
export function pageRequest<Sort extends readonly [string, ...string[]], Filters extends z.ZodObject>(
  sortable: Sort,
  filters: Filters,
) {
  return z
    .object({
      sort: z
        .object({ by: z.enum(sortable), direction: z.enum(['asc', 'desc']) })
        .strict()
        .default({ by: sortable[0], direction: 'asc' }),
      filters: filters.strict().default({}),
      search: ListSearch.default(''),
      after: PageCursor.optional(),
      limit: z.number().int().min(1).max(PAGE_SIZE_MAX).default(50),
    })
    .strict();
}

/**
 * One page's reply: its rows in order, how many rows the filters and search keep (`matching`)
 * out of all the list holds (`total`), and the cursor of the next page (absent on the last one).
 */
export function pageOf<Row extends z.ZodType>(row: Row) {
  return z.object({
    rows: z.array(row),
    matching: z.number().int().min(0),
    total: z.number().int().min(0),
    next: PageCursor.optional(),
  });
}

/** How many rows the filters and search keep (`matching`) out of all the list holds (`total`). */
export const PageCounts = z.object({ matching: z.number().int().min(0), total: z.number().int().min(0) });

/**
 * One page's reply whose counts come with the first page only (no `after`): counting every match
 * again for each later page would cost as much as the page itself, so the renderer keeps the
 * first page's counts while it scrolls (renderer/components/use-paged-list.ts): `PageCounts`, or
 * more than the two numbers (`PageCounts.extend`).
 */
export function countedPageOf<Row extends z.ZodType, Counts extends z.ZodObject = typeof PageCounts>(
  row: Row,
  // Only the default's type is taken when no counts are given.
  counts: Counts = PageCounts as unknown as Counts,
) {
  return z.object({
    rows: z.array(row),
    counts: counts.optional(),
    next: PageCursor.optional(),
  });
}
