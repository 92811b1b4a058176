import '../styles/deadlines-timeline.css';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../shared/contract/timeline.js';
import { EVENT_BASES, TIMELINE_EVENT_KINDS } from '../../shared/timeline/event.js';
import { zoomRange, type TimeRange } from '../../shared/timeline/layout.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import { explanationLocale } from '../deadlines/deadline-display.js';
import { missionTimeZoneOf, useClockConfiguration } from '../deadlines/use-clock-configuration.js';
import { ChronologyTable } from './ChronologyTable.js';
import { EventDetails } from './EventDetails.js';
import { RemoveEventDialog } from './RemoveEventDialog.js';
import { chartGeometry, TimelineChart, type ChartNavigation } from './TimelineChart.js';
import { KindIcon } from './timeline-kinds.js';
import { TimelineEventDialog } from './TimelineEventDialog.js';
import { useElementWidth } from './use-element-width.js';

type View = 'chart' | 'table';
type OpenDialog =
  { kind: 'add' } | { kind: 'edit'; entry: TimelineEntry } | { kind: 'remove'; entry: TimelineEntry } | null;

/** Zoom stops here: closer than half an hour or wider than five centuries shows nothing useful. */
const MIN_SPAN_MS = 30 * 60_000;
const MAX_SPAN_MS = 500 * 365.25 * 86_400_000;

function clampedZoom(range: TimeRange, factor: number, anchor?: number): TimeRange {
  const span = range.to - range.from;
  const bounded = Math.min(Math.max(factor, span / MAX_SPAN_MS), span / MIN_SPAN_MS);
  return zoomRange(range, bounded, anchor);
}

/**
 * The case's chronology: derived events (incident, milestones, interviews, evidence, custody,
 * status changes) merged with the investigator's own, drawn to scale or listed as a table,
 * with undated events apart and the ordering rule spelt out. However long the chronology, the
 * chart asks the core for the marks of the period in view and the tables read a page at a time.
 */
export function TimelineTab({ caseId, readOnly }: { caseId: string; readOnly: boolean }) {
  // The chart is asked for at the width it is drawn at, once the tab is measured (before it is
  // painted): a first chart at a guessed width would be laid out by the core only to be thrown away.
  const [box, width] = useElementWidth<HTMLDivElement>(960);
  return <div ref={box}>{width !== null && <Chronology caseId={caseId} readOnly={readOnly} width={width} />}</div>;
}

