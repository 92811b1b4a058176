import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { listText } from '../../shared/i18n/list-text.js';
import type { TimelineEntry } from '../../shared/contract/timeline.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { displayLocale, formatUncertainDate } from '../components/format-dates.js';
import { KindIcon } from './timeline-kinds.js';

/** One event of the chronology in full, under the chart; manual events can be corrected or removed from here. */
export function EventDetails({
  entry,
  readOnly,
  onEdit,
  onRemove,
}: {
  entry: TimelineEntry;
  readOnly: boolean;
  onEdit: (entry: TimelineEntry) => void;
  onRemove: (entry: TimelineEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const manual = entry.origin === 'manual';
  const origin = manual
    ? t('timeline.origin.manual')
    : t(`timeline.origin.derived.${entry.derivedFrom?.kind ?? 'case'}`);
  return (
    <section className="event-details" aria-labelledby={headingId}>
      <div className="panel-header">
        <h3 id={headingId}>
          <KindIcon kind={entry.kind} hollow={entry.basis === 'reported_by_source'} />{' '}
          <span className="user-text">{entry.title}</span>
        </h3>
        {manual && !readOnly && (
          <div className="panel-actions">
            <button type="button" className="button button-secondary button-small" onClick={() => onEdit(entry)}>
              {t('timeline.edit')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => onRemove(entry)}>
              {t('timeline.remove.button')}
            </button>
          </div>
        )}
      </div>
      <dl className="facts">
        <div className="fact">
          <dt>{t('timeline.columns.date')}</dt>
          <dd>{formatUncertainDate(t, displayLocale(i18n.language), entry.date)}</dd>
        </div>
        <div className="fact">
          <dt>{t('timeline.columns.kind')}</dt>
          <dd>{t(`labels.timelineEventKind.${entry.kind}`)}</dd>
        </div>
        <div className="fact">
          <dt>{t('timeline.columns.basis')}</dt>
          <dd>{t(`labels.eventBasis.${entry.basis}`)}</dd>
        </div>
        <div className="fact">
          <dt>{t('timeline.columns.origin')}</dt>
          <dd>
            {origin} <ConfidentialityBadge level={entry.confidentiality} short />
          </dd>
        </div>
        <div className="fact fact-wide">
          <dt>{t('timeline.columns.sources')}</dt>
          <dd>
            {entry.sourceLabels.length > 0 ? (
              listText(
                i18n.language,
                entry.sourceLabels.map((source) => source.label),
                { type: 'unit' },
              )
            ) : (
              <span className="muted">{t('timeline.noSources')}</span>
            )}
          </dd>
        </div>
        {entry.description && (
          <div className="fact fact-wide">
            <dt>{t('timeline.dialog.description')}</dt>
            <dd className="prewrap user-text">{entry.description}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
