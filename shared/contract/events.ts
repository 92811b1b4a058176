import { z } from 'zod';
import { RecordId, Instant } from '../domain/primitives.js';
import { Job } from './jobs.js';
import type { EventName } from './names.js';

/** Why the vault locked: the user, idle time, the computer suspending or locking its screen, the app quitting. */
const LOCK_REASONS = ['user', 'idle', 'suspend', 'screen-lock', 'shutdown'] as const;
export const LockReason = z.enum(LOCK_REASONS);
export type LockReason = z.infer<typeof LockReason>;

/** How the vault was opened. */
const UNLOCK_REASONS = ['created', 'passphrase', 'recoveryKey'] as const;
export const UnlockReason = z.enum(UNLOCK_REASONS);
export type UnlockReason = z.infer<typeof UnlockReason>;

/**
 * What the core tells the app without being asked, each with its payload's schema: the core
 * checks every payload before it leaves, and the renderer again when it arrives. They reach the
 * window through the preload (`window.casefile.on`), the CLI as progress lines on stderr, and
 * the e2e bridge as the same subscription.
 */
export const events = {
  /** A running job moved on (at most every PROGRESS_EVENT_MS per job). */
  'jobs.progress': z.object({ job: Job }),
  /** A job ended: done (with its result), failed (with its error) or cancelled. */
  'jobs.finished': z.object({ job: Job.refine((job) => job.state !== 'running', 'a finished job is not running') }),
  'vault.locked': z.object({ reason: LockReason }),
  'vault.unlocked': z.object({ reason: UnlockReason }),
  /** An open deadline reached its due time while the vault was open. Ids and times only: no case data. */
  'deadlines.due': z.object({ deadlineId: RecordId, caseId: RecordId, dueAt: Instant }),
} satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** A progress event is sent at most this often per job: enough for a smooth bar, light on IPC. */
export const PROGRESS_EVENT_MS = 50;
