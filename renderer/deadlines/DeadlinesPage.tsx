import '../styles/deadlines-timeline.css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '../../shared/clocks/deadline.js';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { SelectField } from '../components/SelectField.js';
import { CloseDeadlineDialog } from './CloseDeadlineDialog.js';
import { casesOf, clockLabel, liveState } from './deadline-display.js';
import { announceDeadlineChange } from './deadline-refresh.js';
import { DeadlinesTable } from './DeadlinesTable.js';
import { useClockSources } from './use-clock-configuration.js';
import { useDeadlineList } from './use-deadline-list.js';
import { useNow } from './use-now.js';

/** Countdowns tick every second: minute-grained text, but the minute turns when it should. */
const TICK_MS = 1_000;

/** While loading: the same empty list each render, so the cases derived from it are not worked out again. */
const NO_ITEMS: readonly DeadlineItem[] = [];

const COUNTED_STATES = ['overdue', 'due_soon', 'open'] as const satisfies readonly DeadlineState[];

/** Every deadline of every case not archived, most urgent first, with live countdowns. */
export function DeadlinesPage({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [includeClosed, setIncludeClosed] = useState(false);
  const [caseFilter, setCaseFilter] = useState('');
  const [closing, setClosing] = useState<DeadlineItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { state } = useDeadlineList({ includeClosed });
  const sources = useClockSources();
  const now = useNow(TICK_MS);

  const items = state.status === 'ready' ? state.value : NO_ITEMS;
  const cases = useMemo(() => casesOf(items), [items]);
  // A case whose deadlines all left the list (closed, with closed ones hidden) is no longer a filter.
  const activeCase = cases.some((listed) => listed.id === caseFilter) ? caseFilter : '';
  const shown = activeCase === '' ? items : items.filter((item) => item.caseId === activeCase);
  const counts = COUNTED_STATES.map((key) => ({
    key,
    n: shown.filter((item) => liveState(item, now).state === key).length,
  }));

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
          value={activeCase}
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

      {state.status === 'ready' && shown.length === 0 && (
        <div className="empty-state empty-state-compact">
          <h2>{includeClosed ? t('deadlines.emptyHeadingAll') : t('deadlines.emptyHeading')}</h2>
          <p>{t('deadlines.emptyBody')}</p>
        </div>
      )}

      {shown.length > 0 && (
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
                deadline: clockLabel(t, closed.clockId, closed.clockName),
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
