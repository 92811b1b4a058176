import { useCallback, useRef, useState } from 'react';
import type { ApiError, Result } from '../../shared/contract/index.js';

export interface Submission {
  /** A call is on its way: the form disables its fields and its submit button says so. */
  busy: boolean;
  /** The core's refusal of the last call, for the form's ErrorAlert; null once a new call starts. */
  error: ApiError | null;
  /**
   * Sends `call` unless one is already on its way (a double click sends once), then hands a
   * success's value to `onDone` or keeps the refusal in `error`.
   */
  send: <T>(call: () => Promise<Result<T>>, onDone: (value: T) => void) => Promise<void>;
  /** Forgets the last refusal: the part of the form it was about has been closed. */
  dismiss: () => void;
}

/** The one way a form sends what it holds to the core: busy while it waits, the refusal kept. */
export function useSubmit(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // The state above changes on the next render; the ref stops a second submit in the same one.
  const sending = useRef(false);

  const send = useCallback(async <T>(call: () => Promise<Result<T>>, onDone: (value: T) => void) => {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setError(null);
    try {
      const result = await call();
      if (result.ok) onDone(result.value);
      else setError(result.error);
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }, []);

  const dismiss = useCallback(() => setError(null), []);

  return { busy, error, send, dismiss };
}
