import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedFile } from '../../shared/contract/evidence.js';
import type { ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { Dialog } from '../components/Dialog.js';
import { ExportSaved, ExportWarning } from '../components/ExportSteps.js';
import { formatBytes } from './transfer-figures.js';

/**
 * Taking a file's content out of the vault: an explicit act, said plainly — the copy written is
 * not encrypted — and audited by the core. The content is checked against its SHA-256 on the way.
 */
export function ExportContentDialog({
  itemId,
  itemNumber,
  content,
  onClose,
  onFinished,
}: {
  itemId: string;
  itemNumber: string;
  content: { id: string; fileName: string; size: number };
  onClose: () => void;
  /** A failed check flags the file: the item is shown again as it now is. */
  onFinished: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<Extract<SavedFile, { cancelled: false }> | null>(null);

  async function exportNow() {
    setBusy(true);
    setError(null);
    const result = await api.evidence.export({ itemId, contentId: content.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      onFinished();
      return;
    }
    if (!result.value.cancelled) {
      setSaved(result.value);
      onFinished();
    }
  }

  return (
    <Dialog
      title={t('evidence.export.title', { number: itemNumber, file: content.fileName })}
      onClose={onClose}
      busy={busy}
      size="narrow"
    >
      {saved ? (
        <ExportSaved
          done={t('evidence.export.done', { size: formatBytes(i18n.language, saved.size) })}
          path={saved.path}
          reminder={t('evidence.export.doneReminder')}
          closeLabel={t('evidence.export.close')}
          onClose={onClose}
        />
      ) : (
        <ExportWarning
          warning={t('evidence.export.warning')}
          audited={t('evidence.export.audited')}
          error={error}
          chooseLabel={t('evidence.export.choose')}
          busy={busy}
          onChoose={() => void exportNow()}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}
