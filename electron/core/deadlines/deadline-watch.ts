import type { VaultDatabase } from '../kernel/vault/database.js';

/** An open deadline whose due time came: ids and the time only, as the event carries them. */
export interface DueDeadline {
  deadlineId: string;
  caseId: string;
  dueAt: string;
}

// Looked at again at least this often (one indexed query), so a deadline added or moved since the
// last look is told at most this late.
const LOOK_AGAIN_MS = 10_000;

function dueBetween(db: VaultDatabase, after: string, upTo: string): DueDeadline[] {
  return db
    .prepare(
      `SELECT id AS deadlineId, case_id AS caseId, due_at AS dueAt FROM deadlines
       WHERE closed_at IS NULL AND withdrawn_at IS NULL AND due_at > ? AND due_at <= ? ORDER BY due_at`,
    )
    .all(after, upTo) as DueDeadline[];
}

function nextDueAfter(db: VaultDatabase, after: string): number | null {
  const next = db
    .prepare(`SELECT MIN(due_at) FROM deadlines WHERE closed_at IS NULL AND withdrawn_at IS NULL AND due_at > ?`)
    .pluck()
    .get(after) as string | null;
  return next === null ? null : Date.parse(next);
}

/**
 * While the vault is open, tells when an open deadline falls due: a timer set for the next due
 * time (and at least every 10 s, for deadlines added or moved since), each due deadline told once.
 * Deadlines that fell due while the vault was locked are not told: the deadline list shows them.
 */
export function watchDeadlines(options: {
  db: () => VaultDatabase;
  now: () => number;
  onDue: (deadline: DueDeadline) => void;
}): { stop(): void } {
  let checkedUpTo = new Date(options.now()).toISOString();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = (): void => {
    if (stopped) return;
    const next = nextDueAfter(options.db(), checkedUpTo);
    const wait = next === null ? LOOK_AGAIN_MS : Math.min(Math.max(next - options.now(), 0), LOOK_AGAIN_MS);
    timer = setTimeout(check, wait);
    // The watch alone must not keep a process (the CLI, a test) alive.
    timer.unref?.();
  };

  function check(): void {
    timer = undefined;
    if (stopped) return;
    try {
      const upTo = new Date(options.now()).toISOString();
      const due = dueBetween(options.db(), checkedUpTo, upTo);
      checkedUpTo = upTo;
      for (const deadline of due) options.onDue(deadline);
      schedule();
    } catch {
      // The vault locked between two looks: the lock stops the watch.
    }
  }

  schedule();
  return {
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
