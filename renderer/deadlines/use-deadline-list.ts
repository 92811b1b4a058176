import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import { useApi } from '../api/context.js';
import { useLoaded, type Loaded } from '../components/use-loaded.js';
import { explanationLocale } from './deadline-display.js';
import { onDeadlineChange } from './deadline-refresh.js';

/**
 * New deadlines (quick capture on another screen, a colleague's import) appear within this.
 * `deadlines.list` does not count as activity, so polling never keeps an idle vault unlocked.
 */
export const DEADLINES_POLL_MS = 60_000;

/**
 * The deadlines of one case or of all, most urgent first, kept current: polled, reloaded when
 * another screen announces a change, and when `refreshKey` changes (the case was edited).
 */
export function useDeadlineList(
  query: { caseId?: string; includeClosed: boolean },
  refreshKey?: string,
): { state: Loaded<DeadlineItem[]>; reload: () => Promise<void> } {
  const api = useApi();
  const { i18n } = useTranslation();
  const locale = explanationLocale(i18n.language);
  const { caseId, includeClosed } = query;

  const load = useCallback(async () => {
    const listed = await api.deadlines.list({ ...(caseId === undefined ? {} : { caseId }), includeClosed, locale });
    return listed.ok ? { ok: true as const, value: listed.value.items } : listed;
    // refreshKey is not read: a new value only asks for a new request.
  }, [api, caseId, includeClosed, locale, refreshKey]);
  const { state, reload } = useLoaded(load);

  useEffect(() => {
    const timer = window.setInterval(() => void reload(), DEADLINES_POLL_MS);
    const unsubscribe = onDeadlineChange(() => void reload());
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [reload]);

  return { state, reload };
}
