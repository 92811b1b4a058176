/** Locks after a stretch without user activity. */
export interface IdleLock {
  /** Starts counting (the vault was just unlocked). */
  arm(): void;
  /** User activity: counts again from zero, unless the deadline has already passed. */
  touch(): void;
  disarm(): void;
}

export interface IdleLockOptions {
  /** Read at every (re)start, so a settings change applies at the next activity. */
  timeoutMs: () => number;
  onIdle: () => void;
  /** Wall clock, to catch a deadline that passed while timers were frozen (sleep). */
  now?: () => number;
}

export function createIdleLock(options: IdleLockOptions): IdleLock {
  const now = options.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline = Number.POSITIVE_INFINITY;

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    deadline = Number.POSITIVE_INFINITY;
  };
  const fire = () => {
    clear();
    options.onIdle();
  };
  const start = () => {
    clear();
    const ms = options.timeoutMs();
    deadline = now() + ms;
    timer = setTimeout(fire, ms);
    // The idle timer alone must not keep a process (the CLI, a test) alive.
    timer.unref?.();
  };

  return {
    arm: start,
    touch() {
      if (timer === undefined) return;
      // A timer can fire late (the machine slept): activity after the deadline does not buy more time.
      if (now() >= deadline) fire();
      else start();
    },
    disarm: clear,
  };
}
