import { useCallback, useEffect, useRef, useState } from 'react';
import type { VerifyJob } from '../../shared/contract/evidence.js';
import { apiError, type ApiError } from '../../shared/contract/index.js';
import { useApi } from '../api/context.js';
import { followJob, JobRequestError } from '../jobs/follow-job.js';

/** Re-verifying one item or a whole case as a job: its latest snapshot, a failure to start, cancel. */
export function useVerifyJob(onFinished: () => void) {
  const api = useApi();
  const [job, setJob] = useState<VerifyJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const lifetime = useRef<AbortController | null>(null);
  const onFinishedRef = useRef(onFinished);
  useEffect(() => {
    onFinishedRef.current = onFinished;
  });
  useEffect(() => {
    const screen = new AbortController();
    lifetime.current = screen;
    return () => screen.abort();
  }, []);

  const start = useCallback(
    async (scope: { itemId: string } | { caseId: string }) => {
      const signal = lifetime.current?.signal;
      if (!signal) return;
      setError(null);
      const started = await api.evidence.verify(scope);
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
      // Verified or flagged files change the items: show them as they now are.
      onFinishedRef.current();
    },
    [api],
  );

  const cancel = useCallback(() => {
    if (job?.state === 'running') void api.jobs.cancel({ jobId: job.jobId });
  }, [api, job]);

  return { job, error, start, cancel, running: job?.state === 'running', dismiss: () => setJob(null) };
}
