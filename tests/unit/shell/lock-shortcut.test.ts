import { describe, expect, it } from 'vitest';
import { isLockShortcut, type KeyInput } from '../../../electron/shell/lock-shortcut.js';

const key = (overrides: Partial<KeyInput>): KeyInput => ({
  type: 'keyDown',
  key: 'l',
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...overrides,
});

describe('isLockShortcut', () => {
  it('is Ctrl+L on Windows and Linux, Cmd+L on macOS', () => {
    expect(isLockShortcut(key({ control: true }), 'linux')).toBe(true);
    expect(isLockShortcut(key({ control: true, key: 'L' }), 'win32')).toBe(true);
    expect(isLockShortcut(key({ meta: true }), 'darwin')).toBe(true);
    expect(isLockShortcut(key({ meta: true }), 'linux')).toBe(false);
    expect(isLockShortcut(key({ control: true }), 'darwin')).toBe(false);
  });

  it('ignores other keys, extra modifiers and key releases', () => {
    expect(isLockShortcut(key({ control: true, key: 'k' }), 'linux')).toBe(false);
    expect(isLockShortcut(key({ control: true, shift: true }), 'linux')).toBe(false);
    expect(isLockShortcut(key({ control: true, alt: true }), 'linux')).toBe(false);
    expect(isLockShortcut(key({ control: true, type: 'keyUp' }), 'linux')).toBe(false);
    expect(isLockShortcut(key({}), 'linux')).toBe(false);
  });
});
