import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/index.js';
import type { TimelineEntry } from '../../shared/contract/timeline.js';
import { useApi } from '../api/context.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { TextField } from '../components/TextField.js';

/** Removes a manual event from the chronology, with a reason; the vault and the audit trail keep it. */
export function RemoveEventDialog({ entry, onClose, onRemoved }: { entry: TimelineEntry; onClose: () => void; onRemoved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
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
    const result = await api.timeline.remove({ eventId: entry.id, reason: reason.trim() });
    setBusy(false);
    if (result.ok) onRemoved();
    else setRefusal(result.error);
  }

  return (
    <Dialog title={t('timeline.remove.heading', { title: entry.title })} intro={t('timeline.remove.intro')} onClose={onClose} busy={busy} size="narrow">
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('timeline.remove.reason')}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setReasonMissing(false);
          }}
          error={reasonMissing ? t('timeline.remove.reasonRequired') : undefined}
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
          <button type="submit" className="button button-danger" disabled={busy} aria-busy={busy || undefined}>
            {t('timeline.remove.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
