import { useTranslation } from 'react-i18next';
import { isClosedStatus, type CaseStatus } from '../../shared/domain/case.js';

/** A case's status; closed ones look settled, open ones active. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-status ${isClosedStatus(status) ? 'badge-closed' : 'badge-open'}`}>
      {t(`labels.caseStatus.${status}`)}
    </span>
  );
}

/** The urgent flag as a compact marker with its word, never colour alone. */
export function UrgentBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-urgent">{t('caseFile.fields.urgentShort')}</span>;
}
