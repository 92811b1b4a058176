import { useEffect, useEffectEvent } from 'react';

/**
 * "The evidence of this case changed" between screens that do not share state: quick capture,
 * opened over any screen, tells an Evidence tab that may be showing the same case to reload.
 */
const changes = new EventTarget();
const EVENT = 'evidence-changed';

export function announceEvidenceChanged(caseId: string): void {
  changes.dispatchEvent(new CustomEvent<string>(EVENT, { detail: caseId }));
}

export function useEvidenceChanged(caseId: string, onChanged: () => void): void {
  const notify = useEffectEvent(onChanged);
  useEffect(() => {
    const listener = (event: Event): void => {
      if ((event as CustomEvent<string>).detail === caseId) notify();
    };
    changes.addEventListener(EVENT, listener);
    return () => changes.removeEventListener(EVENT, listener);
  }, [caseId]);
}