function Chronology({ caseId, readOnly, width }: { caseId: string; readOnly: boolean; width: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const ids = { heading: useId(), undated: useId(), ordering: useId(), legend: useId() };
  const locale = explanationLocale(i18n.language);
  const zone = missionTimeZoneOf(useClockConfiguration()) ?? 'UTC';
  const [view, setView] = useState<View>('chart');
  const [chosenRange, setChosenRange] = useState<TimeRange | null>(null);
  const [selected, setSelected] = useState<TimelineEntry | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Bumped after a change: the chart and the tables read the chronology again.
  const [version, setVersion] = useState(0);
  const load = useCallback(
    () => api.timeline.chart({ caseId, locale, view: chosenRange, ...chartGeometry(width) }),
    [api, caseId, locale, chosenRange, width],
  );
  const { state } = useLoaded(load, version);
  const range = state.status === 'ready' ? state.value.range : null;
  const counts = state.status === 'ready' ? state.value : { dated: 0, undated: 0 };

  const navigation: ChartNavigation = {
    zoom: (factor, anchor) => range && setChosenRange(clampedZoom(range, factor, anchor)),
    fit: () => setChosenRange(null),
    pan: (fraction) => {
      if (!range) return;
      const shift = (range.to - range.from) * fraction;
      setChosenRange({ from: range.from + shift, to: range.to + shift });
    },
    // A period asked for (a cluster's), no closer than the zoom allows.
    show: (target) => setChosenRange(clampedZoom(target, 1)),
  };
  const tableProps = {
    caseId,
    locale,
    version,
    readOnly,
    selectedId: selected?.id ?? null,
    onSelect: setSelected,
    onEdit: (entry: TimelineEntry) => setDialog({ kind: 'edit', entry }),
    onRemove: (entry: TimelineEntry) => setDialog({ kind: 'remove', entry }),
  };
  const details = selected && (
    <EventDetails entry={selected} readOnly={readOnly} onEdit={tableProps.onEdit} onRemove={tableProps.onRemove} />
  );

  const saved = (message: string) => {
    setDialog(null);
    setNotice(message);
    setVersion((current) => current + 1);
  };

  return (
    <section className="timeline" aria-labelledby={ids.heading}>
      <div className="panel-header">
        <h2 id={ids.heading}>{t('timeline.heading')}</h2>
        {!readOnly && (
          <button
            type="button"
            className="button button-primary button-small"
            onClick={() => setDialog({ kind: 'add' })}
          >
            {t('timeline.add')}
          </button>
        )}
      </div>
      <div className="feedback-slot" role="status">
        {notice && <p className="alert alert-success">{notice}</p>}
      </div>
      {state.status === 'loading' && (
        <p className="muted" role="status">
          {t('timeline.loading')}
        </p>
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}

      <div>
        {state.status === 'ready' && (
          <>
            <div className="timeline-toolbar">
              <div className="segmented" role="group" aria-label={t('timeline.viewLabel')}>
                {(['chart', 'table'] as const).map((option) => (
                  <button
                    key={option}
                    type="button"
                    className="segmented-option"
                    aria-pressed={view === option}
                    onClick={() => setView(option)}
                  >
                    {t(`timeline.views.${option}`)}
                  </button>
                ))}
              </div>
              {view === 'chart' && range && (
                <div className="timeline-zoom" role="group" aria-label={t('timeline.zoom.label')}>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => navigation.zoom(0.5)}
                    aria-keyshortcuts="-"
                  >
                    {t('timeline.zoom.out')}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => navigation.zoom(2)}
                    aria-keyshortcuts="+"
                  >
                    {t('timeline.zoom.in')}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={navigation.fit}
                    aria-keyshortcuts="0"
                  >
                    {t('timeline.zoom.fit')}
                  </button>
                </div>
              )}
            </div>

            {counts.dated === 0 && <p className="muted">{t('timeline.noDated')}</p>}

            {view === 'chart' && range && counts.dated > 0 && (
              <>
                <p className="field-hint">{t('timeline.chart.keys')}</p>
                <TimelineChart
                  chart={state.value}
                  range={range}
                  width={width}
                  timeZone={zone}
                  selectedId={selected?.id ?? null}
                  onSelect={setSelected}
                  navigation={navigation}
                  label={t('timeline.chart.label', { zone })}
                />
                <ul className="timeline-legend" aria-labelledby={ids.legend}>
                  <li className="timeline-legend-title" id={ids.legend}>
                    {t('timeline.legend')}
                  </li>
                  {TIMELINE_EVENT_KINDS.map((kind) => (
                    <li key={kind}>
                      <KindIcon kind={kind} /> {t(`labels.timelineEventKind.${kind}`)}
                    </li>
                  ))}
                  {EVENT_BASES.map((basis) => (
                    <li key={basis} className="timeline-legend-basis">
                      <svg
                        className={`basis-swatch tl-basis-${basis}`}
                        viewBox="0 0 28 14"
                        aria-hidden="true"
                        focusable="false"
                      >
                        <rect x={1} y={2} width={26} height={10} rx={3} />
                      </svg>{' '}
                      {t(`timeline.legendBases.${basis}`)}
                    </li>
                  ))}
                </ul>
                {details}
              </>
            )}

            {view === 'table' && counts.dated > 0 && (
              <>
                <ChronologyTable part="dated" caption={t('timeline.tableCaption')} {...tableProps} />
                {details}
              </>
            )}

            <section className="timeline-undated" aria-labelledby={ids.undated}>
              <h3 id={ids.undated}>{t('timeline.undatedHeading')}</h3>
              {counts.undated === 0 ? (
                <p className="muted">{t('timeline.noUndated')}</p>
              ) : (
                <>
                  <p className="muted">{t('timeline.undatedIntro')}</p>
                  <ChronologyTable part="undated" caption={t('timeline.undatedHeading')} {...tableProps} />
                </>
              )}
            </section>

            <aside className="timeline-ordering" aria-labelledby={ids.ordering}>
              <h3 id={ids.ordering}>{t('timeline.orderingHeading')}</h3>
              <p>{state.value.ordering}</p>
            </aside>
          </>
        )}
      </div>

      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <TimelineEventDialog
          caseId={caseId}
          timeZone={zone}
          editing={dialog.kind === 'edit' ? dialog.entry : undefined}
          onClose={() => setDialog(null)}
          onSaved={(entry) => {
            setSelected(entry);
            saved(
              dialog.kind === 'edit'
                ? t('timeline.updated', { title: entry.title })
                : t('timeline.added', { title: entry.title }),
            );
          }}
        />
      )}
      {dialog?.kind === 'remove' && (
        <RemoveEventDialog
          entry={dialog.entry}
          onClose={() => setDialog(null)}
          onRemoved={() => {
            setSelected(null);
            saved(t('timeline.removed', { title: dialog.entry.title }));
          }}
        />
      )}
    </section>
  );
}
