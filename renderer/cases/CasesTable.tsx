import { memo, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../shared/contract/cases.js';
import { CodeList } from '../components/CodeList.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { displayLocale, formatWrittenDate } from '../components/format-dates.js';
import { StatusBadge, UrgentBadge } from '../components/StatusBadge.js';
import { COMPACT_TICK_MS, DeadlineGlance } from '../deadlines/CaseBenchmarks.js';
import { useNow } from '../deadlines/use-now.js';
import { useVirtualTable } from '../components/use-virtual-table.js';
import { VirtualTableBody } from '../components/VirtualTableBody.js';
import { nextSort, type CasesQuery, type SortKey } from './cases-query.js';

const COLUMNS = 8;
/** A row with its title and badges on two lines, in pixels, until measured. */
const ROW_HEIGHT = 56;

/**
 * The cases as a dense table, as loaded so far (`items`, of `matching`): only the rows in view
 * are drawn, and more are asked for (`onNearEnd`) as the end comes into view; End goes on to the
 * last matching case. The selected row (the case moved to) stays marked; one row at a time is in
 * the Tab order and the arrows move between rows. Victims appear only as pseudonym codes; the
 * core sends nothing more.
 */
export function CasesTable({
  items,
  matching,
  selectedId,
  sort,
  onSort,
  onSelect,
  onOpen,
  onNearEnd,
  caption,
}: {
  items: readonly CaseListItem[];
  matching: number;
  selectedId: string | null;
  sort: CasesQuery['sort'];
  onSort: (sort: CasesQuery['sort']) => void;
  onSelect: (caseId: string) => void;
  onOpen: (caseId: string) => void;
  onNearEnd: () => void;
  caption: string;
}) {
  const { t } = useTranslation();
  const now = useNow(COMPACT_TICK_MS);
  const { scrollRef, virtual, tabStop, openRow, keyOnRow } = useVirtualTable({
    rows: items,
    matching,
    selectedId,
    estimateSize: ROW_HEIGHT,
    // Another order or filter (a new table) starts at the top.
    scrollToSelected: false,
    onSelect,
    onOpen,
    onNearEnd,
  });

  const sortable = (by: SortKey, label: ReactNode, className?: string) => {
    const active = sort.by === by;
    return (
      <th
        scope="col"
        className={className}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, by))}>
          {label}
          <span className={`sort-arrow${active ? ' is-active' : ''}`} aria-hidden="true">
            {active && sort.direction === 'asc' ? '▲' : '▼'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll cases-list-scroll" ref={scrollRef}>
      <table className="table table-dense cases-table" aria-rowcount={matching + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {sortable('reference', t('cases.columns.reference'))}
            <th scope="col">{t('cases.columns.title')}</th>
            {sortable('status', t('caseFile.fields.status'))}
            <th scope="col">{t('caseFile.list.classification')}</th>
            {sortable('urgent', t('caseFile.fields.urgentShort'), 'col-narrow')}
            {sortable('dateReceived', t('caseFile.list.received'))}
            <th scope="col">{t('caseFile.list.victims')}</th>
            <th scope="col" className="col-narrow">
              <abbr title={t('caseFile.list.blockingLong')}>{t('caseFile.list.blocking')}</abbr>
            </th>
          </tr>
        </thead>
        <VirtualTableBody
          rows={items}
          virtual={virtual}
          columns={COLUMNS}
          renderRow={(item, index) => (
            <CaseRow
              item={item}
              index={index}
              now={now}
              measure={virtual.measure}
              selected={item.id === selectedId}
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

const CaseRow = memo(function CaseRow({
  item,
  index,
  now,
  measure,
  selected,
  tabStop,
  onOpen,
  onKeyDown,
}: {
  item: CaseListItem;
  index: number;
  now: number;
  measure: (element: Element | null) => void;
  selected: boolean;
  tabStop: boolean;
  onOpen: (caseId: string) => void;
  onKeyDown: (index: number, event: KeyboardEvent) => void;
}) {
  const { t, i18n } = useTranslation();
  const classes = ['clickable-row', item.archived ? 'is-archived' : '', selected ? 'row-selected' : '']
    .filter(Boolean)
    .join(' ');
  return (
    // The row is a larger click target for the mouse; the title button is the keyboard's way in.
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={classes} onClick={() => onOpen(item.id)}>
      <td className="mono nowrap">{item.reference}</td>
      <td className="cell-title">
        <button
          type="button"
          className="button-row-link"
          data-row-focus
          tabIndex={tabStop ? 0 : -1}
          aria-current={selected ? 'true' : undefined}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(item.id);
          }}
          onKeyDown={(event) => onKeyDown(index, event)}
        >
          <span className="user-text">{item.title}</span>
        </button>
        <span className="cell-badges">
          <span className="cell-entity">{item.entity}</span>
          <ConfidentialityBadge level={item.confidentiality} short />
          {item.archived && <span className="badge">{t('caseFile.list.archived')}</span>}
          {/* The most urgent open deadline, overdue ones in red: seen without opening the case. */}
          {item.nextDeadline && (
            <span className="cell-deadline">
              <span className="visually-hidden">{t('caseFile.list.nextDeadline')}</span>
              <DeadlineGlance item={{ ...item.nextDeadline, closedAt: null }} now={now} />
            </span>
          )}
        </span>
      </td>
      <td>
        <StatusBadge status={item.status} />
      </td>
      <td>
        {(item.category ?? item.subtype) ? (
          <>
            {item.category && <span className="category-code">{item.category}</span>}
            {item.subtype && <span className="subtype">{t(`labels.caseSubtype.${item.subtype}`)}</span>}
          </>
        ) : (
          <span className="muted">{t('caseFile.list.unclassified')}</span>
        )}
      </td>
      <td className="col-narrow">
        {item.urgent ? <UrgentBadge /> : <span className="visually-hidden">{t('caseFile.common.no')}</span>}
      </td>
      <td className="nowrap">
        <time dateTime={item.dateReceived}>{formatWrittenDate(displayLocale(i18n.language), item.dateReceived)}</time>
      </td>
      <td className="mono">
        {item.victimCodes.length > 0 ? <CodeList codes={item.victimCodes} /> : <span className="muted">{'—'}</span>}
      </td>
      <td className="col-narrow">
        <span className={`count-pill${item.blockingFindings > 0 ? ' count-pill-block' : ''}`}>
          {item.blockingFindings}
        </span>
      </td>
    </tr>
  );
});
