import { randomBytes } from 'node:crypto';
import { apiError, CasefileError, type ApiError } from '../../../../shared/contract/index.js';
import type { EvidenceJob } from '../../../../shared/contract/evidence.js';
import { isAbortError } from '../files/objects/index.js';

/** A job as the board keeps it: its public snapshot, how to stop it, and when it settles. */
interface JobEntry {
  job: EvidenceJob;
  controller: AbortController;
  /** The unlocked session the job belongs to: once it is over, the job is forgotten. */
  session: AbortSignal;
  settled: Promise<void>;
}

export interface JobControl<J extends EvidenceJob> {
  readonly jobId: string;
  /** Cancelled by evidence.cancelJob or by the vault locking. */
  readonly signal: AbortSignal;
  update(patch: Partial<J>): void;
  snapshot(): J;
}

// Finished jobs stay readable for a while, so a progress bar polling late still sees the outcome.
const KEEP_FINISHED_MS = 10 * 60_000;
const KEEP_FINISHED_MAX = 50;

/** The error a finished job shows: the core's own errors as they are; anything else without its message, which may name paths. */
export function jobErrorOf(error: unknown): ApiError {
  if (error instanceof CasefileError) return error.toApiError();
  return apiError('INTERNAL', 'evidence.jobFailed');
}

/**
 * Long evidence work (ingest, verification) runs as jobs the UI polls for progress and may cancel.
 * Jobs live in memory only, for the unlocked session that started them.
 */
export class JobBoard {
  readonly #jobs = new Map<string, JobEntry>();

  constructor(private readonly now: () => number) {}

  /**
   * Registers a job and runs `work`. The job ends done when `work` resolves; cancelled when it
   * rejects after a cancel or a lock; failed otherwise, with the error as `jobErrorOf` shows it.
   */
  start<J extends EvidenceJob>(
    initial: Omit<J, 'jobId' | 'state' | 'startedAt' | 'bytesDone' | 'bytesPerSecond'>,
    session: AbortSignal,
    work: (control: JobControl<J>) => Promise<Partial<J>>,
  ): J {
    this.#prune();
    const jobId = randomBytes(12).toString('hex');
    const controller = new AbortController();
    const signal = AbortSignal.any([controller.signal, session]);
    const job = { ...initial, jobId, state: 'running', startedAt: this.#nowIso(), bytesDone: 0, bytesPerSecond: 0 } as J;
    const entry: JobEntry = { job, controller, session, settled: Promise.resolve() };
    const control: JobControl<J> = {
      jobId,
      signal,
      update: (patch) => {
        if (entry.job.state === 'running') entry.job = { ...entry.job, ...patch } as EvidenceJob;
      },
      snapshot: () => ({ ...entry.job }) as J,
    };
    this.#jobs.set(jobId, entry);
    entry.settled = work(control).then(
      (patch) => this.#finish(entry, { ...patch, state: 'done' } as Partial<EvidenceJob>),
      (error: unknown) =>
        signal.aborted && (isAbortError(error) || session.aborted)
          ? this.#finish(entry, {
              state: 'cancelled',
              ...(session.aborted ? { error: apiError('VAULT_LOCKED', 'evidence.jobStoppedByLock') } : {}),
            })
          : this.#finish(entry, { state: 'failed', error: jobErrorOf(error) }),
    );
    return control.snapshot();
  }

  get(jobId: string): EvidenceJob {
    return { ...this.#entry(jobId).job };
  }

  /** Asks the job to stop and waits until it has cleaned up; a finished job is returned as it is. */
  async cancel(jobId: string): Promise<EvidenceJob> {
    const entry = this.#entry(jobId);
    entry.controller.abort();
    await entry.settled;
    return { ...entry.job };
  }

  /** Resolves once the job has finished, whatever its outcome (tests, the CLI). */
  async settled(jobId: string): Promise<EvidenceJob> {
    const entry = this.#entry(jobId);
    await entry.settled;
    return { ...entry.job };
  }

  #entry(jobId: string): JobEntry {
    this.#prune();
    const entry = this.#jobs.get(jobId);
    if (!entry) throw new CasefileError('NOT_FOUND', 'evidence.jobNotFound');
    return entry;
  }

  #finish(entry: JobEntry, patch: Partial<EvidenceJob>): void {
    entry.job = { ...entry.job, ...patch, finishedAt: this.#nowIso() } as EvidenceJob;
  }

  #nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  #prune(): void {
    const now = this.now();
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
