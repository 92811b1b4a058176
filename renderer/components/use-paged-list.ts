import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../shared/contract/index.js';

/**
 * What every keyset page answers (shared/contract/paging.ts): its rows and the next cursor, with
 * the list's counts on every page (`pageOf`) or on the first only (`countedPageOf`), and any
 * extras of the list.
 */
interface ListPage {
  rows: readonly unknown[];
  next?: string | undefined;
}

type PagedListState<Page extends ListPage> =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | {
      status: 'ready';
      /** Every page loaded so far, joined (`join`): all their rows, the latest counts. */
      loaded: Page;
      /** More rows follow the ones loaded. */
      more: boolean;
      /** A page being fetched (the next, or the first again after a change). */
      fetching: boolean;
      /** The next page failed: the rows loaded stay, scrolling tries again. */
      error?: ApiError;
    };

/** Rows asked for at a time: a few screens' worth, so scrolling rarely waits. */
const PAGE_SIZE = 100;
/** The most rows one page may hold (shared/contract/paging.ts). */
const PAGE_SIZE_MAX = 200;
/** A reload reads again at most this many rows, so a list scrolled very far comes back in bounded time. */
const RELOAD_ROWS_MAX = 10 * PAGE_SIZE_MAX;

/**
 * Pages joined by default: the rows one after the other, the cursor and extras of the newer page,
 * and what only the first page brought (its counts) kept.
 */
export const joinPages = <Page extends ListPage>(loaded: Page, page: Page): Page => ({
  ...loaded,
  ...page,
  rows: [...loaded.rows, ...page.rows],
  next: page.next,
});

/**
 * A keyset-paged list read a page at a time as it is scrolled (`loadMore`). `fetchPage` asks for
 * the page after a cursor (none for the first) with the list's view, `limit` rows if it takes
 * the size asked (else its own): wrap it in useCallback, and a change of it (another view) starts
 * again from the first page. `reload` reads the same view again (the list changed) as far as it
 * was loaded, so the rows the user was at, and the one selected, are still there. Counts that
 * come with the first page only are kept while scrolling (`joinPages`). Replies to an older view
 * or after unmount are dropped.
 */
export function usePagedList<Page extends ListPage>(
  fetchPage: (after: string | undefined, limit: number) => Promise<Result<Page>>,
  join: (loaded: Page, page: Page) => Page = joinPages,
) {
  const [state, setState] = useState<PagedListState<Page>>({ status: 'loading' });
  const generation = useRef(0);
  const next = useRef<string | undefined>(undefined);
  const fetching = useRef(false);
  const loadedRows = useRef(0);
  useEffect(() => {
    if (state.status === 'ready') loadedRows.current = state.loaded.rows.length;
  }, [state]);

  /** The list from its first row, as many pages as it takes to hold `wanted` rows (or all of them). */
  const fetchFromStart = useCallback(
    async (wanted: number) => {
      const call = ++generation.current;
      fetching.current = true;
      const limitFor = (have: number) => Math.min(PAGE_SIZE_MAX, Math.max(PAGE_SIZE, wanted - have));
      const first = await fetchPage(undefined, limitFor(0));
      if (call !== generation.current) return;
      if (!first.ok) {
        fetching.current = false;
        setState({ status: 'failed', error: first.error });
        return;
      }
      let loaded = first.value;
      let after = loaded.next;
      let error: ApiError | undefined;
      while (after !== undefined && loaded.rows.length < wanted) {
        const reply = await fetchPage(after, limitFor(loaded.rows.length));
        if (call !== generation.current) return;
        if (!reply.ok) {
          error = reply.error;
          break;
        }
        loaded = join(loaded, reply.value);
        after = reply.value.next;
      }
      fetching.current = false;
      next.current = after;
      setState({ status: 'ready', loaded, more: after !== undefined, fetching: false, ...(error ? { error } : {}) });
    },
    [fetchPage, join],
  );

  const loadMore = useCallback(async () => {
    if (fetching.current || next.current === undefined) return;
    const call = generation.current;
    fetching.current = true;
    setState((current) => (current.status === 'ready' ? { ...current, fetching: true } : current));
    const reply = await fetchPage(next.current, PAGE_SIZE);
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
    setState((current) =>
      current.status === 'ready'
        ? { status: 'ready', loaded: join(current.loaded, page), more: page.next !== undefined, fetching: false }
        : current,
    );
  }, [fetchPage, join]);

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
