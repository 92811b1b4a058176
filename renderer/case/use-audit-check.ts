import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditCheckJob } from '../../shared/contract/audit.js';
import { apiError, type ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { followJob, JobRequestError } from '../jobs/follow-job.js';

/**
 * The whole audit chain checked as a job: its latest snapshot (progress, then outcome), a failure to start, cancel.
 * Leaving the screen cancels a check still running: the core does not go on reading the chain for no one.
 */
export function useAuditCheck() {
  const api = useApi();
  const [job, setJob] = useState<AuditCheckJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const lifetime = useRef<AbortController | null>(null);
  const latest = useRef<AuditCheckJob | null>(null);
  useEffect(() => {
    const screen = new AbortController();
    lifetime.current = screen;
    return () => {
      screen.abort();
      if (latest.current?.state === 'running') void api.jobs.cancel({ jobId: latest.current.jobId });
    };
  }, [api]);

  const track = useCallback((snapshot: AuditCheckJob | null) => {
    latest.current = snapshot;
    setJob(snapshot);
  }, []);

  const start = useCallback(async () => {
    const signal = lifetime.current?.signal;
    if (!signal) return;
    setError(null);
    track(null);
    const started = await api.audit.check({});
    if (!started.ok) {
      setError(started.error);
      return;
    }
    if (signal.aborted) {
      // The screen went away while the check was being started.
      if (started.value.state === 'running') void api.jobs.cancel({ jobId: started.value.jobId });
      return;
    }
    try {
      await followJob(api, started.value, track, signal);
    } catch (failure) {
      if (signal.aborted) return;
      setError(failure instanceof JobRequestError ? failure.apiError : apiError('INTERNAL', 'request.unavailable'));
    }
  }, [api, track]);

  const cancel = useCallback(() => {
    if (job?.state === 'running') void api.jobs.cancel({ jobId: job.jobId });
  }, [api, job]);

  return { job, error, start, cancel, running: job?.state === 'running' };
}
