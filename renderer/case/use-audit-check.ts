import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditCheckJob } from '../../shared/contract/audit.js';
import { apiError, type ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { followJob, JobRequestError } from '../jobs/follow-job.js';

/** The whole audit chain checked as a job: its latest snapshot (progress, then outcome), a failure to start, cancel. */
export function useAuditCheck() {
  const api = useApi();
  const [job, setJob] = useState<AuditCheckJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const lifetime = useRef<AbortController | null>(null);
  useEffect(() => {
    const screen = new AbortController();
    lifetime.current = screen;
    return () => screen.abort();
  }, []);

  const start = useCallback(async () => {
    const signal = lifetime.current?.signal;
    if (!signal) return;
    setError(null);
    setJob(null);
    const started = await api.audit.check({});
    if (!started.ok) {
      setError(started.error);
      return;
    }
    try {
      await followJob(api, started.value, setJob, signal);
    } catch (failure) {
      if (signal.aborted) return;
      setError(failure instanceof JobRequestError ? failure.apiError : apiError('INTERNAL', 'request.unavailable'));
    }
  }, [api]);

  const cancel = useCallback(() => {
    if (job?.state === 'running') void api.jobs.cancel({ jobId: job.jobId });
  }, [api, job]);

  return { job, error, start, cancel, running: job?.state === 'running' };
}
