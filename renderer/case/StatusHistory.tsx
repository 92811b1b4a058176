import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../shared/domain/case.js';
import type { MessageParams } from '../../shared/i18n/catalogue.js';
import { statusReasonText } from '../../shared/i18n/status-reasons.js';
import { useInstantText } from '../components/mission-time.js';

/** Every status change, newest first; the history is appended to, never edited. */
export function StatusHistory({ history }: { history: readonly StatusChange[] }) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const newestFirst = [...history].reverse();
  const translate = t as unknown as (key: string, options?: object) => string;
  const say = (key: string, params?: MessageParams) => translate(`messages.${key}`, params);
  return (
    <table className="table table-dense">
      <caption className="visually-hidden">{t('caseFile.status.historyCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('caseFile.status.when')}</th>
          <th scope="col">{t('caseFile.status.from')}</th>
          <th scope="col">{t('caseFile.status.to')}</th>
          <th scope="col">{t('caseFile.status.reason')}</th>
          <th scope="col">{t('caseFile.status.closureGround')}</th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((change) => (
          <tr key={`${change.at}-${change.to}`}>
            <td className="nowrap">
              <time dateTime={change.at}>{instantText(change.at)}</time>
            </td>
            <td>
              {change.from ? (
                t(`labels.caseStatus.${change.from}`)
              ) : (
                <span className="muted">{t('caseFile.status.opened')}</span>
              )}
            </td>
            <td>{t(`labels.caseStatus.${change.to}`)}</td>
            <td className="prewrap">{statusReasonText(say, change.reason)}</td>
            <td>
              {change.closureGround ? (
                t(`labels.closureGround.${change.closureGround}`)
              ) : (
                <span className="muted">{'—'}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
