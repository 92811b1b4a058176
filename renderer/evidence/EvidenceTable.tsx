import { useTranslation } from 'react-i18next';
import type { EvidenceSummary } from '../../shared/contract/evidence.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { formatInstant } from '../people/local-time.js';
import { IntegrityBadge } from './IntegrityBadge.js';
import { formatBytes } from './transfer-figures.js';

/** The evidence log of a case, by number. A row whose content failed its check is flagged. */
export function EvidenceTable({
  items,
  onOpen,
}: {
  items: readonly EvidenceSummary[];
  onOpen: (itemId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div className="table-scroll">
      <table className="table table-dense evidence-table">
        <caption className="visually-hidden">{t('evidence.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evidence.list.number')}</th>
            <th scope="col">{t('evidence.list.typeAndDescription')}</th>
            <th scope="col">{t('evidence.list.collected')}</th>
            <th scope="col">{t('evidence.list.role')}</th>
            <th scope="col">{t('evidence.list.status')}</th>
            <th scope="col">{t('evidence.list.storage')}</th>
            <th scope="col">{t('evidence.list.files')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.integrity === 'failed' ? 'row-flagged' : undefined}>
              <th scope="row" className="evidence-number">
                <button
                  type="button"
                  className="button button-link evidence-open"
                  onClick={() => onOpen(item.id)}
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
                <span className="evidence-description">{item.description}</span>
              </td>
              <td>
                <span className="nowrap">{formatInstant(item.collectedAt, language, item.timeZone)}</span>
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
