import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/contract/index.js';
import type { InterviewSummary } from '../../shared/contract/interviews.js';
import type { PersonSummary } from '../../shared/contract/people.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import '../styles/people-interviews.css';
import { ArrangementsDialog } from './ArrangementsDialog.js';
import { InterviewScreen } from './InterviewScreen.js';
import { InterviewsTable } from './InterviewsTable.js';

interface TabData {
  interviews: InterviewSummary[];
  people: PersonSummary[];
}

/** The Interviews tab of a case: the list, the plan form, and one interview's screen. */
export function InterviewsTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [planning, setPlanning] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);

  // People come along for the codes, the plan form's choices and the interview screen.
  const load = useCallback(async (): Promise<Result<TabData>> => {
    const [interviews, people] = await Promise.all([api.interviews.list({ caseId }), api.people.list({ caseId })]);
    if (!interviews.ok) return interviews;
    if (!people.ok) return people;
    return { ok: true, value: { interviews: interviews.value.items, people: people.value.items } };
  }, [api, caseId]);
  const { state: loaded, reload } = useLoaded(load);
  const data = loaded.status === 'ready' ? loaded.value : null;

  if (openId && data) {
    return (
      <InterviewScreen
        interviewId={openId}
        people={data.people}
        onBack={() => {
          setOpenId(null);
          void reload();
        }}
      />
    );
  }

  return (
    <section className="case-section" aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <h2 id={headingId}>{t('interviews.tab.heading')}</h2>
          <p className="muted">{t('interviews.tab.intro')}</p>
        </div>
        {data && (
          <button type="button" className="button button-primary" onClick={() => setPlanning(true)}>
            {t('interviews.tab.plan')}
          </button>
        )}
      </header>

      {loaded.status === 'loading' && (
        <p className="muted" role="status">
          {t('interviews.tab.loading')}
        </p>
      )}
      {loaded.status === 'failed' && <ErrorAlert error={loaded.error} />}
      {data && data.interviews.length === 0 && (
        <div className="empty-state">
          <h3>{t('interviews.tab.emptyHeading')}</h3>
          <p>{t('interviews.tab.emptyBody')}</p>
        </div>
      )}
      {data && data.interviews.length > 0 && <InterviewsTable interviews={data.interviews} onOpen={setOpenId} />}

      {planning && data && (
        <ArrangementsDialog
          caseId={caseId}
          people={data.people}
          onClose={() => setPlanning(false)}
          onSaved={(interview) => {
            setPlanning(false);
            setOpenId(interview.id);
          }}
        />
      )}
    </section>
  );
}
