import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import { useApi } from '../api/context.js';
import { useLoaded, type Loaded } from '../components/use-loaded.js';
import { explanationLocale } from './deadline-display.js';
import { onDeadlineChange } from './deadline-refresh.js';

/**
 * The deadlines of one case or of all, most urgent first, kept current without polling: reloaded
 * when the core says one fell due (the `deadlines.due` event), when another screen announces a
 * change, and when `refreshKey` changes (the case was edited). Countdowns tick on their own
 * (deadlineState); `deadlines.list` does not count as activity, so a reload never keeps an idle
 * vault unlocked.
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
  }, [api, caseId, includeClosed, locale]);
  const { state, reload } = useLoaded(load, refreshKey);

  useEffect(() => {
    const stopDue = api.on('deadlines.due', () => void reload());
    const unsubscribe = onDeadlineChange(() => void reload());
    return () => {
      stopDue();
      unsubscribe();
    };
  }, [api, reload]);

  return { state, reload };
}
