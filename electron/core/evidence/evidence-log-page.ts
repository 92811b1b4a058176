import { z } from 'zod';
import type { EvidenceLogPage, EvidenceLogQuery as Request } from '../../../shared/contract/evidence.js';
import { Instant } from '../../../shared/domain/primitives.js';
import { likePattern } from '../kernel/db/like-pattern.js';
import { decodeCursor, encodeCursor, orderName } from '../kernel/db/page-cursor.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { INTEGRITY_SQL, SUMMARY_SELECT, toEvidenceSummary, type SummaryRow } from './evidence-store.js';

const Sequence = z.number().int().min(1);

/**
 * Each order of the log: the columns it sorts by (the number last, unique in a case, so the order
 * is total and a cursor names one place), the cursor's key and how to read it from a row.
 * Only these column names ever reach the SQL text.
 */
const ORDERS = {
  number: { columns: ['i.sequence'], key: z.tuple([Sequence]), keyOf: (row: SummaryRow) => [row.sequence] },
  collectedAt: {
    columns: ['i.collected_at', 'i.sequence'],
    key: z.tuple([Instant, Sequence]),
    keyOf: (row: SummaryRow) => [row.collected_at, row.sequence],
  },
} as const satisfies Record<Request['sort']['by'], unknown>;

/** The filters as SQL over the item `i`, each bound by name; a filter left out adds nothing. */
const FILTERS = {
  type: 'i.type = @type',
  status: 'i.status = @status',
  confidentiality: 'i.confidentiality = @confidentiality',
  copyRole: 'i.copy_role = @copyRole',
  integrity: `${INTEGRITY_SQL} = @integrity`,
} as const satisfies Record<keyof Request['filters'], string>;

/**
 * What the search matches: the number as shown (E-0012) or as typed (12, e12), the description
 * and the storage location. The vault's database is encrypted as a whole, so every column can be
 * searched in SQL; LIKE ignores case for unaccented letters only.
 */
const SEARCH_SQL = `(printf('E-%04d', i.sequence) LIKE @like ESCAPE '\\'
  OR i.description LIKE @like ESCAPE '\\' OR i.storage_location LIKE @like ESCAPE '\\'
  OR i.sequence = @number)`;

/** A search typed as a number (12, E12, e-0012) also finds that item. */
function searchedNumber(search: string): number | null {
  const match = /^e?-?0*(\d{1,9})$/i.exec(search);
  return match ? Number(match[1]) : null;
}

/**
 * One page of a case's evidence log: sorting, filters and search done in SQL, the page starting
 * after its cursor (keyset, never OFFSET); the first page also says how many items match and how
 * many the case holds.
 */
export function evidenceLogPage(db: VaultDatabase, request: Request): EvidenceLogPage {
  const order = ORDERS[request.sort.by];
  const name = orderName(request.sort);
  const descending = request.sort.direction === 'desc';
  const where = ['i.case_id = @caseId'];
  const params: Record<string, unknown> = { caseId: request.caseId };
  for (const [filter, value] of Object.entries(request.filters)) {
    if (value === undefined) continue;
    where.push(FILTERS[filter as keyof typeof FILTERS]);
    params[filter] = value;
  }
  if (request.search !== '') {
    where.push(SEARCH_SQL);
    params.like = likePattern(request.search);
    params.number = searchedNumber(request.search);
  }
  const keyset: string[] = [];
  if (request.after !== undefined) {
    const key: readonly unknown[] = decodeCursor(request.after, name, order.key);
    const names = key.map((_, index) => `@after${index}`);
    key.forEach((value, index) => (params[`after${index}`] = value));
    keyset.push(`(${order.columns.join(', ')}) ${descending ? '<' : '>'} (${names.join(', ')})`);
  }
  const direction = descending ? 'DESC' : 'ASC';
  const rows = db
    .prepare(
      `${SUMMARY_SELECT}
       WHERE ${[...where, ...keyset].join(' AND ')}
       ORDER BY ${order.columns.map((column) => `${column} ${direction}`).join(', ')}
       LIMIT @limit`,
    )
    .all({ ...params, limit: request.limit + 1 }) as SummaryRow[];
  const shown = rows.slice(0, request.limit);
  const last = shown.at(-1);
  return {
    rows: shown.map(toEvidenceSummary),
    // Counted for the first page only: a later one (after a cursor) is read by its index alone.
    ...(request.after === undefined ? { counts: logCounts(db, request.caseId, where, params) } : {}),
    ...(rows.length > request.limit && last ? { next: encodeCursor(name, order.keyOf(last)) } : {}),
  };
}

/** How many items the filters and search keep, how many the case holds, and whether any holds a file. */
function logCounts(
  db: VaultDatabase,
  caseId: string,
  where: readonly string[],
  params: Record<string, unknown>,
): NonNullable<EvidenceLogPage['counts']> {
  const matching = db
    .prepare(`SELECT count(*) FROM evidence_items i WHERE ${where.join(' AND ')}`)
    .pluck()
    .get(params) as number;
  const total = db.prepare('SELECT count(*) FROM evidence_items WHERE case_id = ?').pluck().get(caseId) as number;
  const withFiles = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM evidence_items i JOIN evidence_contents c ON c.item_id = i.id
       WHERE i.case_id = ?)`,
    )
    .pluck()
    .get(caseId) as number;
  return { matching, total, withFiles: withFiles === 1 };
}
