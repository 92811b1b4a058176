import { Fragment, memo, useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/contract/audit.js';
import { displayLocale, formatInstant } from '../components/format-dates.js';
import { useVirtualRows } from '../components/use-virtual-rows.js';
import { VirtualSpacerRow } from '../components/VirtualSpacerRow.js';
import { auditActionText, auditDetailsText } from './audit-text.js';

const COLUMNS = 6;
/** A row with its details on a second line, in pixels, until measured. */
const ROW_HEIGHT = 44;

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
  const scrollRef = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);
  const virtual = useVirtualRows({
    count: rows.length,
    scrollRef,
    estimateSize: ROW_HEIGHT,
    onNearEnd,
    matching,
    onFollowEnd: setCurrent,
    keepFocusedDrawn: true,
  });
  // The rows' handler stays the same function from frame to frame, so a row already drawn is not
  // drawn again while scrolling: only those coming into view are.
  const latest = useRef(virtual.onRowKeyDown);
  useLayoutEffect(() => {
    latest.current = virtual.onRowKeyDown;
  });
  const keyOnRow = useCallback((index: number, event: KeyboardEvent) => {
    const to = latest.current(index, event);
    if (to !== null) setCurrent(to);
  }, []);
  const drawn = virtual.rows.map((row) => row.index);
  // The row the Tab key reaches: the one last moved to if drawn, else the first drawn.
  const tabStop = drawn.includes(current) ? current : (drawn[0] ?? -1);

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
        <tbody>
          {virtual.before > 0 && <VirtualSpacerRow height={virtual.before} columns={COLUMNS} />}
          {virtual.rows.map(({ index }, position) => {
            const entry = rows[index]!;
            const gap = virtual.gapBefore(position);
            return (
              <Fragment key={entry.seq}>
                {gap > 0 && <VirtualSpacerRow height={gap} columns={COLUMNS} />}
                <AuditRow
                  entry={entry}
                  index={index}
                  measure={virtual.measure}
                  broken={entry.seq === brokenSeq}
                  tabStop={index === tabStop}
                  onFocusRow={setCurrent}
                  onKeyDown={keyOnRow}
                />
              </Fragment>
            );
          })}
          {virtual.after > 0 && <VirtualSpacerRow height={virtual.after} columns={COLUMNS} />}
        </tbody>
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
  const locale = displayLocale(i18n.language);
  const details = auditDetailsText(t, locale, entry.details);
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
        <time dateTime={entry.at}>{formatInstant(locale, entry.at)}</time>
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
