import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../shared/contract/index.js';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: ApiError };

/**
 * Loads with `load` on mount and whenever it changes (wrap it in useCallback), and again whenever
 * `reloadOn` changes (the record the answer depends on was saved); `reload` fetches again while the
 * last value stays on screen. Replies that arrive after unmount are dropped.
 */
export function useLoaded<T>(
  load: () => Promise<Result<T>>,
  reloadOn?: unknown,
): { state: Loaded<T>; reload: () => Promise<void> } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const call = ++latest.current;
    const result = await load();
    // A newer request (or unmount) superseded this one: its reply is stale.
    if (call !== latest.current) return;
    setState(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error });
  }, [load]);

  useEffect(() => {
    void reload();
    return () => {
      latest.current += 1;
    };
  }, [reload, reloadOn]);

  return { state, reload };
}
