import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewRecord } from '../../shared/contract/interviews.js';
import { useApi } from '../api/context.js';
import { usePerson } from '../people/use-case-people.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import { ArrangementsDialog } from './ArrangementsDialog.js';
import { ArrangementsSummary } from './ArrangementsSummary.js';
import { RichTextView } from './rich-text/RichTextView.js';
import { SignedRecord } from './SignedRecord.js';
import { WorkingNotes } from './WorkingNotes.js';

/** One interview: its arrangements, its notes (autosaved until signed), its versions after. */
export function InterviewScreen({ interviewId, onBack }: { interviewId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const arrangementsId = useId();
  // A step's reply is the interview as stored: shown without asking again.
  const [replied, setReplied] = useState<InterviewRecord | null>(null);
  const [editing, setEditing] = useState(false);
  // Bumped to remount the notes editor on content loaded again (after a conflict).
  const [generation, setGeneration] = useState(0);

  const load = useCallback(() => api.interviews.get({ interviewId }), [api, interviewId]);
  const { state, reload } = useLoaded(load);
  const interview = replied ?? (state.status === 'ready' ? state.value : null);
  const interviewee = usePerson(interview?.personId);

  const back = (
    <button type="button" className="button button-link back-link" onClick={onBack}>
      {t('interviews.screen.back')}
    </button>
  );

  if (!interview) {
    return (
      <div className="interview-screen">
        {back}
        {state.status === 'failed' ? (
          <ErrorAlert error={state.error} />
        ) : (
          <p className="muted" role="status">
            {t('interviews.screen.loading')}
          </p>
        )}
      </div>
    );
  }

  const changed = (next: InterviewRecord) => setReplied(next);

  return (
    <article className="interview-screen" aria-labelledby={headingId}>
      {back}
      <header className="panel-header">
        <div>
          <h2 id={headingId}>
            {t('interviews.screen.heading', { code: interview.personCode })}{' '}
            <span className={`status-pill status-${interview.status}`}>
              {t(`labels.interviewStatus.${interview.status}`)}
            </span>
          </h2>
          {interviewee && <p className="muted">{t(`labels.personRole.${interviewee.profile.role}`)}</p>}
        </div>
        <ConfidentialityBadge level={interview.confidentiality} short />
      </header>

      {/* The notes are the work; the arrangements stay in view beside them. */}
      <div className="interview-body">
        <div className="interview-main">
          {(interview.status === 'planned' || interview.status === 'conducted') && (
            <WorkingNotes
              key={generation}
              interview={interview}
              onChanged={changed}
              onReload={() => {
                setReplied(null);
                void reload().then(() => setGeneration((value) => value + 1));
              }}
              onEditArrangements={() => setEditing(true)}
            />
          )}
          {interview.status === 'signed' && <SignedRecord interview={interview} onChanged={changed} />}
          {interview.status === 'cancelled' && (
            <section className="panel" aria-label={t('interviews.notes.heading')}>
              <p className="alert alert-info">{t('interviews.screen.cancelled')}</p>
              <RichTextView
                doc={interview.notes}
                label={t('interviews.notes.heading')}
                emptyText={t('interviews.notes.empty')}
              />
            </section>
          )}
        </div>
        <aside className="interview-aside" aria-labelledby={arrangementsId}>
          <div className="panel">
            <div className="panel-header">
              <h3 id={arrangementsId}>{t('interviews.screen.arrangements')}</h3>
              {(interview.status === 'planned' || interview.status === 'conducted') && (
                <button type="button" className="button button-secondary button-small" onClick={() => setEditing(true)}>
                  {t('interviews.screen.editArrangements')}
                </button>
              )}
            </div>
            <ArrangementsSummary interview={interview} />
          </div>
        </aside>
      </div>

      {editing && (
        <ArrangementsDialog
          caseId={interview.caseId}
          interview={interview}
          {...(interviewee ? { interviewee } : {})}
          onClose={() => setEditing(false)}
          onSaved={(next) => {
            setEditing(false);
            changed(next);
          }}
        />
      )}
    </article>
  );
}
