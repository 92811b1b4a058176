import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedFile } from '../../shared/contract/evidence.js';
import type { ApiError } from '../../shared/contract/index.js';
import type { LetterEntry, LetterFormat } from '../../shared/contract/letters.js';
import { useApi } from '../api/context.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { SelectField } from '../components/SelectField.js';
import { kindLabel } from './letter-labels.js';

/** Writing one stored letter out of the vault: the copy is not encrypted, said plainly; audited by the core. */
export function ExportLetterDialog({ letter, onClose }: { letter: LetterEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [format, setFormat] = useState<LetterFormat>(letter.outputs[0]?.format ?? 'pdf');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<Extract<SavedFile, { cancelled: false }> | null>(null);

  async function exportNow() {
    setBusy(true);
    setError(null);
    const result = await api.letters.export({ letterId: letter.id, format });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else if (!result.value.cancelled) setSaved(result.value);
  }

  return (
    <Dialog
      title={t('letters.export.title', { kind: kindLabel(t, letter.kind) })}
      onClose={onClose}
      busy={busy}
      size="narrow"
    >
      {saved ? (
        <>
          <p className="alert alert-success" role="status">
            {t('letters.export.done')}
          </p>
          <p className="export-path mono">{saved.path}</p>
          <p className="muted">{t('letters.export.reminder')}</p>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('letters.common.close')}
            </button>
          </div>
        </>
      ) : (
        <>
          <SelectField
            label={t('letters.export.format')}
            value={format}
            options={letter.outputs.map((output) => ({ value: output.format, label: output.format.toUpperCase() }))}
            onChange={(value) => value && setFormat(value)}
          />
          <p className="alert alert-warning">{t('letters.export.warning')}</p>
          <p className="muted">{t('letters.export.audited')}</p>
          <ErrorAlert error={error} />
          <div className="actions">
            <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void exportNow()}
              disabled={busy}
              aria-busy={busy || undefined}
            >
              {t('letters.export.choose')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
