import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../shared/contract/timeline.js';
import { displayLocale, formatUncertainDate } from '../components/format-dates.js';
import { KindIcon } from './timeline-kinds.js';

/**
 * The chronology as a table, in its defined order: each date as it was stated, with its precision, basis and sources.
 */
export function TimelineTable({
  entries,
  caption,
  readOnly,
  onEdit,
  onRemove,
}: {
  entries: readonly TimelineEntry[];
  caption: string;
  readOnly: boolean;
  onEdit: (entry: TimelineEntry) => void;
  onRemove: (entry: TimelineEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  return (
    <div className="table-scroll">
      <table className="table table-dense timeline-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
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
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className={`timeline-row timeline-row-${entry.basis}`}>
              <td className="nowrap">{formatUncertainDate(t, locale, entry.date)}</td>
              <td>{t(`labels.datePrecision.${entry.date.precision}`)}</td>
              <td className="nowrap">
                <KindIcon kind={entry.kind} hollow={entry.basis === 'reported_by_source'} />{' '}
                {t(`labels.timelineEventKind.${entry.kind}`)}
              </td>
              <th scope="row" className="timeline-event-cell">
                <span className="timeline-event-title">{entry.title}</span>
                {entry.description && <span className="timeline-event-description">{entry.description}</span>}
              </th>
              <td>
                <span className={`basis basis-${entry.basis}`}>{t(`labels.eventBasis.${entry.basis}`)}</span>
              </td>
              <td>
                {entry.sourceLabels.length > 0 ? (
                  entry.sourceLabels.map((source) => source.label).join(', ')
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
