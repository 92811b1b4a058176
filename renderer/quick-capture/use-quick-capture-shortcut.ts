import { useEffect, useEffectEvent } from 'react';

/**
 * Ctrl+Shift+E (Cmd+Shift+E on macOS) opens quick capture from any screen while the vault is
 * open, including from inside a text field. Ctrl+L stays the lock; nothing else here uses E.
 */
export function isQuickCaptureShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'e';
}

export function useQuickCaptureShortcut(onShortcut: () => void): void {
  const open = useEffectEvent(onShortcut);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isQuickCaptureShortcut(event) || event.repeat) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
