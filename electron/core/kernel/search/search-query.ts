import { z } from 'zod';
import { CasefileError } from '../../../../shared/contract/index.js';
import type { PageCursor } from '../../../../shared/contract/paging.js';
import type { SearchPage } from '../../../../shared/contract/search.js';
import { firstPageCounts, keysetWindow, type ListOrder } from '../db/page-query.js';
import type { VaultDatabase } from '../vault/database.js';
import { matchExpression } from './match-expression.js';

export interface SearchQuery {
  q: string;
  caseId?: string | undefined;
  limit: number;
  after?: PageCursor | undefined;
}

/** Marks around each match in a snippet; the UI highlights between them. */
const MATCH_START = '\u0002';
const MATCH_END = '\u0003';
const ELLIPSIS = '…';
const SNIPPET_TOKENS = 16;

interface HitRow {
  kind: SearchPage['items'][number]['kind'];
  record_id: string;
  case_id: string;
  case_reference: string;
  label: string;
  snippet: string;
  rank: number;
  doc: number;
}

/** The one order: FTS5's bm25 rank (best, the most negative, first), then the indexed row, so the order is total. */
const BEST_FIRST: ListOrder<HitRow> = {
  columns: ['search_index.rank', 'search_index.rowid'],
  key: z.tuple([z.number(), z.number().int().min(1)]),
  keyOf: (row) => [row.rank, row.doc],
};
const SORT = { by: 'rank', direction: 'asc' } as const;

/**
 * One page of hits, best matches first, optionally within one case: keyset on the rank and the row
 * (never OFFSET), the first page (no cursor) with how many hits there are and in how many cases.
 */
export function searchRecords(db: VaultDatabase, query: SearchQuery): SearchPage {
  const expression = matchExpression(query.q);
  if (expression === null) return { items: [], ...firstPageCounts(query, () => ({ hits: 0, cases: 0 })) };
  const params: Record<string, unknown> = { expression, caseId: query.caseId ?? null };
  const matches = `search_index MATCH @expression AND (@caseId IS NULL OR d.case_id = @caseId)`;
  const page = keysetWindow({ ...query, sort: SORT }, BEST_FIRST, params);
  try {
    const rows = db
      .prepare(
        `SELECT d.kind, d.record_id, d.case_id, c.reference AS case_reference, d.label,
                snippet(search_index, -1, @start, @end, @ellipsis, @tokens) AS snippet,
                search_index.rank AS rank, search_index.rowid AS doc
           FROM search_index
           JOIN search_documents d ON d.id = search_index.rowid
           JOIN cases c ON c.id = d.case_id
          WHERE ${[matches, ...page.after].join(' AND ')}
          ORDER BY ${page.orderBy}
          LIMIT @limit`,
      )
      .all({
        ...params,
        limit: page.limit,
        start: MATCH_START,
        end: MATCH_END,
        ellipsis: ELLIPSIS,
        tokens: SNIPPET_TOKENS,
      }) as HitRow[];
    const counts = firstPageCounts(query, () => {
      const counted = db
        .prepare(
          `SELECT count(*) AS hits, count(DISTINCT d.case_id) AS cases
             FROM search_index JOIN search_documents d ON d.id = search_index.rowid
            WHERE ${matches}`,
        )
        .get(params) as { hits: number; cases: number };
      return { hits: counted.hits, cases: counted.cases };
    });
    return {
      items: rows.slice(0, query.limit).map((row) => ({
        kind: row.kind,
        caseId: row.case_id,
        caseReference: row.case_reference,
        recordId: row.record_id,
        label: row.label,
        snippet: row.snippet,
      })),
      ...counts,
      ...page.nextOf(rows),
    };
  } catch (error) {
    // The expression is built from quoted words only; should FTS5 still refuse it, say so without echoing it.
    if (error instanceof Error && /fts5|syntax/i.test(error.message)) {
      throw new CasefileError('VALIDATION', 'search.unreadable');
    }
    throw error;
  }
}
