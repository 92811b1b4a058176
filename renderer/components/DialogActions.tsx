import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DialogActionsProps {
  submitLabel: ReactNode;
  /** Defaults to the shared "Cancel". */
  cancelLabel?: ReactNode;
  busy: boolean;
  onCancel: () => void;
  /** `danger` for an act that removes something. */
  tone?: 'primary' | 'danger';
  /** Blocks submitting for a reason other than `busy`. */
  submitDisabled?: boolean;
}

/** The footer of a form, in a dialog or inline: Cancel, then the submit button, both held while the request runs. */
export function DialogActions({
  submitLabel,
  cancelLabel,
  busy,
  onCancel,
  tone = 'primary',
  submitDisabled = false,
}: DialogActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
        {cancelLabel ?? t('common.cancel')}
      </button>
      <button
        type="submit"
        className={`button button-${tone}`}
        disabled={busy || submitDisabled}
        aria-busy={busy || undefined}
      >
        {submitLabel}
      </button>
    </div>
  );
}
