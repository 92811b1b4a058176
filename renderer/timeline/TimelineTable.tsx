import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listText } from '../../shared/i18n/list-text.js';
import type { TimelineEntry } from '../../shared/contract/timeline.js';
import { displayLocale, formatUncertainDate } from '../components/format-dates.js';
import { useVirtualTable } from '../components/use-virtual-table.js';
import { VirtualTableBody } from '../components/VirtualTableBody.js';
import { KindIcon } from './timeline-kinds.js';

const COLUMNS = 7;
/** A row with a description under its title, in pixels, until measured. */
const ROW_HEIGHT = 52;

/**
 * The chronology as a table, in its defined order: each date as it was stated, with its precision,
 * basis and sources. Read a page at a time (`rows` loaded so far, of `matching`) and drawn a window
 * at a time; an event's title shows it in full (`onSelect`), and the arrows move between rows.
 */
export function TimelineTable({
  part,
  rows,
  matching,
  caption,
  readOnly,
  selectedId,
  onSelect,
  onNearEnd,
  onEdit,
  onRemove,
}: {
  /** Which part of the chronology the table holds (its class says it). */
  part: 'dated' | 'undated';
  rows: readonly TimelineEntry[];
  matching: number;
  caption: string;
  readOnly: boolean;
  selectedId: string | null;
  onSelect: (entry: TimelineEntry) => void;
  onNearEnd: () => void;
  onEdit: (entry: TimelineEntry) => void;
  onRemove: (entry: TimelineEntry) => void;
}) {
  const { t } = useTranslation();
  const byId = (id: string) => rows.find((row) => row.id === id);
  const select = (id: string) => {
    const entry = byId(id);
    if (entry) onSelect(entry);
  };
  const { scrollRef, virtual, tabStop, openRow, keyOnRow } = useVirtualTable({
    rows,
    matching,
    selectedId,
    estimateSize: ROW_HEIGHT,
    scrollToSelected: false,
    onSelect: select,
    onOpen: select,
    onNearEnd,
  });
  return (
    <div className="table-scroll timeline-table-scroll" ref={scrollRef}>
      <table className={`table table-dense timeline-table timeline-table-${part}`} aria-rowcount={matching + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('timeline.columns.date')}</th>
            <th scope="col">{t('timeline.columns.precision')}</th>
            <th scope="col">{t('timeline.columns.kind')}</th>
            <th scope="col">{t('timeline.columns.event')}</th>
            <th scope="col">{t('timeline.columns.basis')}</th>
            <th scope="col">{t('timeline.columns.sources')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('timeline.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <VirtualTableBody
          rows={rows}
          virtual={virtual}
          columns={COLUMNS}
          renderRow={(entry, index) => (
            <TimelineRow
              entry={entry}
              index={index}
              measure={virtual.measure}
              selected={entry.id === selectedId}
              tabStop={index === tabStop}
              readOnly={readOnly}
              onOpen={openRow}
              onKeyDown={keyOnRow}
              onEdit={onEdit}
              onRemove={onRemove}
            />
          )}
        />
      </table>
    </div>
  );
}

const TimelineRow = memo(function TimelineRow({
  entry,
  index,
  measure,
  selected,
  tabStop,
  readOnly,
  onOpen,
  onKeyDown,
  onEdit,
  onRemove,
}: {
  entry: TimelineEntry;
  index: number;
  measure: (element: Element | null) => void;
  selected: boolean;
  tabStop: boolean;
  readOnly: boolean;
  onOpen: (id: string) => void;
  onKeyDown: (index: number, event: KeyboardEvent) => void;
  onEdit: (entry: TimelineEntry) => void;
  onRemove: (entry: TimelineEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  const classes = ['timeline-row', `timeline-row-${entry.basis}`, selected ? 'row-selected' : ''].filter(Boolean);
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={classes.join(' ')}>
      <td className="nowrap">{formatUncertainDate(t, locale, entry.date)}</td>
      <td>{t(`labels.datePrecision.${entry.date.precision}`)}</td>
      <td className="nowrap">
        <KindIcon kind={entry.kind} hollow={entry.basis === 'reported_by_source'} />{' '}
        {t(`labels.timelineEventKind.${entry.kind}`)}
      </td>
      <th scope="row" className="timeline-event-cell">
        <button
          type="button"
          className="button button-link timeline-event-open"
          data-row-focus
          tabIndex={tabStop ? 0 : -1}
          aria-pressed={selected}
          aria-label={t('timeline.tableShowLabel', { title: entry.title })}
          onClick={() => onOpen(entry.id)}
          onKeyDown={(event) => onKeyDown(index, event)}
        >
          <span className="timeline-event-title user-text">{entry.title}</span>
        </button>
        {entry.description && <span className="timeline-event-description user-text">{entry.description}</span>}
      </th>
      <td>
        <span className={`basis basis-${entry.basis}`}>{t(`labels.eventBasis.${entry.basis}`)}</span>
      </td>
      <td>
        {entry.sourceLabels.length > 0 ? (
          listText(
            i18n.language,
            entry.sourceLabels.map((source) => source.label),
            { type: 'unit' },
          )
        ) : (
          <span className="muted">{'—'}</span>
        )}
      </td>
      <td className="nowrap">
        {entry.origin === 'manual' && !readOnly ? (
          <>
            <button
              type="button"
              className="button button-link button-small"
              aria-label={t('timeline.editLabel', { title: entry.title })}
              onClick={() => onEdit(entry)}
            >
              {t('timeline.edit')}
            </button>{' '}
            <button
              type="button"
              className="button button-link button-small"
              aria-label={t('timeline.remove.label', { title: entry.title })}
              onClick={() => onRemove(entry)}
            >
              {t('timeline.remove.button')}
            </button>
          </>
        ) : (
          <span className="muted timeline-origin">
            {entry.origin === 'manual'
              ? t('timeline.origin.manual')
              : t(`timeline.origin.derived.${entry.derivedFrom?.kind ?? 'case'}`)}
          </span>
        )}
      </td>
    </tr>
  );
});
