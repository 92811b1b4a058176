import { useEffect, useEffectEvent } from 'react';
import type { CasefileApi } from '../../shared/contract/index.js';

/** User activity is reported at most this often: enough for minute-grained auto-lock, little IPC. */
const TOUCH_THROTTLE_MS = 30_000;

/**
 * While the vault is open, drops to the lock screen the moment the core says it locked on its own
 * (idle, suspend, screen lock, the menu): the `vault.locked` event, never a poll of the status.
 */
export function useLockEvents(api: CasefileApi | undefined, active: boolean, onLocked: () => void): void {
  const notifyLocked = useEffectEvent(onLocked);
  useEffect(() => {
    if (!api || !active) return undefined;
    return api.on('vault.locked', () => notifyLocked());
  }, [api, active]);
}

/** Keyboard and pointer input restart the core's idle timer, throttled. */
export function useActivityReports(api: CasefileApi | undefined, active: boolean): void {
  useEffect(() => {
    if (!api || !active) return undefined;
    let lastSent = 0;
    const report = (): void => {
      const now = Date.now();
      if (now - lastSent < TOUCH_THROTTLE_MS) return;
      lastSent = now;
      void api.session.touch({});
    };
    window.addEventListener('keydown', report, { capture: true, passive: true });
    window.addEventListener('pointerdown', report, { capture: true, passive: true });
    return () => {
      window.removeEventListener('keydown', report, { capture: true });
      window.removeEventListener('pointerdown', report, { capture: true });
    };
  }, [api, active]);
}

/** Ctrl+L (Cmd+L on macOS) locks from anywhere, including inside a text field. */
export function useLockShortcut(active: boolean, lockNow: () => void): void {
  const lock = useEffectEvent(lockNow);
  useEffect(() => {
    if (!active) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      lock();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [active]);
}
