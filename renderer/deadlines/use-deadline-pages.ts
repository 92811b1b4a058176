import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import { usePagedList } from '../components/use-paged-list.js';
import { explanationLocale } from './deadline-display.js';
import { onDeadlineChange } from './deadline-refresh.js';

/** Deadlines asked for at a time: a few screens' worth. */
const PAGE = 100;

/**
 * The deadlines of every case (or of one), most urgent first, read a page at a time as the list
 * is scrolled (deadlines.page), with their counts by state and the cases they belong to. Read
 * again from the top when the core says one fell due (the `deadlines.due` event) and when another
 * screen announces a change; `deadlines.page` does not count as activity, so a reload never keeps
 * an idle vault unlocked.
 */
export function useDeadlinePages(filters: { caseId?: string; includeClosed: boolean }) {
  const api = useApi();
  const { i18n } = useTranslation();
  const locale = explanationLocale(i18n.language);
  const { caseId, includeClosed } = filters;

  const fetchPage = useCallback(
    (after: string | undefined) =>
      api.deadlines.page({
        filters: { includeClosed, ...(caseId === undefined ? {} : { caseId }) },
        locale,
        limit: PAGE,
        ...(after === undefined ? {} : { after }),
      }),
    [api, caseId, includeClosed, locale],
  );
  const list = usePagedList(fetchPage);
  const { reload } = list;

  useEffect(() => {
    const stopDue = api.on('deadlines.due', reload);
    const unsubscribe = onDeadlineChange(reload);
    return () => {
      stopDue();
      unsubscribe();
    };
  }, [api, reload]);

  return list;
}
