import { memo, useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../shared/contract/search.js';
import { useVirtualTable } from '../components/use-virtual-table.js';
import { VirtualTableBody } from '../components/VirtualTableBody.js';
import { snippetParts } from './snippet.js';

const COLUMNS = 4;
/** A row with a line or two of matched text, in pixels, until measured. */
const ROW_HEIGHT = 52;
/** A hit is named by what it found: one record of one kind. */
const searchHitId = (hit: SearchHit): string => `${hit.kind}-${hit.recordId}`;

/**
 * The hits loaded so far (`hits`, of `matching`), best first, one row each with its case, the kind
 * of record, the record and the matched words: only the rows in view are drawn, and more are asked
 * for (`onNearEnd`) as the end comes into view. One row at a time is in the Tab order; the arrows,
 * Page Up, Page Down, Home and End move between rows, End loading on to the last hit. A row opens
 * its case.
 */
export function SearchResultsTable({
  hits,
  matching,
  onOpenCase,
  onNearEnd,
}: {
  hits: readonly SearchHit[];
  matching: number;
  onOpenCase: (caseId: string) => void;
  onNearEnd: () => void;
}) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const { scrollRef, virtual, tabStop, keyOnRow, moveTo } = useVirtualTable({
    rows: hits,
    matching,
    rowId: searchHitId,
    estimateSize: ROW_HEIGHT,
    onNearEnd,
  });

  return (
    <div className="table-scroll search-results-scroll" ref={scrollRef}>
      <table className="table table-dense search-results-table" aria-rowcount={matching + 1}>
        <caption className="visually-hidden">{t('caseFile.search.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('caseFile.search.columns.case')}</th>
            <th scope="col">{t('caseFile.search.columns.kind')}</th>
            <th scope="col">{t('caseFile.search.columns.item')}</th>
            <th scope="col">{t('caseFile.search.columns.match')}</th>
          </tr>
        </thead>
        <VirtualTableBody
          rows={hits}
          rowId={searchHitId}
          virtual={virtual}
          columns={COLUMNS}
          renderRow={(hit, index) => (
            <SearchHitRow
              hit={hit}
              index={index}
              idPrefix={idPrefix}
              measure={virtual.measure}
              tabStop={index === tabStop}
              onFocusRow={moveTo}
              onKeyDown={keyOnRow}
              onOpenCase={onOpenCase}
            />
          )}
        />
      </table>
    </div>
  );
}

const SearchHitRow = memo(function SearchHitRow({
  hit,
  index,
  idPrefix,
  measure,
  tabStop,
  onFocusRow,
  onKeyDown,
  onOpenCase,
}: {
  hit: SearchHit;
  index: number;
  idPrefix: string;
  measure: (element: Element | null) => void;
  tabStop: boolean;
  onFocusRow: (index: number) => void;
  onKeyDown: (index: number, event: KeyboardEvent) => void;
  onOpenCase: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  // The button names the case it opens; what was found there is read after it.
  const found = `${idPrefix}-${index}`;
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <th scope="row" className="nowrap">
        <button
          type="button"
          className="button button-link mono"
          data-row-focus
          tabIndex={tabStop ? 0 : -1}
          aria-label={t('caseFile.search.openLabel', { reference: hit.caseReference })}
          aria-describedby={`${found}-kind ${found}-item ${found}-match`}
          onFocus={() => onFocusRow(index)}
          onClick={() => onOpenCase(hit.caseId)}
          onKeyDown={(event) => onKeyDown(index, event)}
        >
          {hit.caseReference}
        </button>
      </th>
      <td id={`${found}-kind`} className="search-hit-kind">
        {t(`caseFile.search.kinds.${hit.kind}`)}
      </td>
      <td id={`${found}-item`} className="search-hit-label">
        {hit.label}
      </td>
      <td id={`${found}-match`} className="search-snippet">
        {snippetParts(hit.snippet).map((part, index) =>
          part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
        )}
      </td>
    </tr>
  );
});
