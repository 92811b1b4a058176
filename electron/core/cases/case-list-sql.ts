import { CASE_STATUSES } from '../../../shared/domain/case.js';
import { likeAnyOf, likePattern } from '../kernel/db/like-pattern.js';
import { addFilters, type PageConditions } from '../kernel/db/page-query.js';
import type { CaseRow } from './case-store.js';

/**
 * The SQL both readings of the cases list share (the whole list, case-list.ts; a page of it,
 * case-page.ts): the columns a row of the list shows, its orders' expressions, its filters and
 * its search.
 */

/** What a row of the list reads of `cases`: never the summary, the location or the other long fields. */
export type CaseListRow = Pick<
  CaseRow,
  | 'id'
  | 'reference'
  | 'title'
  | 'status'
  | 'category'
  | 'subtype'
  | 'urgent'
  | 'date_received'
  | 'entity'
  | 'confidentiality'
  | 'archived_at'
  | 'created_at'
  | 'updated_at'
>;

/** A status's place in the list: the order a case moves through them, not alphabetical. */
const STATUS_WHEN = CASE_STATUSES.map((status, rank) => `WHEN '${status}' THEN ${rank}`).join(' ');
export const STATUS_RANK = `(CASE status ${STATUS_WHEN} END)`;
/** CF-2026-0042 → 2026 and 42: references sort by year, then by number (not as text: 10000 follows 9999). */
export const REFERENCE_YEAR = 'CAST(substr(reference, 4, 4) AS INTEGER)';
export const REFERENCE_NUMBER = 'CAST(substr(reference, 9) AS INTEGER)';

/** The list's columns, with the expressions its orders sort by. */
export const CASE_LIST_COLUMNS = `id, reference, title, status, category, subtype, urgent, date_received, entity,
  confidentiality, archived_at, created_at, updated_at, ${STATUS_RANK} AS status_rank,
  ${REFERENCE_YEAR} AS reference_year, ${REFERENCE_NUMBER} AS reference_number`;

/** A row of the list as CASE_LIST_COLUMNS reads it. */
export interface CaseListSortedRow extends CaseListRow {
  status_rank: number;
  reference_year: number;
  reference_number: number;
}

/** The filters as SQL, each bound by name (lists as JSON arrays, yes/no as 1/0). */
const FILTERS = {
  status: 'status IN (SELECT value FROM json_each(@status))',
  category: 'category IN (SELECT value FROM json_each(@category))',
  urgent: 'urgent = @urgent',
} as const;

/** What the search matches: the reference as shown (or part of it), its number as typed, or the title. */
const SEARCH_SQL = `(${likeAnyOf(['reference', 'title'])} OR ${REFERENCE_NUMBER} = @number)`;

/** A search typed as a reference's number (42, 0042). */
function searchedNumber(search: string): number | null {
  const match = /^0*(\d{1,9})$/.exec(search);
  return match ? Number(match[1]) : null;
}

/** What the list can be narrowed to; each one left out keeps every case (archived ones aside). */
export interface CaseListFilters {
  status?: readonly string[] | undefined;
  category?: readonly string[] | undefined;
  urgent?: boolean | undefined;
  includeArchived?: boolean | undefined;
  /** Part of the reference, its number, or part of the title; '' keeps every case. */
  search?: string | undefined;
}

/** The conditions of the list narrowed as `filters` say (archived cases left out unless asked for). */
export function caseListConditions(filters: CaseListFilters): PageConditions {
  const { status, category, urgent, includeArchived, search = '' } = filters;
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
  if (search !== '') {
    conditions.where.push(SEARCH_SQL);
    conditions.params.like = likePattern(search);
    conditions.params.number = searchedNumber(search);
  }
  return conditions;
}
