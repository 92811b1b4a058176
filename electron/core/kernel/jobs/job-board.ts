import { randomBytes } from 'node:crypto';
import { apiError, CasefileError, type ApiError } from '../../../../shared/contract/index.js';
import { PROGRESS_EVENT_MS } from '../../../../shared/contract/events.js';
import type { Job } from '../../../../shared/contract/jobs.js';
import type { EventBus } from '../events.js';
import { isAbortError } from '../files/objects/index.js';

/** A job as the board keeps it: its public snapshot, how to stop it, and when it settles. */
interface JobEntry {
  job: Job;
  controller: AbortController;
  /** The unlocked session the job belongs to: once it is over, the job is forgotten. */
  session: AbortSignal;
  settled: Promise<void>;
  /** Monotonic time of the last progress event, to send at most one per PROGRESS_EVENT_MS. */
  lastProgressEvent: number;
}

/** What a job's work sees: its id, the signal that stops it, and how to report progress. */
export interface JobControl<J extends Job> {
  readonly jobId: string;
  /** Aborted by jobs.cancel or by the vault locking: the work cleans up and rejects. */
  readonly signal: AbortSignal;
  update(patch: Partial<J>): void;
  snapshot(): J;
}

/** What the caller gives for a new job: everything of its kind but what the board sets. */
export type JobStart<J extends Job> = J extends Job
  ? Omit<J, 'jobId' | 'state' | 'startedAt' | 'finishedAt' | 'error'>
  : never;

export interface JobBoardOptions {
  now: () => number;
  /** The current unlocked session's signal, aborted when the vault locks: it cancels every job. */
  session: () => AbortSignal;
  /** Where progress and completion are announced. */
  events?: EventBus;
}

// Finished jobs stay readable for a while, so a screen that subscribed late still reads the outcome.
const KEEP_FINISHED_MS = 10 * 60_000;
const KEEP_FINISHED_MAX = 50;

/**
 * The error a finished job shows: the core's own errors as they are; anything else without its message, which may name
 * paths.
 */
function jobErrorOf(error: unknown): ApiError {
  if (error instanceof CasefileError) return error.toApiError();
  return apiError('INTERNAL', 'jobs.failed');
}

/**
 * The one board for all long work (evidence ingest and verification, letter batches; later bundles
 * and backups): each job has progress, a cancel and a final result, and announces them as events.
 * Jobs live in memory only, for the unlocked session that started them.
 */
export class JobBoard {
  readonly #jobs = new Map<string, JobEntry>();

  constructor(private readonly options: JobBoardOptions) {}

  /**
   * Registers a job and runs `work`. The job ends done when `work` resolves; cancelled when it
   * rejects after a cancel or a lock; failed otherwise, with the error as `jobErrorOf` shows it.
   */
  start<J extends Job>(initial: JobStart<J>, work: (control: JobControl<J>) => Promise<Partial<J>>): J {
    this.#prune();
    const session = this.options.session();
    const jobId = randomBytes(12).toString('hex');
    const controller = new AbortController();
    const signal = AbortSignal.any([controller.signal, session]);
    const job = { ...initial, jobId, state: 'running', startedAt: this.#nowIso() } as unknown as J;
    const entry: JobEntry = {
      job,
      controller,
      session,
      settled: Promise.resolve(),
      lastProgressEvent: Number.NEGATIVE_INFINITY,
    };
    const control: JobControl<J> = {
      jobId,
      signal,
      update: (patch) => {
        if (entry.job.state !== 'running') return;
        entry.job = { ...entry.job, ...patch } as Job;
        this.#announceProgress(entry);
      },
      snapshot: () => ({ ...entry.job }) as J,
    };
    this.#jobs.set(jobId, entry);
    entry.settled = work(control).then(
      (patch) => this.#finish(entry, { ...patch, state: 'done' } as Partial<Job>),
      (error: unknown) =>
        signal.aborted && (isAbortError(error) || session.aborted)
          ? this.#finish(entry, {
              state: 'cancelled',
              ...(session.aborted ? { error: apiError('VAULT_LOCKED', 'jobs.stoppedByLock') } : {}),
            })
          : this.#finish(entry, { state: 'failed', error: jobErrorOf(error) }),
    );
    return control.snapshot();
  }

  get(jobId: string): Job {
    return { ...this.#entry(jobId).job };
  }

  /** Asks the job to stop and waits until it has cleaned up; a finished job is returned as it is. */
  async cancel(jobId: string): Promise<Job> {
    const entry = this.#entry(jobId);
    entry.controller.abort();
    await entry.settled;
    return { ...entry.job };
  }

  /** Resolves once the job has finished, whatever its outcome (tests, the CLI). */
  async settled(jobId: string): Promise<Job> {
    const entry = this.#entry(jobId);
    await entry.settled;
    return { ...entry.job };
  }

  #announceProgress(entry: JobEntry): void {
    const events = this.options.events;
    if (!events) return;
    const at = performance.now();
    if (at - entry.lastProgressEvent < PROGRESS_EVENT_MS) return;
    entry.lastProgressEvent = at;
    events.emit('jobs.progress', { job: { ...entry.job } });
  }

  #entry(jobId: string): JobEntry {
    this.#prune();
    const entry = this.#jobs.get(jobId);
    if (!entry) throw new CasefileError('NOT_FOUND', 'jobs.notFound');
    return entry;
  }

  #finish(entry: JobEntry, patch: Partial<Job>): void {
    entry.job = { ...entry.job, ...patch, finishedAt: this.#nowIso() } as Job;
    this.options.events?.emit('jobs.finished', { job: { ...entry.job } });
  }

  #nowIso(): string {
    return new Date(this.options.now()).toISOString();
  }

  #prune(): void {
    const now = this.options.now();
    const finished: [string, JobEntry][] = [];
    for (const [jobId, entry] of this.#jobs) {
      if (entry.job.state === 'running') continue;
      const endedAt = Date.parse(entry.job.finishedAt ?? entry.job.startedAt);
      if (entry.session.aborted || now - endedAt > KEEP_FINISHED_MS) this.#jobs.delete(jobId);
      else finished.push([jobId, entry]);
    }
    for (const [jobId] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED_MAX))) this.#jobs.delete(jobId);
  }
}

/** The board of the open workspace; INTERNAL where the core was put together without one. */
export function jobsOf(ctx: { jobs?: JobBoard }): JobBoard {
  if (!ctx.jobs) throw new CasefileError('INTERNAL', 'jobs.unavailable');
  return ctx.jobs;
}
