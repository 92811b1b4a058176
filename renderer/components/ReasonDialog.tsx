import { useState, type FormEvent, type ReactNode } from 'react';
import type { Result } from '../../shared/contract/index.js';
import { Dialog } from './Dialog.js';
import { DialogActions } from './DialogActions.js';
import { ErrorAlert } from './ErrorAlert.js';
import { ErrorSummary } from './ErrorSummary.js';
import { TextField } from './TextField.js';
import { useSubmit } from './use-submit.js';

export interface ReasonDialogProps<T> {
  title: ReactNode;
  intro: ReactNode;
  reasonLabel: string;
  /** Shown under the field when submitted empty. */
  reasonRequired: string;
  submitLabel: ReactNode;
  tone?: 'primary' | 'danger';
  /** Sends the trimmed, non-empty reason to the core. */
  submit: (reason: string) => Promise<Result<T>>;
  onClose: () => void;
  onDone: (value: T) => void;
}

/** A narrow dialog whose only field is the reason the core records with the act (archive, removal). */
export function ReasonDialog<T>({
  title,
  intro,
  reasonLabel,
  reasonRequired,
  submitLabel,
  tone = 'primary',
  submit,
  onClose,
  onDone,
}: ReasonDialogProps<T>) {
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const { busy, error: refusal, send } = useSubmit();

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    await send(() => submit(reason.trim()), onDone);
  }

  return (
    <Dialog title={title} intro={intro} onClose={onClose} busy={busy} size="narrow">
      <form className="form" onSubmit={(event) => void confirm(event)} noValidate>
        <ErrorSummary />
        <TextField
          label={reasonLabel}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setReasonMissing(false);
          }}
          error={reasonMissing ? reasonRequired : undefined}
          rows={3}
          maxLength={5_000}
          required
          disabled={busy}
        />
        <ErrorAlert error={refusal} />
        <DialogActions submitLabel={submitLabel} busy={busy} onCancel={onClose} tone={tone} />
      </form>
    </Dialog>
  );
}
