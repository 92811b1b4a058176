import type { ReactNode } from 'react';
import { Dialog } from './Dialog.js';
import { DialogActions } from './DialogActions.js';

interface ConfirmDialogProps {
  title: ReactNode;
  /** What will happen, in a sentence. */
  message: ReactNode;
  confirmLabel: ReactNode;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A narrow dialog that asks before an act that cannot be undone (a reset, say): the message,
 * then Cancel (focused first, the safe choice) and the act, both held while it runs.
 */
export function ConfirmDialog({ title, message, confirmLabel, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel} busy={busy} size="narrow">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onConfirm();
        }}
      >
        <p>{message}</p>
        <DialogActions submitLabel={confirmLabel} busy={busy} onCancel={onCancel} tone="danger" />
      </form>
    </Dialog>
  );
}
