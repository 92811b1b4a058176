import { useCallback } from 'react';
import type { EvidenceLogFilters, EvidenceLogRequest } from '../../shared/contract/evidence.js';
import { useApi } from '../api/context.js';
import type { ListView } from '../components/list-view.js';
import { usePagedList } from '../components/use-paged-list.js';

/** What the log is narrowed to and in which order; the search is a few words. */
export type EvidenceLogView = ListView<NonNullable<EvidenceLogRequest['sort']>, EvidenceLogFilters>;

export const DEFAULT_LOG_VIEW: EvidenceLogView = { sort: { by: 'number', direction: 'asc' }, filters: {}, search: '' };

/**
 * A case's evidence log, read a page at a time as the list is scrolled (use-paged-list.ts): a
 * change of the view starts again from the first page, `reload` keeps the place, the counts come
 * with the first page.
 */
export function useEvidenceLog(caseId: string, view: EvidenceLogView) {
  const api = useApi();
  const fetchPage = useCallback(
    (after: string | undefined, limit: number) =>
      api.evidence.page({ caseId, ...view, limit, ...(after === undefined ? {} : { after }) }),
    [api, caseId, view],
  );
  return usePagedList(fetchPage);
}
