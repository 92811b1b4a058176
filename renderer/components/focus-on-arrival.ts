import { useEffect, type RefObject } from 'react';

/**
 * Moves focus to `target` once it is on the page, and again each time `arrival` changes (another
 * field took its place). For the few screens whose one task is that field, reached by the person's
 * own act: the lock screen's passphrase, the search box. A modal <dialog> needs none of this:
 * showModal() already focuses its first control (see Dialog).
 */
export function useFocusOnArrival(target: RefObject<HTMLElement | null>, arrival: unknown = null): void {
  useEffect(() => {
    target.current?.focus();
  }, [target, arrival]);
}
