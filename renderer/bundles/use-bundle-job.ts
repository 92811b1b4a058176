import { useEffect, useRef, useState } from 'react';
import type { BundleExportJob, BundleImportJob } from '../../shared/contract/bundles.js';
import type { ApiError, Result } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { followJob, JobRequestError } from '../jobs/follow-job.js';

type BundleJob = BundleExportJob | BundleImportJob;

/** How a bundle job ended, as a dialog shows it. */
type JobEnd<J> = { state: 'done'; job: J } | { state: 'cancelled' } | { state: 'failed'; error: ApiError };

/**
 * Starts a bundle job (export, preview or import) and follows it on the job board: the running job
 * for a progress bar, a cancel that waits until the core has cleaned up, and how it ended. A
 * dialog closed while its job runs cancels the job: nothing goes on unseen.
 */
export function useBundleJob<J extends BundleJob>() {
  const api = useApi();
  const [running, setRunning] = useState<J | null>(null);
  const current = useRef<J | null>(null);
  const leaving = useRef(new AbortController());
  useEffect(() => {
    const controller = leaving.current;
    return () => {
      controller.abort();
      if (current.current?.state === 'running') void api.jobs.cancel({ jobId: current.current.jobId });
    };
  }, [api]);

  const track = (job: J | null) => {
    current.current = job;
    setRunning(job);
  };

  /** Resolves with null when no file was chosen in the dialog the core opened. */
  async function run(start: () => Promise<Result<{ job: J | null }>>): Promise<JobEnd<J> | null> {
    const started = await start();
    if (!started.ok) return { state: 'failed', error: started.error };
    if (started.value.job === null) return null;
    try {
      const finished = await followJob(api, started.value.job, track, leaving.current.signal);
      track(null);
      if (finished.state === 'done') return { state: 'done', job: finished };
      if (finished.error) return { state: 'failed', error: finished.error };
      return { state: 'cancelled' };
    } catch (failure) {
      track(null);
      if (failure instanceof JobRequestError) return { state: 'failed', error: failure.apiError };
      return { state: 'cancelled' };
    }
  }

  function cancel(): void {
    if (running?.state === 'running') void api.jobs.cancel({ jobId: running.jobId });
  }

  return { running, run, cancel };
}
