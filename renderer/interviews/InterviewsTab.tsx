import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { usePagedList } from '../components/use-paged-list.js';
import '../styles/people-interviews.css';
import '../styles/virtual-lists.css';
import { ArrangementsDialog } from './ArrangementsDialog.js';
import { DEFAULT_INTERVIEW_VIEW, InterviewListFilters, type InterviewListView } from './InterviewListFilters.js';
import { InterviewScreen } from './InterviewScreen.js';
import { InterviewsTable } from './InterviewsTable.js';

/** Rows asked for at a time: a few screens' worth, so scrolling rarely waits. */
const PAGE_SIZE = 100;

/**
 * The Interviews tab of a case: the list (read a page at a time, searched by the interviewee's
 * code and filtered by status), the plan form, and one interview's screen.
 */
export function InterviewsTab({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [planning, setPlanning] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [view, setView] = useState<InterviewListView>(DEFAULT_INTERVIEW_VIEW);
  // Back from an interview, the list scrolls to it; a new search or filter starts at the top.
  const [backToSelected, setBackToSelected] = useState(true);

  const fetchPage = useCallback(
    (after: string | undefined) =>
      api.interviews.page({ caseId, ...view, limit: PAGE_SIZE, ...(after === undefined ? {} : { after }) }),
    [api, caseId, view],
  );
  const { state, reload, loadMore } = usePagedList(fetchPage);
  const figure = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  if (openId) {
    return (
      <InterviewScreen
        interviewId={openId}
        onBack={() => {
          setOpenId(null);
          setBackToSelected(true);
          reload();
        }}
      />
    );
  }

  const loaded = state.status === 'ready' ? state.loaded : null;
  // The counts came with the first page; every later page keeps them.
  const counts = loaded?.counts;
  return (
    <section className="case-section" aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <h2 id={headingId}>{t('interviews.tab.heading')}</h2>
          <p className="muted">{t('interviews.tab.intro')}</p>
        </div>
        {loaded && (
          <button type="button" className="button button-primary" onClick={() => setPlanning(true)}>
            {t('interviews.tab.plan')}
          </button>
        )}
      </header>

      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('interviews.tab.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {counts?.total === 0 && (
        <div className="empty-state">
          <h3>{t('interviews.tab.emptyHeading')}</h3>
          <p>{t('interviews.tab.emptyBody')}</p>
        </div>
      )}
      {state.status === 'ready' && counts && counts.total > 0 && (
        <>
          <InterviewListFilters
            view={view}
            onChange={(changed) => {
              setView(changed);
              setBackToSelected(false);
            }}
          />
          <p className="virtual-list-count muted" role="status">
            {counts.matching === counts.total
              ? t('interviews.list.countAll', { count: counts.total, total: figure(counts.total) })
              : t('interviews.list.countSome', {
                  count: counts.total,
                  matching: figure(counts.matching),
                  total: figure(counts.total),
                })}
          </p>
          <ErrorAlert error={state.error ?? null} />
          {counts.matching === 0 ? (
            <p className="empty-state">{t('interviews.list.noMatch')}</p>
          ) : (
            <InterviewsTable
              key={JSON.stringify(view)}
              interviews={state.loaded.rows}
              matching={counts.matching}
              selectedId={selectedId}
              scrollToSelected={backToSelected}
              onSelect={setSelectedId}
              onOpen={(interviewId) => {
                setSelectedId(interviewId);
                setOpenId(interviewId);
              }}
              onNearEnd={loadMore}
            />
          )}
        </>
      )}

      {planning && (
        <ArrangementsDialog
          caseId={caseId}
          onClose={() => setPlanning(false)}
          onSaved={(interview) => {
            setPlanning(false);
            setSelectedId(interview.id);
            setOpenId(interview.id);
          }}
        />
      )}
    </section>
  );
}
