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

/** The most rows one page may hold (shared/contract/paging.ts). */
const PAGE_SIZE_MAX = 200;
/** A reload reads again at most this many rows, so a log scrolled very far comes back in bounded time. */
const RELOAD_ROWS_MAX = 10 * PAGE_SIZE_MAX;

/**
 * A case's evidence log, read a page at a time as the list is scrolled (`loadMore`). A change of
 * the view starts again from the first page. `reload` reads the same view again (the log changed)
 * as far as it was loaded, so the rows the user was at, and the one selected, are still there.
 * Replies to an older view or after unmount are dropped.
 */
export function useEvidenceLog(caseId: string, view: EvidenceLogView) {
  const api = useApi();
  const [state, setState] = useState<EvidenceLogState>({ status: 'loading' });
  const generation = useRef(0);
  const next = useRef<string | undefined>(undefined);
  const fetching = useRef(false);
  const loadedRows = useRef(0);
  useEffect(() => {
    if (state.status === 'ready') loadedRows.current = state.rows.length;
  }, [state]);

  /** The log from its first row, as many pages as it takes to hold `wanted` rows (or all of them). */
  const fetchFromStart = useCallback(
    async (wanted: number) => {
      const call = ++generation.current;
      fetching.current = true;
      const ask = (after: string | undefined, limit: number) =>
        api.evidence.page({ caseId, ...view, limit, ...(after === undefined ? {} : { after }) });
      const pageLimit = (have: number) => Math.min(PAGE_SIZE_MAX, Math.max(PAGE_SIZE, wanted - have));
      let reply = await ask(undefined, pageLimit(0));
      if (call !== generation.current) return;
      if (reply.ok && reply.value.counts !== undefined) {
        const counts = reply.value.counts;
        let rows = reply.value.rows;
        let after = reply.value.next;
        while (after !== undefined && rows.length < wanted) {
          reply = await ask(after, pageLimit(rows.length));
          if (call !== generation.current) return;
          if (!reply.ok) break;
          rows = [...rows, ...reply.value.rows];
          after = reply.value.next;
        }
        if (reply.ok) {
          fetching.current = false;
          next.current = after;
          setState({ status: 'ready', rows, ...counts, more: after !== undefined, fetching: false });
          return;
        }
      }
      fetching.current = false;
      if (!reply.ok) setState({ status: 'failed', error: reply.error });
    },
    [api, caseId, view],
  );

  const loadMore = useCallback(async () => {
    if (fetching.current || next.current === undefined) return;
    const call = generation.current;
    fetching.current = true;
    setState((current) => (current.status === 'ready' ? { ...current, fetching: true } : current));
    const reply = await api.evidence.page({ caseId, ...view, limit: PAGE_SIZE, after: next.current });
    if (call !== generation.current) return;
    fetching.current = false;
    if (!reply.ok) {
      setState((current) =>
        current.status === 'ready' ? { ...current, fetching: false, error: reply.error } : current,
      );
      return;
    }
    const page = reply.value;
    next.current = page.next;
    // The first page brought the counts; a later one keeps them.
    setState((current) =>
      current.status === 'ready'
        ? { ...current, rows: [...current.rows, ...page.rows], more: page.next !== undefined, fetching: false }
        : current,
    );
  }, [api, caseId, view]);

  const reload = useCallback(() => {
    setState((current) => (current.status === 'ready' ? { ...current, fetching: true } : current));
    void fetchFromStart(Math.min(RELOAD_ROWS_MAX, Math.max(PAGE_SIZE, loadedRows.current)));
  }, [fetchFromStart]);

  // Another view (or case) starts again from its first page.
  const restart = useCallback(() => {
    loadedRows.current = 0;
    void fetchFromStart(PAGE_SIZE);
  }, [fetchFromStart]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- set after an await, when the page arrives
    restart();
    return () => {
      generation.current += 1;
    };
  }, [restart]);

  return { state, reload, loadMore: useCallback(() => void loadMore(), [loadMore]) };
}
