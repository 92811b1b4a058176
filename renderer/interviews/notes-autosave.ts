import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, CasefileApi } from '../../shared/contract/index.js';
import type { RichText } from '../../shared/domain/rich-text.js';
import { registerUnsavedWork } from './unsaved-work.js';

/** How long typing must pause before the notes are saved. */
const AUTOSAVE_DELAY_MS = 1_000;

export type SaveStatus =
  | { kind: 'clean'; savedAt: string | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  | { kind: 'conflict' }
  | { kind: 'failed'; error: ApiError };

export interface NotesAutosave {
  status: SaveStatus;
  /** The editor changed: save after a pause in typing. */
  change: (notes: RichText) => void;
  /** Save now whatever is pending (blur, before signing, before lock); resolves when done. */
  flush: () => Promise<void>;
  /** Whether the last save went through and nothing is pending. */
  isSaved: () => boolean;
}

/**
 * Autosave of an interview's working notes: after a pause in typing, on blur, when the window is
 * hidden or closed, when the editor unmounts (a lock unmounts it) and before the app locks.
 * Every save names the revision it started from, so edits from another window are never
 * silently overwritten: the core answers CONFLICT and saving stops until the notes are reloaded.
 */
export function useNotesAutosave(
  api: CasefileApi,
  interviewId: string,
  start: { revision: number; savedAt: string | null },
): NotesAutosave {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'clean', savedAt: start.savedAt });
  const revision = useRef(start.revision);
  const pending = useRef<RichText | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const conflicted = useRef(false);

  const save = useCallback(
    async (notes: RichText): Promise<void> => {
      setStatus({ kind: 'saving' });
      const result = await api.interviews.saveNotes({ interviewId, notes, baseRevision: revision.current });
      if (result.ok) {
        revision.current = result.value.notesRevision;
        setStatus(pending.current ? { kind: 'dirty' } : { kind: 'saved', savedAt: result.value.notesSavedAt });
        return;
      }
      // Keep the text as pending: a later attempt (or the conflict screen) still has it.
      pending.current ??= notes;
      if (result.error.code === 'CONFLICT') {
        conflicted.current = true;
        setStatus({ kind: 'conflict' });
      } else {
        setStatus({ kind: 'failed', error: result.error });
      }
    },
    [api, interviewId],
  );

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    // One save at a time, in order: each waits for the one before and sends the newest text.
    while (inFlight.current) await inFlight.current;
    const notes = pending.current;
    if (!notes || conflicted.current) return;
    pending.current = null;
    const attempt = save(notes);
    inFlight.current = attempt;
    try {
      await attempt;
    } finally {
      inFlight.current = null;
    }
  }, [save]);

  const change = useCallback(
    (notes: RichText) => {
      if (conflicted.current) return;
      pending.current = notes;
      setStatus((current) => (current.kind === 'saving' ? current : { kind: 'dirty' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const unregister = registerUnsavedWork(flush);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      // Unmounting (leaving the interview, or a lock) saves what is left; the call outlives the component.
      void flush();
    };
  }, [flush]);

  const isSaved = useCallback(() => pending.current === null && inFlight.current === null && !conflicted.current, []);

  return { status, change, flush, isSaved };
}
