import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdleLock } from '../../../electron/core/kernel/auto-lock.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { manualClock, type ManualClock } from '../../clock.js';
import { FLOOR_KDF, PASSPHRASE, useTempDirs } from './helpers.js';

const MINUTE = 60_000;
const tempDir = useTempDirs();
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.dispose();
  vi.useRealTimers();
});

// The workspace's clock moves with the fake timers, as the real clock moves with real ones.
let clock: ManualClock = manualClock();
function passTime(ms: number): void {
  clock.advance(ms);
  vi.advanceTimersByTime(ms);
}

async function unlockedWorkspace(): Promise<{ ws: Workspace; events: string[] }> {
  clock = manualClock();
  const ws = openWorkspace({ dir: path.join(tempDir(), 'vault'), passphraseKdf: FLOOR_KDF, now: clock.now });
  open.push(ws);
  const events: string[] = [];
  ws.onLockChange((state, reason) => events.push(reason ? `${state}:${reason}` : state));
  await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
  return { ws, events };
}

describe('idle lock timer', () => {
  it('fires after the timeout, restarts on touch, and stops when disarmed', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const idle = createIdleLock({ timeoutMs: () => 1000, onIdle });
    idle.touch(); // not armed: nothing happens
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled();
    idle.arm();
    vi.advanceTimersByTime(999);
    idle.touch();
    vi.advanceTimersByTime(999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    idle.arm();
    idle.disarm();
    vi.advanceTimersByTime(5000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('locks on activity that comes after the deadline (a timer that fired late, e.g. after sleep)', () => {
    let clock = 0;
    const onIdle = vi.fn();
    const idle = createIdleLock({ timeoutMs: () => 1000, onIdle, now: () => clock });
    idle.arm();
    clock = 1500; // the wall clock moved on, the timer has not run yet
    idle.touch();
    expect(onIdle).toHaveBeenCalledTimes(1);
    idle.disarm();
  });

  it('does not keep the process alive (unref)', () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const idle = createIdleLock({ timeoutMs: () => 3_600_000, onIdle: () => undefined });
    idle.arm();
    const timer = spy.mock.results[0]!.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    idle.disarm();
    spy.mockRestore();
  });
});

describe('workspace auto-lock', () => {
  it(`locks after settings.autoLockMinutes (default 10) without activity, with reason "idle"`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { ws, events } = await unlockedWorkspace();
    expect(ws.settings().autoLockMinutes).toBe(10);
    passTime(10 * MINUTE - 1);
    expect(ws.isUnlocked()).toBe(true);
    passTime(1);
    expect(ws.isUnlocked()).toBe(false);
    expect(events).toEqual(['unlocked', 'locked:idle']);
  });

  it('restarts the count on touch() and on routed calls, but not on polling calls', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { ws } = await unlockedWorkspace();
    const dispatch = routeWorkspace(ws);
    passTime(9 * MINUTE);
    ws.touch();
    passTime(9 * MINUTE);
    expect((await dispatch('cases.list', {})).ok).toBe(true);
    passTime(9 * MINUTE);
    expect((await dispatch('session.touch', {})).ok).toBe(true);
    passTime(9 * MINUTE);
    expect(ws.isUnlocked()).toBe(true);
    // vault.status is marked touchesSession: false, so a UI polling it cannot keep the vault open.
    expect((await dispatch('vault.status', {})).ok).toBe(true);
    passTime(1 * MINUTE);
    expect(ws.isUnlocked()).toBe(false);
  });

  it('applies a changed auto-lock delay from the change on', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { ws, events } = await unlockedWorkspace();
    await ws.handlers['settings.update']({ autoLockMinutes: 1 });
    passTime(MINUTE);
    expect(ws.isUnlocked()).toBe(false);
    expect(events.at(-1)).toBe('locked:idle');
  });

  it('stops counting once locked and starts again at unlock', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { ws, events } = await unlockedWorkspace();
    ws.lock('user');
    passTime(60 * MINUTE);
    await ws.handlers['vault.unlock']({ method: 'passphrase', passphrase: PASSPHRASE });
    passTime(10 * MINUTE);
    expect(events).toEqual(['unlocked', 'locked:user', 'unlocked', 'locked:idle']);
  });
});
