import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceSummary } from '../../shared/contract/evidence.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { useVirtualTable } from '../components/use-virtual-table.js';
import { VirtualTableBody } from '../components/VirtualTableBody.js';
import { useInstantText } from '../components/mission-time.js';
import { IntegrityBadge } from './IntegrityBadge.js';
import { formatBytes } from './transfer-figures.js';

const COLUMNS = 7;
/** A row with a second line under its cells, in pixels, until measured. */
const ROW_HEIGHT = 58;

/**
 * The evidence log of a case, as loaded so far (`rows`, of `matching`): only the rows in view are
 * drawn, and more are asked for (`onNearEnd`) as the end comes into view. A row whose content
 * failed its check is flagged; the selected row (the one last opened or moved to) stays marked
 * whatever page it came in. One row at a time is in the Tab order; the arrows move between rows.
 */
export function EvidenceTable({
  rows,
  matching,
  selectedId,
  onSelect,
  onOpen,
  onNearEnd,
}: {
  rows: readonly EvidenceSummary[];
  matching: number;
  selectedId: string | null;
  onSelect: (itemId: string) => void;
  onOpen: (itemId: string) => void;
  onNearEnd: () => void;
}) {
  const { t } = useTranslation();
  const { scrollRef, virtual, tabStop, openRow, keyOnRow } = useVirtualTable({
    rows,
    matching,
    selectedId,
    estimateSize: ROW_HEIGHT,
    onSelect,
    onOpen,
    onNearEnd,
  });

  return (
    <div className="table-scroll evidence-log-scroll" ref={scrollRef}>
      <table className="table table-dense evidence-table" aria-rowcount={matching + 1}>
        <caption className="visually-hidden">{t('evidence.list.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('evidence.list.number')}</th>
            <th scope="col">{t('evidence.list.typeAndDescription')}</th>
            <th scope="col">{t('evidence.list.collected')}</th>
            <th scope="col">{t('evidence.list.role')}</th>
            <th scope="col">{t('evidence.list.status')}</th>
            <th scope="col">{t('evidence.list.storage')}</th>
            <th scope="col">{t('evidence.list.files')}</th>
          </tr>
        </thead>
        <VirtualTableBody
          rows={rows}
          virtual={virtual}
          columns={COLUMNS}
          renderRow={(item, index) => (
            <EvidenceRow
              item={item}
              index={index}
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

const EvidenceRow = memo(function EvidenceRow({
  item,
  index,
  measure,
  selected,
  tabStop,
  onOpen,
  onKeyDown,
}: {
  item: EvidenceSummary;
  index: number;
  measure: (element: Element | null) => void;
  selected: boolean;
  tabStop: boolean;
  onOpen: (itemId: string) => void;
  onKeyDown: (index: number, event: KeyboardEvent) => void;
}) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const language = i18n.language;
  const classes = [item.integrity === 'failed' ? 'row-flagged' : '', selected ? 'row-selected' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={classes || undefined}>
      <th scope="row" className="evidence-number">
        <button
          type="button"
          className="button button-link evidence-open"
          data-row-focus
          tabIndex={tabStop ? 0 : -1}
          aria-current={selected ? 'true' : undefined}
          onClick={() => onOpen(item.id)}
          onKeyDown={(event) => onKeyDown(index, event)}
          aria-label={t('evidence.list.openLabel', { number: item.number })}
        >
          {item.number}
        </button>
      </th>
      <td className="evidence-what">
        <span className="evidence-type">{t(`labels.evidenceType.${item.type}`)}</span>
        {item.markers.map((marker) => (
          <span key={marker} className="badge badge-marker">
            {t(`labels.evidenceMarker.${marker}`)}
          </span>
        ))}
        <span className="evidence-description user-text">{item.description}</span>
      </td>
      <td>
        <span className="nowrap">{instantText(item.collectedAt, item.timeZone)}</span>
        {item.collectedBy && (
          <span className="cell-sub">{t('evidence.list.collectedBy', { by: item.collectedBy })}</span>
        )}
      </td>
      <td>
        {item.copyRole === 'working_copy' && item.originalNumber ? (
          <>
            {t('evidence.list.copyOf')} <span className="nowrap">{item.originalNumber}</span>
          </>
        ) : (
          t(`labels.copyRole.${item.copyRole}`)
        )}
      </td>
      <td>
        <span className={`badge badge-evidence-status badge-evidence-${item.status}`}>
          {t(`labels.evidenceStatus.${item.status}`)}
        </span>
        <span className="cell-sub">
          <ConfidentialityBadge level={item.confidentiality} short />
        </span>
      </td>
      <td className="evidence-storage">
        {item.storageLocation === '' ? (
          <span className="muted">{t('evidence.list.noStorage')}</span>
        ) : (
          item.storageLocation
        )}
      </td>
      <td>
        {item.contentCount === 0 ? (
          <span className="muted">{t('evidence.list.noFiles')}</span>
        ) : (
          <>
            <span className="nowrap">
              {t('evidence.list.fileCount', {
                n: item.contentCount,
                size: formatBytes(language, item.contentBytes),
              })}
            </span>
            <span className="cell-sub">
              <IntegrityBadge integrity={item.integrity} />
            </span>
          </>
        )}
      </td>
    </tr>
  );
});
