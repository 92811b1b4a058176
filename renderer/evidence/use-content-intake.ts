import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChosenFile, IngestJob } from '../../shared/contract/evidence.js';
import { apiError, type ApiError } from '../../shared/contract/index.js';
import type { EvidenceContent } from '../../shared/domain/evidence.js';
import { useApi } from '../api/context.js';
import { sendDroppedFile } from './dropped-upload.js';
import { followJob, JobRequestError } from '../jobs/follow-job.js';

/** A file to add: one chosen in the native dialog (a token), or one dropped on the window. */
export type IntakeSource = { kind: 'chosen'; file: ChosenFile } | { kind: 'dropped'; file: File };

export interface IntakeRunning {
  name: string;
  /** 1-based position in the files added together, and how many they are. */
  position: number;
  count: number;
  job: IngestJob | null;
  cancelling: boolean;
}

export type IntakeOutcome =
  | { name: string; state: 'done'; content: EvidenceContent }
  | { name: string; state: 'cancelled' }
  | { name: string; state: 'failed'; error: ApiError };

interface Queued {
  itemId: string;
  source: IntakeSource;
}

const INTERNAL: ApiError = apiError('INTERNAL', 'jobs.failed');
const errorOf = (error: unknown): ApiError => (error instanceof JobRequestError ? error.apiError : INTERNAL);

/**
 * Adds files to items one after the other, as ingest jobs it follows for a progress bar. Cancel
 * stops the file being added (the core keeps nothing of it) and drops those still waiting.
 * Leaving the screen stops sending a dropped file (whose bytes only this screen has) and cancels
 * it; a chosen file's ingest runs on in the core and its item shows it when opened again.
 */
export function useContentIntake(onAdded: (itemId: string) => void) {
  const api = useApi();
  const [running, setRunning] = useState<IntakeRunning | null>(null);
  const [outcomes, setOutcomes] = useState<IntakeOutcome[]>([]);
  const queue = useRef<Queued[]>([]);
  const busy = useRef(false);
  const current = useRef<{ jobId: string | null; stop: AbortController; dropped: boolean } | null>(null);
  const lifetime = useRef(new AbortController());
  const onAddedRef = useRef(onAdded);
  useEffect(() => {
    onAddedRef.current = onAdded;
  });

  useEffect(() => {
    const screen = new AbortController();
    lifetime.current = screen;
    return () => {
      screen.abort();
      const now = current.current;
      if (now?.dropped && now.jobId) void api.jobs.cancel({ jobId: now.jobId });
      queue.current = [];
    };
  }, [api]);

  const addOne = useCallback(
    async (entry: Queued, position: number, count: number): Promise<IntakeOutcome> => {
      const { source } = entry;
      const name = source.file.name;
      const stop = new AbortController();
      const signal = AbortSignal.any([stop.signal, lifetime.current.signal]);
      const slot = { jobId: null as string | null, stop, dropped: source.kind === 'dropped' };
      current.current = slot;
      setRunning({ name, position, count, job: null, cancelling: false });
      const started =
        source.kind === 'chosen'
          ? await api.evidence.ingest({ itemId: entry.itemId, token: source.file.token })
          : await api.evidence.uploadBegin({ itemId: entry.itemId, name, size: source.file.size });
      if (!started.ok) return { name, state: 'failed', error: started.error };
      slot.jobId = started.value.jobId;
      if (stop.signal.aborted) await api.jobs.cancel({ jobId: started.value.jobId });

      const sending: { error: ApiError | null } = { error: null };
      if (source.kind === 'dropped') {
        void sendDroppedFile(api, started.value.jobId, source.file, signal).catch((error: unknown) => {
          sending.error = errorOf(error);
          // The core would wait for the missing bytes: end the job now.
          void api.jobs.cancel({ jobId: started.value.jobId });
        });
      }
      const final = await followJob(
        api,
        started.value,
        (job) => setRunning((shown) => (shown ? { ...shown, job } : shown)),
        lifetime.current.signal,
      );
      if (final.state === 'done' && final.result) return { name, state: 'done', content: final.result };
      if (sending.error && !stop.signal.aborted) return { name, state: 'failed', error: sending.error };
      if (final.state === 'cancelled' && !final.error) return { name, state: 'cancelled' };
      return { name, state: 'failed', error: final.error ?? INTERNAL };
    },
    [api],
  );

  const drain = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    let position = 0;
    try {
      while (queue.current.length > 0) {
        const entry = queue.current.shift()!;
        position += 1;
        let outcome: IntakeOutcome;
        try {
          outcome = await addOne(entry, position, position + queue.current.length);
        } catch (error) {
          if (lifetime.current.signal.aborted) return;
          outcome = { name: entry.source.file.name, state: 'failed', error: errorOf(error) };
        }
        setOutcomes((shown) => [...shown, outcome]);
        if (outcome.state === 'done') onAddedRef.current(entry.itemId);
      }
    } finally {
      busy.current = false;
      current.current = null;
      if (!lifetime.current.signal.aborted) setRunning(null);
    }
  }, [addOne]);

  const add = useCallback(
    (itemId: string, sources: readonly IntakeSource[]) => {
      if (sources.length === 0) return;
      if (!busy.current) setOutcomes([]);
      queue.current.push(...sources.map((source) => ({ itemId, source })));
      void drain();
    },
    [drain],
  );

  const cancel = useCallback(() => {
    queue.current = [];
    const now = current.current;
    if (!now) return;
    now.stop.abort();
    setRunning((shown) => (shown ? { ...shown, cancelling: true } : shown));
    if (now.jobId) void api.jobs.cancel({ jobId: now.jobId });
  }, [api]);

  return { running, outcomes, add, cancel, clearOutcomes: () => setOutcomes([]) };
}
