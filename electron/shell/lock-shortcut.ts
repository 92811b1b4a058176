/** The fields of Electron's `Input` (before-input-event) the lock shortcut looks at. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** Cmd+L on macOS, Ctrl+L elsewhere: "lock now", wherever the focus is. */
export function isLockShortcut(input: KeyInput, platform: NodeJS.Platform): boolean {
  if (input.type !== 'keyDown' || input.alt || input.shift) return false;
  const modifier = platform === 'darwin' ? input.meta && !input.control : input.control && !input.meta;
  return modifier && input.key.toLowerCase() === 'l';
}
