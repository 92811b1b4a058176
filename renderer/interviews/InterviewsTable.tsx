import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewSummary } from '../../shared/contract/interviews.js';
import { useVirtualTable } from '../components/use-virtual-table.js';
import { VirtualTableBody } from '../components/VirtualTableBody.js';
import { useInstantText } from '../components/mission-time.js';
import '../styles/virtual-lists.css';

const COLUMNS = 6;
/** A row with a second line under the place, in pixels, until measured. */
const ROW_HEIGHT = 56;

/** The moment that dates an interview in the list: when it took place, else when it is planned. */
const dateOf = (interview: InterviewSummary): string | undefined => interview.conductedAt ?? interview.scheduledAt;

/**
 * A case's interviews as loaded so far (`interviews`, of `matching`), in the core's order (by
 * date, the undated first): only the rows in view are drawn, and more are asked for (`onNearEnd`)
 * as the end comes into view. The selected row (the interview last opened or moved to) stays
 * marked; one row at a time is in the Tab order and the arrows move between rows. Drawn with
 * `scrollToSelected`, the list opens at the selected row, else at the top.
 */
export function InterviewsTable({
  interviews,
  matching,
  selectedId,
  scrollToSelected,
  onSelect,
  onOpen,
  onNearEnd,
}: {
  interviews: readonly InterviewSummary[];
  matching: number;
  selectedId: string | null;
  scrollToSelected: boolean;
  onSelect: (interviewId: string) => void;
  onOpen: (interviewId: string) => void;
  onNearEnd: () => void;
}) {
  const { t } = useTranslation();
  const { scrollRef, virtual, tabStop, openRow, keyOnRow } = useVirtualTable({
    rows: interviews,
    matching,
    selectedId,
    estimateSize: ROW_HEIGHT,
    scrollToSelected,
    onSelect,
    onOpen,
    onNearEnd,
  });

  return (
    <div className="table-scroll virtual-list-scroll interviews-list-scroll" ref={scrollRef}>
      <table className="table interviews-table" aria-rowcount={matching + 1}>
        <caption className="visually-hidden">{t('interviews.table.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('interviews.table.interviewee')}</th>
            <th scope="col">{t('interviews.table.status')}</th>
            <th scope="col">{t('interviews.table.date')}</th>
            <th scope="col">{t('interviews.table.place')}</th>
            <th scope="col">{t('interviews.table.versions')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('interviews.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <VirtualTableBody
          rows={interviews}
          virtual={virtual}
          columns={COLUMNS}
          renderRow={(interview, index) => (
            <InterviewRow
              interview={interview}
              index={index}
              measure={virtual.measure}
              selected={interview.id === selectedId}
              tabStop={index === tabStop}
              onOpen={openRow}
              onKeyDown={keyOnRow}
            />
          )}
        />
      </table>
    </div>
  );
}

const InterviewRow = memo(function InterviewRow({
  interview,
  index,
  measure,
  selected,
  tabStop,
  onOpen,
  onKeyDown,
}: {
  interview: InterviewSummary;
  index: number;
  measure: (element: Element | null) => void;
  selected: boolean;
  tabStop: boolean;
  onOpen: (interviewId: string) => void;
  onKeyDown: (index: number, event: KeyboardEvent) => void;
}) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const date = dateOf(interview);
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={selected ? 'row-selected' : undefined}>
      <th scope="row" className="mono person-code">
        {interview.personCode}
      </th>
      <td>
        <span className={`status-pill status-${interview.status}`}>
          {t(`labels.interviewStatus.${interview.status}`)}
        </span>
      </td>
      <td>
        {date ? (
          <time dateTime={date}>{instantText(date)}</time>
        ) : (
          <span className="muted">{t('interviews.table.noDate')}</span>
        )}
      </td>
      <td>
        {t(`labels.placeType.${interview.placeType}`)}
        <span className="cell-sub">
          {interview.private ? t('interviews.table.private') : t('interviews.table.notPrivate')}
        </span>
      </td>
      <td>
        {interview.versions === 0 ? (
          <span className="muted">{t('interviews.table.notSigned')}</span>
        ) : (
          interview.versions
        )}
      </td>
      <td className="cell-action">
        <button
          type="button"
          className="button button-secondary button-small"
          data-row-focus
          tabIndex={tabStop ? 0 : -1}
          aria-current={selected ? 'true' : undefined}
          onClick={() => onOpen(interview.id)}
          onKeyDown={(event) => onKeyDown(index, event)}
          aria-label={t('interviews.table.openLabel', {
            code: interview.personCode,
            when: date ? instantText(date) : t('interviews.table.noDate'),
          })}
        >
          {t('interviews.table.open')}
        </button>
      </td>
    </tr>
  );
});
