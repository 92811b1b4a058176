import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/contract/audit.js';
import { useInstantText, useMissionTimeZone } from '../components/mission-time.js';
import { useVirtualTable } from '../components/use-virtual-table.js';
import { VirtualTableBody } from '../components/VirtualTableBody.js';
import { auditActionText, auditDetailsText } from './audit-text.js';

const COLUMNS = 6;
/** A row with its details on a second line, in pixels, until measured. */
const ROW_HEIGHT = 44;
/** An audit row is named by its number. */
const auditRowId = (entry: AuditEntry): string => String(entry.seq);

/**
 * The audit rows loaded so far (`rows`, of `matching`), newest first: only those in view are
 * drawn, and more are asked for (`onNearEnd`) as the end comes into view. The row a check found
 * broken is marked. One row at a time is in the Tab order (by its number); the arrows, Page Up,
 * Page Down, Home and End move between rows, End loading on to the oldest.
 */
export function AuditTable({
  rows,
  matching,
  brokenSeq,
  onNearEnd,
}: {
  rows: readonly AuditEntry[];
  matching: number;
  brokenSeq: number | null;
  onNearEnd: () => void;
}) {
  const { t } = useTranslation();
  const { scrollRef, virtual, tabStop, keyOnRow, moveTo } = useVirtualTable({
    rows,
    matching,
    rowId: auditRowId,
    estimateSize: ROW_HEIGHT,
    onNearEnd,
  });

  return (
    <div className="table-scroll audit-scroll" ref={scrollRef}>
      <table className="table table-dense audit-table" aria-rowcount={matching + 1}>
        <caption className="visually-hidden">{t('caseFile.audit.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="col-narrow">
              {t('caseFile.audit.seq')}
            </th>
            <th scope="col">{t('caseFile.audit.when')}</th>
            <th scope="col">{t('caseFile.audit.actor')}</th>
            <th scope="col">{t('caseFile.audit.action')}</th>
            <th scope="col">{t('caseFile.audit.target')}</th>
            <th scope="col">{t('caseFile.audit.hash')}</th>
          </tr>
        </thead>
        <VirtualTableBody
          rows={rows}
          rowId={auditRowId}
          virtual={virtual}
          columns={COLUMNS}
          renderRow={(entry, index) => (
            <AuditRow
              entry={entry}
              index={index}
              measure={virtual.measure}
              broken={entry.seq === brokenSeq}
              tabStop={index === tabStop}
              onFocusRow={moveTo}
              onKeyDown={keyOnRow}
            />
          )}
        />
      </table>
    </div>
  );
}

const AuditRow = memo(function AuditRow({
  entry,
  index,
  measure,
  broken,
  tabStop,
  onFocusRow,
  onKeyDown,
}: {
  entry: AuditEntry;
  index: number;
  measure: (element: Element | null) => void;
  broken: boolean;
  tabStop: boolean;
  onFocusRow: (index: number) => void;
  onKeyDown: (index: number, event: KeyboardEvent) => void;
}) {
  const { t, i18n } = useTranslation();
  const zone = useMissionTimeZone();
  const instantText = useInstantText();
  const details = auditDetailsText(t, i18n.language, zone, entry.action, entry.details);
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={broken ? 'is-broken' : undefined}>
      <th
        scope="row"
        className="mono col-narrow"
        data-row-focus
        tabIndex={tabStop ? 0 : -1}
        onFocus={() => onFocusRow(index)}
        onKeyDown={(event) => onKeyDown(index, event)}
      >
        {entry.seq}
      </th>
      <td className="nowrap">
        <time dateTime={entry.at}>{instantText(entry.at)}</time>
      </td>
      <td>{entry.actor}</td>
      <td>
        {auditActionText(t, entry.action)}
        {details && <span className="audit-details">{details}</span>}
      </td>
      <td className="mono nowrap">
        {entry.target ? (entry.target.label ?? entry.target.kind) : <span className="muted">{'—'}</span>}
      </td>
      <td className="mono">
        <abbr title={entry.hash}>{entry.hash.slice(0, 12)}</abbr>
      </td>
    </tr>
  );
});
