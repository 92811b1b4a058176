import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../shared/contract/index.js';

/** What every keyset page answers (shared/contract/paging.ts `pageOf`), with any extras of the list. */
interface ListPage {
  rows: readonly unknown[];
  matching: number;
  total: number;
  next?: string;
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

/** Pages joined by default: the rows one after the other, the counts and cursor of the newer page. */
const joinRows = <Page extends ListPage>(loaded: Page, page: Page): Page => ({
  ...page,
  rows: [...loaded.rows, ...page.rows],
});

/**
 * A keyset-paged list read a page at a time as it is scrolled (`loadMore`). `fetchPage` asks for
 * the page after a cursor (none for the first) with the list's view: wrap it in useCallback, and
 * a change of it (another view) starts again from the first page; `reload` does the same for the
 * same view (the list changed). Replies to an older view or after unmount are dropped.
 */
export function usePagedList<Page extends ListPage>(
  fetchPage: (after: string | undefined) => Promise<Result<Page>>,
  join: (loaded: Page, page: Page) => Page = joinRows,
) {
  const [state, setState] = useState<PagedListState<Page>>({ status: 'loading' });
  const generation = useRef(0);
  const next = useRef<string | undefined>(undefined);
  const fetching = useRef(false);

  const fetchNext = useCallback(
    async (first: boolean) => {
      if (!first && (fetching.current || next.current === undefined)) return;
      const call = first ? ++generation.current : generation.current;
      fetching.current = true;
      setState((current) => (current.status === 'ready' ? { ...current, fetching: true } : current));
      const reply = await fetchPage(first ? undefined : next.current);
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
      setState((current) => ({
        status: 'ready',
        loaded: first || current.status !== 'ready' ? page : join(current.loaded, page),
        more: page.next !== undefined,
        fetching: false,
      }));
    },
    [fetchPage, join],
  );

  const reload = useCallback(() => {
    fetching.current = false;
    void fetchNext(true);
  }, [fetchNext]);
  const loadMore = useCallback(() => void fetchNext(false), [fetchNext]);

  useEffect(() => {
    reload();
    return () => {
      generation.current += 1;
    };
  }, [reload]);

  return { state, reload, loadMore };
}
