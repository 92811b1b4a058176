import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../shared/contract/cases.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { displayLocale, formatWrittenDate } from '../components/format-dates.js';
import { StatusBadge, UrgentBadge } from '../components/StatusBadge.js';
import { COMPACT_TICK_MS, DeadlineGlance } from '../deadlines/CaseBenchmarks.js';
import { useNow } from '../deadlines/use-now.js';
import { nextSort, type CasesQuery, type SortKey } from './cases-query.js';

/** The cases as a dense table. Victims appear only as pseudonym codes; the core sends nothing more. */
export function CasesTable({
  items,
  sort,
  onSort,
  onOpen,
  caption,
}: {
  items: CaseListItem[];
  sort: CasesQuery['sort'];
  onSort: (sort: CasesQuery['sort']) => void;
  onOpen: (item: CaseListItem) => void;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow(COMPACT_TICK_MS);

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
    <div className="table-scroll">
      <table className="table table-dense cases-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
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
        <tbody>
          {items.map((item) => (
            // The row is a larger click target for the mouse; the title button is the keyboard's way in.
            <tr
              key={item.id}
              className={`clickable-row${item.archived ? ' is-archived' : ''}`}
              onClick={() => onOpen(item)}
            >
              <td className="mono nowrap">{item.reference}</td>
              <td className="cell-title">
                <button
                  type="button"
                  className="button-row-link"
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(item);
                  }}
                >
                  {item.title}
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
                <time dateTime={item.dateReceived}>
                  {formatWrittenDate(displayLocale(i18n.language), item.dateReceived)}
                </time>
              </td>

              <td className="mono">
                {item.victimCodes.length > 0 ? item.victimCodes.join(', ') : <span className="muted">{'—'}</span>}
              </td>
              <td className="col-narrow">
                <span className={`count-pill${item.blockingFindings > 0 ? ' count-pill-block' : ''}`}>
                  {item.blockingFindings}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
