import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../shared/contract/timeline.js';
import { useApi } from '../api/context.js';
import { ReasonDialog } from '../components/ReasonDialog.js';

/** Removes a manual event from the chronology, with a reason; the vault and the audit trail keep it. */
export function RemoveEventDialog({
  entry,
  onClose,
  onRemoved,
}: {
  entry: TimelineEntry;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();

  return (
    <ReasonDialog
      title={t('timeline.remove.heading', { title: entry.title })}
      intro={t('timeline.remove.intro')}
      reasonLabel={t('timeline.remove.reason')}
      reasonRequired={t('timeline.remove.reasonRequired')}
      submitLabel={t('timeline.remove.submit')}
      tone="danger"
      submit={(reason) => api.timeline.remove({ eventId: entry.id, reason })}
      onClose={onClose}
      onDone={() => onRemoved()}
    />
  );
}
