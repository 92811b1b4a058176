import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import { displayLocale } from '../components/format-dates.js';
import {
  clockActionLabel,
  clockLabel,
  concernText,
  countdownText,
  formatInZone,
  liveState,
} from './deadline-display.js';
import { DeadlineStateBadge } from './DeadlineStateBadge.js';

export interface DeadlinesTableProps {
  /** Most urgent first, as deadlines.list returns them. */
  items: readonly DeadlineItem[];
  /** The time the countdowns are computed against (ticks). */
  now: number;
  caption: string;
  /** Show the case column (the all-cases view); a case's own list leaves it out. */
  showCase: boolean;
  onClose: (item: DeadlineItem) => void;
  /** Opens a case from its reference; the reference is plain text without it. */
  onOpenCase?: (caseId: string) => void;
  /** Where each clock's number comes from, by clock id, for the explanation. */
  sources?: ReadonlyMap<string, string>;
  /** No closing while the case cannot change (archived). */
  readOnly?: boolean;
}

/**
 * Deadlines with live countdowns. Each row says what is due, about what, when on the mission's
 * clock, how long is left, how firm the limit is and how it was computed; open ones close
 * through a dialog that records the action taken.
 */
export function DeadlinesTable({
  items,
  now,
  caption,
  showCase,
  onClose,
  onOpenCase,
  sources,
  readOnly = false,
}: DeadlinesTableProps) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);

  return (
    <div className="table-scroll">
      <table className="table table-dense deadlines-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {showCase && <th scope="col">{t('deadlines.columns.case')}</th>}
            <th scope="col">{t('deadlines.columns.deadline')}</th>
            <th scope="col">{t('deadlines.columns.due')}</th>
            <th scope="col">{t('deadlines.columns.timeLeft')}</th>
            <th scope="col">{t('deadlines.columns.stateAndFirmness')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('deadlines.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const { state, remainingMs } = liveState(item, now);
            const zone = item.deadline.basis.timeZone;
            const name = clockLabel(t, item.clockId, item.clockName);
            const closed = item.closedAt !== null;
            const source = sources?.get(item.clockId);
            return (
              <tr key={item.id} className={`deadline-row deadline-row-${state}`}>
                {showCase && (
                  <td className="mono nowrap">
                    {onOpenCase ? (
                      <button type="button" className="button-row-link" onClick={() => onOpenCase(item.caseId)}>
                        {item.caseReference}
                      </button>
                    ) : (
                      item.caseReference
                    )}
                  </td>
                )}
                <th scope="row" className="deadline-what">
                  <span className="deadline-name">{name}</span>
                  <span className="deadline-concerns">{concernText(t, locale, item)}</span>
                  <details className="deadline-explain">
                    <summary>{t('deadlines.explainSummary')}</summary>
                    <p>{item.explanation}</p>
                    <p>
                      <span className="deadline-explain-label">{t('deadlines.expectedAction')}</span>{' '}
                      {clockActionLabel(t, item.clockId, item.action)}
                    </p>
                    {source && (
                      <p>
                        <span className="deadline-explain-label">{t('deadlines.source')}</span> {source}
                      </p>
                    )}
                  </details>
                </th>
                <td className="nowrap">
                  <time dateTime={item.dueAt}>{formatInZone(locale, item.dueAt, zone)}</time>
                  <span className="deadline-zone">{zone}</span>
                  {item.lastPossibleDueAt !== item.dueAt && (
                    <span className="deadline-latest">
                      {t('deadlines.latestDue', { when: formatInZone(locale, item.lastPossibleDueAt, zone) })}
                    </span>
                  )}
                </td>
                <td className="nowrap">
                  {closed ? (
                    <span className="muted">
                      {t('deadlines.closedOn', { when: formatInZone(locale, item.closedAt ?? item.dueAt, zone) })}
                    </span>
                  ) : (
                    <span className={`countdown countdown-${state}`}>{countdownText(t, remainingMs)}</span>
                  )}
                </td>
                <td>
                  <DeadlineStateBadge state={state} />
                  <span className={`firmness firmness-${item.firmness}`}>{t(`labels.firmness.${item.firmness}`)}</span>
                </td>
                <td className="deadline-actions">
                  {closed ? (
                    <span className="deadline-closed-action">
                      {t('deadlines.actionTaken', { action: item.closedAction ?? '' })}
                    </span>
                  ) : (
                    !readOnly && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t('deadlines.closeFor', { deadline: name, reference: item.caseReference })}
                        onClick={() => onClose(item)}
                      >
                        {t('deadlines.close')}
                      </button>
                    )
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
