import { CasefileError } from '../../../../shared/contract/index.js';
import type { SearchHit } from '../../../../shared/contract/search.js';
import type { VaultDatabase } from '../vault/database.js';
import { matchExpression } from './match-expression.js';

export interface SearchQuery {
  q: string;
  caseId?: string | undefined;
  limit: number;
}

/** Marks around each match in a snippet; the UI highlights between them. */
const MATCH_START = '\u0002';
const MATCH_END = '\u0003';
const ELLIPSIS = '…';
const SNIPPET_TOKENS = 16;

interface HitRow {
  kind: SearchHit['kind'];
  record_id: string;
  case_id: string;
  case_reference: string;
  label: string;
  snippet: string;
}

/** Best matches first (FTS5's bm25 rank); optionally within one case. */
export function searchRecords(db: VaultDatabase, query: SearchQuery): SearchHit[] {
  const expression = matchExpression(query.q);
  if (expression === null) return [];
  let rows: HitRow[];
  try {
    rows = db
      .prepare(
        `SELECT d.kind, d.record_id, d.case_id, c.reference AS case_reference, d.label,
                snippet(search_index, -1, @start, @end, @ellipsis, @tokens) AS snippet
           FROM search_index
           JOIN search_documents d ON d.id = search_index.rowid
           JOIN cases c ON c.id = d.case_id
          WHERE search_index MATCH @expression AND (@caseId IS NULL OR d.case_id = @caseId)
          ORDER BY search_index.rank
          LIMIT @limit`,
      )
      .all({
        expression,
        caseId: query.caseId ?? null,
        limit: query.limit,
        start: MATCH_START,
        end: MATCH_END,
        ellipsis: ELLIPSIS,
        tokens: SNIPPET_TOKENS,
      }) as HitRow[];
  } catch (error) {
    // The expression is built from quoted words only; should FTS5 still refuse it, say so without echoing it.
    if (error instanceof Error && /fts5|syntax/i.test(error.message)) {
      throw new CasefileError('VALIDATION', 'search.unreadable');
    }
    throw error;
  }
  return rows.map((row) => ({
    kind: row.kind,
    caseId: row.case_id,
    caseReference: row.case_reference,
    recordId: row.record_id,
    label: row.label,
    snippet: row.snippet,
  }));
}
