import '../styles/deadlines-timeline.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { SelectField } from '../components/SelectField.js';
import { CloseDeadlineDialog } from './CloseDeadlineDialog.js';
import { clockLabel } from './deadline-display.js';
import { announceDeadlineChange } from './deadline-refresh.js';
import { DeadlinesTable } from './DeadlinesTable.js';
import { useClockSources } from './use-clock-configuration.js';
import { useDeadlinePages } from './use-deadline-pages.js';
import { useNow } from './use-now.js';

/** Countdowns tick every second: minute-grained text, but the minute turns when it should. */
const TICK_MS = 1_000;

/** The states counted above the list, and where the page's counts hold each. */
const COUNTED_STATES = [
  ['overdue', 'overdue'],
  ['due_soon', 'dueSoon'],
  ['open', 'open'],
] as const;

/**
 * Every deadline of every case not archived (or of the case chosen), most urgent first, with live
 * countdowns: read a page at a time as the list is scrolled, counted by state in the core.
 */
export function DeadlinesPage({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [includeClosed, setIncludeClosed] = useState(false);
  const [caseFilter, setCaseFilter] = useState('');
  const [closing, setClosing] = useState<DeadlineItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sources = useClockSources();
  const now = useNow(TICK_MS);
  const { state, loadMore } = useDeadlinePages({
    includeClosed,
    ...(caseFilter === '' ? {} : { caseId: caseFilter }),
  });

  const loaded = state.status === 'ready' ? state.loaded : null;
  const cases = loaded?.cases ?? [];
  const shown = loaded?.rows ?? [];
  const counts = COUNTED_STATES.map(([key, field]) => ({ key, n: loaded?.counts[field] ?? 0 }));
  // A case whose deadlines all left the list (closed, with closed ones hidden) is no longer a filter.
  const filterGone = loaded !== null && caseFilter !== '' && !cases.some((listed) => listed.id === caseFilter);
  if (filterGone) setCaseFilter('');

  return (
    <section className="page page-wide deadlines-page" aria-labelledby={headingId}>
      <header className="page-header">
        <div>
          <h1 id={headingId}>{t('deadlines.heading')}</h1>
          <p className="page-intro">{t('deadlines.intro')}</p>
        </div>
      </header>

      <div className="feedback-slot" role="status">
        {notice && <p className="alert alert-success">{notice}</p>}
      </div>

      <div className="filters deadlines-filters">
        <SelectField
          label={t('deadlines.filters.case')}
          value={caseFilter}
          emptyLabel={t('deadlines.filters.allCases')}
          options={cases.map((item) => ({ value: item.id, label: item.reference }))}
          onChange={setCaseFilter}
          inputClassName="filter-select"
        />
        <CheckboxField
          label={t('deadlines.filters.includeClosed')}
          checked={includeClosed}
          onChange={setIncludeClosed}
        />
      </div>

      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('deadlines.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && <ErrorAlert error={state.error ?? null} />}

      {loaded && loaded.matching === 0 && (
        <div className="empty-state empty-state-compact">
          <h2>{includeClosed ? t('deadlines.emptyHeadingAll') : t('deadlines.emptyHeading')}</h2>
          <p>{t('deadlines.emptyBody')}</p>
        </div>
      )}

      {loaded && shown.length > 0 && (
        <>
          <p className="deadline-counts">
            {counts.map(({ key, n }) => (
              <span key={key} className={`deadline-count deadline-count-${key}`}>
                {t(`deadlines.counts.${key}`, { n })}
              </span>
            ))}
          </p>
          <DeadlinesTable
            items={shown}
            matching={loaded.matching}
            onNearEnd={loadMore}
            now={now}
            caption={t('deadlines.caption')}
            showCase
            onClose={setClosing}
            onOpenCase={onOpenCase}
            sources={sources}
          />
        </>
      )}

      {closing && (
        <CloseDeadlineDialog
          item={closing}
          onClose={() => setClosing(null)}
          onClosed={(closed) => {
            setClosing(null);
            setNotice(
              t('deadlines.closedNotice', {
                deadline: clockLabel(i18n.language, closed.clockId, closed.clockName),
                reference: closed.caseReference,
              }),
            );
            // Reloads this list too: it listens like every other.
            announceDeadlineChange();
          }}
        />
      )}
    </section>
  );
}
