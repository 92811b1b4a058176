import { useTranslation } from 'react-i18next';
import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import { displayLocale } from '../components/format-dates.js';
import { useVirtualTable } from '../components/use-virtual-table.js';
import { VirtualTableBody } from '../components/VirtualTableBody.js';
import {
  clockActionLabel,
  clockLabel,
  closedActionText,
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
  /** How many deadlines the list holds when only `items` of them are loaded yet (a paged list). */
  matching?: number;
  /** Asks for more deadlines as the end of those loaded comes into view (a paged list). */
  onNearEnd?: () => void;
}

/** A row with its concern and dates on second lines, in pixels, until measured. */
const ROW_HEIGHT = 72;

/**
 * Deadlines with live countdowns. Each row says what is due, about what, when on the mission's
 * clock, how long is left, how firm the limit is and how it was computed; open ones close
 * through a dialog that records the action taken. Only the rows in view are drawn; the arrows,
 * Page Up, Page Down, Home and End move between rows from a row's heading (End loading on to
 * the last deadline of a paged list).
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
  matching = items.length,
  onNearEnd,
}: DeadlinesTableProps) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  const { scrollRef, virtual, tabStop, keyOnRow, moveTo } = useVirtualTable({
    rows: items,
    matching,
    estimateSize: ROW_HEIGHT,
    ...(onNearEnd ? { onNearEnd } : {}),
  });
  const columns = showCase ? 6 : 5;

  return (
    <div className="table-scroll deadlines-scroll" ref={scrollRef}>
      <table className="table table-dense deadlines-table" aria-rowcount={matching + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
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
        <VirtualTableBody
          rows={items}
          virtual={virtual}
          columns={columns}
          renderRow={(item, index) => {
            const { state, remainingMs } = liveState(item, now);
            const zone = item.deadline.basis.timeZone;
            const name = clockLabel(i18n.language, item.clockId, item.clockName);
            const closed = item.closedAt !== null;
            const source = sources?.get(item.clockId);
            return (
              <tr
                ref={virtual.measure}
                data-index={index}
                aria-rowindex={index + 2}
                className={`deadline-row deadline-row-${state}`}
              >
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
                <th
                  scope="row"
                  className="deadline-what"
                  data-row-focus
                  tabIndex={index === tabStop ? 0 : -1}
                  onFocus={(event) => {
                    if (event.target === event.currentTarget) moveTo(index);
                  }}
                  onKeyDown={(event) => {
                    if (event.target === event.currentTarget) keyOnRow(index, event);
                  }}
                >
                  <span className="deadline-name">{name}</span>
                  <span className="deadline-concerns">{concernText(t, locale, item)}</span>
                  <details className="deadline-explain">
                    <summary>{t('deadlines.explainSummary')}</summary>
                    <p>{item.explanation}</p>
                    <p>
                      <span className="deadline-explain-label">{t('deadlines.expectedAction')}</span>{' '}
                      {clockActionLabel(i18n.language, item.clockId, item.action)}
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
                      {t('deadlines.actionTaken', { action: closedActionText(t, item.closedAction ?? '') })}
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
          }}
        />
      </table>
    </div>
  );
}
