import type { ApiError, CasefileApi } from '../../shared/contract/index.js';
import type { LetterBatchJob } from '../../shared/contract/letters.js';
import { JOB_POLL_MS } from '../evidence/job-polling.js';

/**
 * Polls a batch export until it is no longer running, reporting each snapshot. Stops quietly
 * when `signal` aborts (the tab went away); a failed poll is returned as an error.
 */
export async function followBatch(
  api: CasefileApi,
  jobId: string,
  onProgress: (job: LetterBatchJob) => void,
  signal: AbortSignal,
): Promise<{ job: LetterBatchJob } | { error: ApiError } | null> {
  for (;;) {
    const result = await api.letters.batchJob({ jobId });
    if (signal.aborted) return null;
    if (!result.ok) return { error: result.error };
    onProgress(result.value);
    if (result.value.state !== 'running') return { job: result.value };
    await new Promise<void>((resolve) => window.setTimeout(resolve, JOB_POLL_MS));
    if (signal.aborted) return null;
  }
}
