import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: ReactNode;
  intro?: ReactNode;
  /** Escape and Cancel call this; ignored while `busy`. */
  onClose: () => void;
  busy?: boolean;
  /** `wide` for long forms (intake), `narrow` for a confirmation with a reason. */
  size?: 'narrow' | 'normal' | 'wide';
  children: ReactNode;
}

/**
 * A modal <dialog>: showModal() makes the rest of the page inert and traps focus, which a div
 * cannot do. It opens on mount and closes on unmount, so a parent shows it by rendering it.
 */
export function Dialog({ title, intro, onClose, busy = false, size = 'normal', children }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const introId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={`dialog dialog-${size}`}
      aria-labelledby={headingId}
      aria-describedby={intro ? introId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={headingId}>{title}</h2>
      {intro && (
        <p className="muted" id={introId}>
          {intro}
        </p>
      )}
      {children}
    </dialog>
  );
}
