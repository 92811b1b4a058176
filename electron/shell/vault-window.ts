import { powerMonitor, type BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../core/kernel/security/app-origin.js';
import type { LockReason } from '../../shared/contract/events.js';
import type { CoreHost } from '../core-host/core-host.js';
import { isLockShortcut } from './lock-shortcut.js';

/** What the window follows of the core: its lock, its lock changes, its preferences. */
type WindowVault = Pick<CoreHost, 'lock' | 'onLockChange' | 'settings'>;

/** Locking must never throw into an Electron event; the failure is reported without details. */
export function lockSafely(core: WindowVault, reason: LockReason): void {
  try {
    core.lock(reason);
  } catch (error) {
    console.error(`[casefile] locking (${reason}) failed: ${error instanceof Error ? error.name : 'unknown error'}`);
  }
}

/** Settings are readable while locked; if they cannot be read, protection stays on. */
function wantsContentProtection(core: WindowVault): boolean {
  try {
    return core.settings().contentProtection;
  } catch {
    return true;
  }
}

export interface VaultWindow {
  /**
   * Asks the core to lock (menu, shortcut, suspend, screen lock) and, if the vault was open, loads the
   * entry page at once: the case data leaves the screen even while the core's thread is busy.
   */
  lock(reason: Exclude<LockReason, 'shutdown'>): void;
  /** Re-reads the contentProtection preference and applies it to the window. */
  applyContentProtection(): void;
  /** Stops following the core (window closed). */
  release(): void;
}

/** Longer than the renderer's bounded save-before-lock wait (2 s). */
export const LOCK_SHORTCUT_FALLBACK_MS = 2_500;

/**
 * Ties the vault's lifecycle to the window: lock on suspend, screen lock and Ctrl/Cmd+L; when the
 * shell asks for a lock and after any lock, load the entry page afresh so the renderer keeps no case
 * data (not even in its URL); keep the window out of screenshots and screen sharing while the
 * preference says so.
 */
export function bindVaultToWindow(core: WindowVault, window: BrowserWindow): VaultWindow {
  const applyContentProtection = (): void => {
    if (!window.isDestroyed()) window.setContentProtection(wantsContentProtection(core));
  };
  applyContentProtection();

  const showEntryPage = (): void => {
    if (window.isDestroyed()) return;
    void window.webContents.loadURL(APP_ENTRY_URL).catch(() => {
      // A load aborted by another navigation or by closing the window leaves nothing to clean up.
    });
  };
  /** The vault as the window last heard of it; the core starts locked. */
  let unlocked = false;
  /** The entry page was loaded when the lock was asked for: the core's confirmation need not load it again. */
  let shownBeforeLocked = false;

  const stopFollowingLocks = core.onLockChange((state, reason) => {
    applyContentProtection();
    unlocked = state === 'unlocked';
    if (state !== 'locked') {
      shownBeforeLocked = false;
      return;
    }
    if (reason === 'shutdown') return;
    if (shownBeforeLocked) shownBeforeLocked = false;
    else showEntryPage();
  });

  const lock = (reason: Exclude<LockReason, 'shutdown'>): void => {
    lockSafely(core, reason);
    // Asked before the page loads again: the page's first call reaches the core after the lock.
    if (!unlocked || shownBeforeLocked) return;
    shownBeforeLocked = true;
    showEntryPage();
  };

  // The page handles Ctrl/Cmd+L itself so open editors save what was typed before it locks; if
  // the page does not lock in time (hung, or focus in a place that swallows keys), the shell does.
  window.webContents.on('before-input-event', (_event, input) => {
    if (!isLockShortcut(input, process.platform)) return;
    setTimeout(() => lock('user'), LOCK_SHORTCUT_FALLBACK_MS).unref?.();
  });

  const onSuspend = (): void => lock('suspend');
  const onScreenLock = (): void => lock('screen-lock');
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('lock-screen', onScreenLock);

  return {
    lock,
    applyContentProtection,
    release: () => {
      stopFollowingLocks();
      powerMonitor.off('suspend', onSuspend);
      powerMonitor.off('lock-screen', onScreenLock);
    },
  };
}
