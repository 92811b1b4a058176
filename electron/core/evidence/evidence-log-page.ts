import { z } from 'zod';
import {
  EVIDENCE_DEADLINE_FILTERS,
  type EvidenceLogFilters,
  type EvidenceLogPage,
  type EvidenceLogQuery as Request,
} from '../../../shared/contract/evidence.js';
import { DEFAULT_DUE_SOON } from '../../../shared/clocks/deadline.js';
import { Instant } from '../../../shared/domain/primitives.js';
import { DEADLINE_STATE_SQL } from '../kernel/db/deadline-state-sql.js';
import { likeAnyOf, likePattern } from '../kernel/db/like-pattern.js';
import { addFilters, keysetWindow, type ListOrder, type PageConditions } from '../kernel/db/page-query.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { INTEGRITY_SQL, SUMMARY_SELECT, toEvidenceSummary, type SummaryRow } from './evidence-store.js';

const Sequence = z.number().int().min(1);

/** Each order of the log, the number last (unique in a case). */
const ORDERS = {
  number: { columns: ['i.sequence'], key: z.tuple([Sequence]), keyOf: (row: SummaryRow) => [row.sequence] },
  collectedAt: {
    columns: ['i.collected_at', 'i.sequence'],
    key: z.tuple([Instant, Sequence]),
    keyOf: (row: SummaryRow) => [row.collected_at, row.sequence],
  },
} as const satisfies Record<Request['sort']['by'], ListOrder<SummaryRow>>;

/**
 * The open deadlines (neither closed nor withdrawn) of the items of the case, read once per query
 * through the case's index, never once per item.
 */
const OPEN_ITEM_DEADLINES = `SELECT d.concerns_id FROM deadlines d
  WHERE d.case_id = @caseId AND d.concerns_kind = 'evidence' AND d.closed_at IS NULL AND d.withdrawn_at IS NULL`;

/** The deadline filter as SQL over the item `i`: its open deadlines' state at @now, as the deadlines screen says it. */
const DEADLINE_FILTERS = {
  overdue: `i.id IN (${OPEN_ITEM_DEADLINES} AND ${DEADLINE_STATE_SQL.overdue})`,
  due_soon: `i.id IN (${OPEN_ITEM_DEADLINES} AND ${DEADLINE_STATE_SQL.due_soon})`,
  none_open: `i.id NOT IN (${OPEN_ITEM_DEADLINES} AND d.concerns_id IS NOT NULL)`,
} as const satisfies Record<(typeof EVIDENCE_DEADLINE_FILTERS)[number], string>;

/** The filters as SQL over the item `i`, each bound by name; a filter left out adds nothing. */
const FILTERS = {
  type: 'i.type = @type',
  status: 'i.status = @status',
  confidentiality: 'i.confidentiality = @confidentiality',
  copyRole: 'i.copy_role = @copyRole',
  integrity: `${INTEGRITY_SQL} = @integrity`,
} as const satisfies Record<Exclude<keyof EvidenceLogFilters, 'deadline'>, string>;

/**
 * What the search matches: the number as shown (E-0012) or as typed (12, e12), the description
 * and the storage location. The vault's database is encrypted as a whole, so every column can be
 * searched in SQL; case, Latin accents and Arabic vowel marks are ignored (likeAnyOf).
 */
const SEARCH_SQL = `(${likeAnyOf(['i.description', 'i.storage_location'])}
  OR printf('E-%04d', i.sequence) LIKE @like ESCAPE '\\' OR i.sequence = @number)`;

/** A search typed as a number (12, E12, e-0012) also finds that item. */
function searchedNumber(search: string): number | null {
  const match = /^e?-?0*(\d{1,9})$/i.exec(search);
  return match ? Number(match[1]) : null;
}

/**
 * One page of a case's evidence log at `nowMs` (the core's clock, for the deadline filter):
 * sorting, filters and search done in SQL, the page starting after its cursor (keyset, never
 * OFFSET); the first page also says how many items match and how many the case holds.
 */
export function evidenceLogPage(db: VaultDatabase, request: Request, nowMs: number): EvidenceLogPage {
  const conditions: PageConditions = { where: ['i.case_id = @caseId'], params: { caseId: request.caseId } };
  const { deadline, ...filters }: EvidenceLogFilters = request.filters;
  addFilters(conditions, filters, FILTERS);
  if (deadline !== undefined) {
    conditions.where.push(DEADLINE_FILTERS[deadline]);
    Object.assign(conditions.params, { now: nowMs, ...DEFAULT_DUE_SOON });
  }
  if (request.search !== '') {
    conditions.where.push(SEARCH_SQL);
    conditions.params.like = likePattern(request.search);
    conditions.params.number = searchedNumber(request.search);
  }
  const { where, params } = conditions;
  const page = keysetWindow(request, ORDERS[request.sort.by], params);
  const rows = db
    .prepare(
      `${SUMMARY_SELECT}
       WHERE ${[...where, ...page.after].join(' AND ')}
       ORDER BY ${page.orderBy}
       LIMIT @limit`,
    )
    .all({ ...params, limit: page.limit }) as SummaryRow[];
  return {
    rows: rows.slice(0, request.limit).map(toEvidenceSummary),
    // Counted for the first page only: a later one (after a cursor) is read by its index alone.
    ...(request.after === undefined ? { counts: logCounts(db, request.caseId, where, params) } : {}),
    ...page.nextOf(rows),
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
