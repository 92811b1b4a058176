import type { ApiError, CasefileApi } from '../../shared/contract/index.js';
import type { Job } from '../../shared/contract/jobs.js';

/** A call about a job (start, upload, read) was refused: its error, as the core said it. */
export class JobRequestError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

/**
 * Follows a job of any kind by the core's events (it is never polled), reporting each snapshot;
 * resolves with the finished job. Rejects with the abort reason when `signal` aborts (the screen
 * went away). Subscribes first, then reads the job once: an end that came before the subscription
 * is not missed.
 */
export function followJob<J extends Job>(
  api: CasefileApi,
  first: J,
  onProgress: (job: J) => void,
  signal: AbortSignal,
): Promise<J> {
  onProgress(first);
  if (first.state !== 'running') return Promise.resolve(first);
  return new Promise<J>((resolve, reject) => {
    let over = false;
    let heard = false;
    const stops: (() => void)[] = [];
    const end = (settle: () => void): void => {
      if (over) return;
      over = true;
      for (const stop of stops) stop();
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = (): void => end(() => reject(signal.reason as Error));
    const finish = (job: J): void =>
      end(() => {
        onProgress(job);
        resolve(job);
      });
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    stops.push(
      api.on('jobs.progress', ({ job }) => {
        if (over || job.jobId !== first.jobId) return;
        heard = true;
        onProgress(job as J);
      }),
      api.on('jobs.finished', ({ job }) => {
        if (job.jobId === first.jobId) finish(job as J);
      }),
    );
    void api.jobs.get({ jobId: first.jobId }).then((result) => {
      if (over) return;
      if (!result.ok) end(() => reject(new JobRequestError(result.error)));
      else if (result.value.state !== 'running') finish(result.value as J);
      // Older than any event already heard: shown only if none came yet.
      else if (!heard) onProgress(result.value as J);
    });
  });
}
