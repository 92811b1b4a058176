import type { EvidenceJob } from '../../shared/contract/evidence.js';
import type { ApiError, CasefileApi } from '../../shared/contract/index.js';

/** How often a running job is asked for its progress: smooth enough for a bar, light on IPC. */
export const JOB_POLL_MS = 200;

export class JobPollError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = window.setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = (): void => {
      window.clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', stop, { once: true });
  });

/**
 * Polls a job until it is no longer running, reporting each snapshot; resolves with the last.
 * Stops (rejecting with the abort reason) when `signal` aborts: the screen went away.
 */
export async function followJob<J extends EvidenceJob>(
  api: CasefileApi,
  first: J,
  onProgress: (job: J) => void,
  signal: AbortSignal,
): Promise<J> {
  let job = first;
  onProgress(job);
  while (job.state === 'running') {
    await sleep(JOB_POLL_MS, signal);
    const result = await api.evidence.job({ jobId: job.jobId });
    signal.throwIfAborted();
    if (!result.ok) throw new JobPollError(result.error);
    job = result.value as J;
    onProgress(job);
  }
  return job;
}
