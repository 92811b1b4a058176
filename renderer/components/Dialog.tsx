import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { returnFocus } from './return-focus.js';

/** Where focus goes when the opener is gone: the heading of the region it was in. */
const FALLBACK_REGIONS = 'dialog, [role="tabpanel"], article, main';

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
 * Opening focuses its first control, as the WAI-ARIA dialog pattern asks: so a form puts the
 * field to start in first, and a confirmation of something that cannot be undone its safe button
 * (Cancel) first. When it goes (Cancel, Escape, submitted), focus goes back to the control that
 * opened it.
 */
export function Dialog({ title, intro, onClose, busy = false, size = 'normal', children }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const introId = useId();
  // Read while rendering, before anything in the dialog can take focus.
  const [opener] = useState(() => document.activeElement);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    const from = opener instanceof HTMLElement && opener !== document.body ? opener : null;
    const region = from?.closest<HTMLElement>(FALLBACK_REGIONS) ?? null;
    return () => {
      // React removes the element before this runs; a removed modal dialog restores nothing itself.
      dialog?.close();
      returnFocus(dialog, from, region);
    };
  }, [opener]);

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
