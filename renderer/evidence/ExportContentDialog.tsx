import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedFile } from '../../shared/contract/evidence.js';
import type { ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
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
    <Dialog title={t('evidence.export.title', { number: itemNumber, file: content.fileName })} onClose={onClose} busy={busy} size="narrow">
      {saved ? (
        <>
          <p className="alert alert-success" role="status">
            {t('evidence.export.done', { size: formatBytes(i18n.language, saved.size) })}
          </p>
          <p className="export-path mono">{saved.path}</p>
          <p className="muted">{t('evidence.export.doneReminder')}</p>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('evidence.export.close')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="alert alert-warning">{t('evidence.export.warning')}</p>
          <p className="muted">{t('evidence.export.audited')}</p>
          <ErrorAlert error={error} />
          <div className="actions">
            <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button button-primary" onClick={() => void exportNow()} disabled={busy} aria-busy={busy || undefined}>
              {t('evidence.export.choose')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
