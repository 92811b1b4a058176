import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockReason, Workspace } from '../../../electron/core/workspace.js';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings.js';

const power = await vi.hoisted(async () => new (await import('node:events')).EventEmitter());
vi.mock('electron', () => ({ powerMonitor: power }));

const { LOCK_SHORTCUT_FALLBACK_MS, bindVaultToWindow } = await import('../../../electron/shell/vault-window.js');

type LockListener = (state: 'locked' | 'unlocked', reason?: LockReason) => void;

function fakeWorkspace() {
  const listeners = new Set<LockListener>();
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let settingsFail = false;
  const workspace = {
    lock: vi.fn((_reason: LockReason) => undefined),
    settings: () => {
      if (settingsFail) throw new Error('preferences unreadable');
      return settings;
    },
    onLockChange: (listener: LockListener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    workspace: workspace as unknown as Workspace,
    lock: workspace.lock,
    emit: (state: 'locked' | 'unlocked', reason?: LockReason) => listeners.forEach((l) => l(state, reason)),
    listenerCount: () => listeners.size,
    setSettings: (next: Partial<Settings>) => {
      settings = { ...settings, ...next };
    },
    breakSettings: () => {
      settingsFail = true;
    },
  };
}

function fakeWindow() {
  const webContents = Object.assign(new EventEmitter(), { loadURL: vi.fn(async (_url: string) => undefined) });
  const window = { isDestroyed: vi.fn(() => false), setContentProtection: vi.fn(), webContents };
  return { window: window as unknown as import('electron').BrowserWindow, raw: window };
}

const keyDown = (key: string, control = true) => ({
  type: 'keyDown',
  key,
  control: process.platform === 'darwin' ? false : control,
  meta: process.platform === 'darwin' ? control : false,
  alt: false,
  shift: false,
});

beforeEach(() => power.removeAllListeners());

describe('bindVaultToWindow', () => {
  it('applies content protection from the settings, and again when asked', () => {
    const ws = fakeWorkspace();
    const { window, raw } = fakeWindow();
    const bound = bindVaultToWindow(ws.workspace, window);
    expect(raw.setContentProtection).toHaveBeenLastCalledWith(true);
    ws.setSettings({ contentProtection: false });
    bound.applyContentProtection();
    expect(raw.setContentProtection).toHaveBeenLastCalledWith(false);
  });

  it('keeps content protection on when the settings cannot be read', () => {
    const ws = fakeWorkspace();
    ws.setSettings({ contentProtection: false });
    ws.breakSettings();
    const { window, raw } = fakeWindow();
    bindVaultToWindow(ws.workspace, window);
    expect(raw.setContentProtection).toHaveBeenLastCalledWith(true);
  });

  it('locks on suspend and on screen lock', () => {
    const ws = fakeWorkspace();
    bindVaultToWindow(ws.workspace, fakeWindow().window);
    power.emit('suspend');
    expect(ws.lock).toHaveBeenLastCalledWith('suspend');
    power.emit('lock-screen');
    expect(ws.lock).toHaveBeenLastCalledWith('screen-lock');
  });

  it('a failing lock does not throw into the event loop', () => {
    const ws = fakeWorkspace();
    ws.lock.mockImplementation(() => {
      throw new Error('disk gone');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bindVaultToWindow(ws.workspace, fakeWindow().window);
    expect(() => power.emit('suspend')).not.toThrow();
    expect(error).toHaveBeenCalledWith(expect.not.stringContaining('disk gone'));
    error.mockRestore();
  });

  it('reloads the entry page after a lock so the renderer drops all case data', () => {
    const ws = fakeWorkspace();
    const { window, raw } = fakeWindow();
    bindVaultToWindow(ws.workspace, window);
    ws.emit('unlocked');
    expect(raw.webContents.loadURL).not.toHaveBeenCalled();
    ws.emit('locked', 'idle');
    expect(raw.webContents.loadURL).toHaveBeenCalledWith('app://casefile/index.html');
  });

  it('loads the entry page as soon as it asks for a lock, while the core is still busy, and once only', () => {
    for (const ask of ['suspend', 'lock-screen'] as const) {
      const ws = fakeWorkspace();
      const { window, raw } = fakeWindow();
      bindVaultToWindow(ws.workspace, window);
      ws.emit('unlocked');
      power.emit(ask);
      // The core's thread has not answered yet (a long query): the case data has already left the screen.
      expect(ws.lock).toHaveBeenCalledTimes(1);
      expect(raw.webContents.loadURL).toHaveBeenCalledTimes(1);
      expect(raw.webContents.loadURL).toHaveBeenCalledWith('app://casefile/index.html');
      // Suspend and screen lock often come together: still one load, and none more when the core confirms.
      power.emit(ask === 'suspend' ? 'lock-screen' : 'suspend');
      ws.emit('locked', ask === 'suspend' ? 'suspend' : 'screen-lock');
      expect(raw.webContents.loadURL).toHaveBeenCalledTimes(1);
      // The next lock, after an unlock, loads it again.
      ws.emit('unlocked');
      ws.emit('locked', 'idle');
      expect(raw.webContents.loadURL).toHaveBeenCalledTimes(2);
    }
  });

  it('the menu’s lock loads the entry page at once too, even when the lock cannot be asked', () => {
    const ws = fakeWorkspace();
    const { window, raw } = fakeWindow();
    const bound = bindVaultToWindow(ws.workspace, window);
    ws.emit('unlocked');
    ws.lock.mockImplementation(() => {
      throw new Error('the core thread is gone');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bound.lock('user');
    error.mockRestore();
    expect(ws.lock).toHaveBeenCalledWith('user');
    expect(raw.webContents.loadURL).toHaveBeenCalledTimes(1);
  });

  it('does not load the page again when asked to lock a vault it already heard locked', () => {
    vi.useFakeTimers();
    try {
      const ws = fakeWorkspace();
      const { window, raw } = fakeWindow();
      bindVaultToWindow(ws.workspace, window);
      power.emit('suspend'); // the vault was never unlocked
      expect(raw.webContents.loadURL).not.toHaveBeenCalled();
      ws.emit('unlocked');
      // Ctrl/Cmd+L: the page saves and locks by itself; the shell's fallback comes after and finds it locked.
      raw.webContents.emit('before-input-event', { preventDefault: vi.fn() }, keyDown('l'));
      ws.emit('locked', 'user');
      expect(raw.webContents.loadURL).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(LOCK_SHORTCUT_FALLBACK_MS);
      expect(ws.lock).toHaveBeenLastCalledWith('user');
      expect(raw.webContents.loadURL).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not reload while shutting down, nor a destroyed window', () => {
    const ws = fakeWorkspace();
    const { window, raw } = fakeWindow();
    bindVaultToWindow(ws.workspace, window);
    ws.emit('locked', 'shutdown');
    raw.isDestroyed.mockReturnValue(true);
    ws.emit('locked', 'user');
    expect(raw.webContents.loadURL).not.toHaveBeenCalled();
  });

  it('Ctrl/Cmd+L reaches the page (which saves, then locks) and locks from the shell after a bounded wait', () => {
    vi.useFakeTimers();
    try {
      const ws = fakeWorkspace();
      const { window, raw } = fakeWindow();
      bindVaultToWindow(ws.workspace, window);
      const preventDefault = vi.fn();
      raw.webContents.emit('before-input-event', { preventDefault }, keyDown('k'));
      raw.webContents.emit('before-input-event', { preventDefault }, keyDown('l'));
      expect(preventDefault).not.toHaveBeenCalled();
      expect(ws.lock).not.toHaveBeenCalled();
      vi.advanceTimersByTime(LOCK_SHORTCUT_FALLBACK_MS);
      expect(ws.lock).toHaveBeenCalledTimes(1);
      expect(ws.lock).toHaveBeenCalledWith('user');
    } finally {
      vi.useRealTimers();
    }
  });

  it('release stops following locks and power events', () => {
    const ws = fakeWorkspace();
    const bound = bindVaultToWindow(ws.workspace, fakeWindow().window);
    bound.release();
    expect(ws.listenerCount()).toBe(0);
    power.emit('suspend');
    expect(ws.lock).not.toHaveBeenCalled();
  });
});
