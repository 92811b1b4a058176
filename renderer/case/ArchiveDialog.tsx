import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../shared/contract/cases.js';
import type { ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { TextField } from '../components/TextField.js';

/** Archive a case (it leaves the default list; nothing is deleted), or bring it back; both with a reason. */
export function ArchiveDialog({ record, onClose, onDone }: { record: CaseRecord; onClose: () => void; onDone: (record: CaseRecord) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const archiving = record.archived === null;
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    setBusy(true);
    setRefusal(null);
    const result = await api.cases.archive({ caseId: record.id, archived: archiving, reason: reason.trim() });
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setRefusal(result.error);
  }

  return (
    <Dialog
      title={archiving ? t('caseFile.archive.archiveHeading') : t('caseFile.archive.restoreHeading')}
      intro={archiving ? t('caseFile.archive.archiveIntro') : t('caseFile.archive.restoreIntro')}
      onClose={onClose}
      busy={busy}
      size="narrow"
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('caseFile.archive.reason')}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setReasonMissing(false);
          }}
          error={reasonMissing ? t('caseFile.status.reasonRequired') : undefined}
          rows={3}
          maxLength={5_000}
          required
          autoFocus
          disabled={busy}
        />
        <ErrorAlert error={refusal} />
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
            {archiving ? t('caseFile.archive.archive') : t('caseFile.archive.restore')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
