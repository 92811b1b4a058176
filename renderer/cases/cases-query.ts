import type { CASE_SORT_KEYS, CasesPageRequest } from '../../shared/contract/cases.js';
import type { CaseCategory, CaseStatus } from '../../shared/domain/case.js';

export type SortKey = (typeof CASE_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** The list's filters and order as the screen holds them; `toPageView` makes the contract's input. */
export interface CasesQuery {
  statuses: CaseStatus[];
  category: CaseCategory | '';
  urgentOnly: boolean;
  includeArchived: boolean;
  /** Words of a reference (CF-2026-0042, or 42) or of a title; searched in the core. */
  search: string;
  sort: { by: SortKey; direction: SortDirection };
}

/** Newest reports first: the order an investigator triages in. */
export const DEFAULT_CASES_QUERY: CasesQuery = {
  statuses: [],
  category: '',
  urgentOnly: false,
  includeArchived: false,
  search: '',
  sort: { by: 'dateReceived', direction: 'desc' },
};

/** The page request's view: only the filters that are set, and the order. */
export function toPageView(query: CasesQuery): Required<Pick<CasesPageRequest, 'sort' | 'filters' | 'search'>> {
  return {
    sort: query.sort,
    search: query.search.trim(),
    filters: {
      ...(query.statuses.length > 0 ? { status: query.statuses } : {}),
      ...(query.category !== '' ? { category: [query.category] } : {}),
      ...(query.urgentOnly ? { urgent: true } : {}),
      ...(query.includeArchived ? { includeArchived: true } : {}),
    },
  };
}

/** Whether any filter or a search narrows the list (the order does not). */
export function isFiltered(query: CasesQuery): boolean {
  return (
    query.statuses.length > 0 ||
    query.category !== '' ||
    query.urgentOnly ||
    query.includeArchived ||
    query.search.trim() !== ''
  );
}

/** Dates and urgency read best newest/urgent first; names and statuses in their natural order. */
const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  reference: 'asc',
  status: 'asc',
  dateReceived: 'desc',
  updatedAt: 'desc',
  urgent: 'desc',
};

/** Clicking a column header: the same column flips its direction, another starts in its natural one. */
export function nextSort(current: CasesQuery['sort'], by: SortKey): CasesQuery['sort'] {
  if (current.by === by) return { by, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { by, direction: FIRST_DIRECTION[by] };
}
