import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../shared/contract/cases.js';
import { useApi } from '../api/context.js';
import { ReasonDialog } from '../components/ReasonDialog.js';

/** Archive a case (it leaves the default list; nothing is deleted), or bring it back; both with a reason. */
export function ArchiveDialog({
  record,
  onClose,
  onDone,
}: {
  record: CaseRecord;
  onClose: () => void;
  onDone: (record: CaseRecord) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const archiving = record.archived === null;

  return (
    <ReasonDialog
      title={archiving ? t('caseFile.archive.archiveHeading') : t('caseFile.archive.restoreHeading')}
      intro={archiving ? t('caseFile.archive.archiveIntro') : t('caseFile.archive.restoreIntro')}
      reasonLabel={t('caseFile.archive.reason')}
      reasonRequired={t('caseFile.status.reasonRequired')}
      submitLabel={archiving ? t('caseFile.archive.archive') : t('caseFile.archive.restore')}
      submit={(reason) => api.cases.archive({ caseId: record.id, archived: archiving, reason })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
