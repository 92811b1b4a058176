import { useCallback, useEffect, useRef, useState } from 'react';
import type { EvidenceLogFilters, EvidenceLogRequest, EvidenceSummary } from '../../shared/contract/evidence.js';
import type { ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';

/** What the log is narrowed to and in which order; the search is a few words. */
export interface EvidenceLogView {
  sort: NonNullable<EvidenceLogRequest['sort']>;
  filters: EvidenceLogFilters;
  search: string;
}

export const DEFAULT_LOG_VIEW: EvidenceLogView = { sort: { by: 'number', direction: 'asc' }, filters: {}, search: '' };

/** Rows asked for at a time: a few screens' worth, so scrolling rarely waits. */
const PAGE_SIZE = 100;

export type EvidenceLogState =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | {
      status: 'ready';
      rows: readonly EvidenceSummary[];
      matching: number;
      total: number;
      withFiles: boolean;
      /** More rows follow the ones loaded. */
      more: boolean;
      /** A page being fetched (the next, or the first again after a change). */
      fetching: boolean;
      /** The next page failed: the rows loaded stay, scrolling tries again. */
      error?: ApiError;
    };

/**
 * A case's evidence log, read a page at a time as the list is scrolled (`loadMore`). A change of
 * the view starts again from the first page; `reload` does the same for the same view (the log
 * changed). Replies to an older view or after unmount are dropped.
 */
export function useEvidenceLog(caseId: string, view: EvidenceLogView) {
  const api = useApi();
  const [state, setState] = useState<EvidenceLogState>({ status: 'loading' });
  const generation = useRef(0);
  const next = useRef<string | undefined>(undefined);
  const fetching = useRef(false);

  const fetchPage = useCallback(
    async (first: boolean) => {
      if (!first && (fetching.current || next.current === undefined)) return;
      const call = first ? ++generation.current : generation.current;
      fetching.current = true;
      setState((current) => (current.status === 'ready' ? { ...current, fetching: true } : current));
      const reply = await api.evidence.page({
        caseId,
        ...view,
        limit: PAGE_SIZE,
        ...(first ? {} : { after: next.current }),
      });
      if (call !== generation.current) return;
      fetching.current = false;
      if (!reply.ok) {
        setState((current) =>
          current.status === 'ready' && !first
            ? { ...current, fetching: false, error: reply.error }
            : { status: 'failed', error: reply.error },
        );
        return;
      }
      const page = reply.value;
      next.current = page.next;
      setState((current) => {
        // The first page brings the counts; the later ones keep them.
        const counts = page.counts ?? (current.status === 'ready' ? current : undefined);
        if (counts === undefined) return current;
        return {
          status: 'ready',
          rows: first || current.status !== 'ready' ? page.rows : [...current.rows, ...page.rows],
          matching: counts.matching,
          total: counts.total,
          withFiles: counts.withFiles,
          more: page.next !== undefined,
          fetching: false,
        };
      });
    },
    [api, caseId, view],
  );

  const reload = useCallback(() => {
    fetching.current = false;
    void fetchPage(true);
  }, [fetchPage]);
  const loadMore = useCallback(() => void fetchPage(false), [fetchPage]);

  useEffect(() => {
    reload();
    return () => {
      generation.current += 1;
    };
  }, [reload]);

  return { state, reload, loadMore };
}
