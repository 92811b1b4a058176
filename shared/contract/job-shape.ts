import { z } from 'zod';
import { Instant } from '../domain/primitives.js';
import { ApiErrorSchema } from './errors.js';

/**
 * Long work (adding a file, re-verifying content, exporting a case's letters; later bundles and
 * backups) runs as a job on one board: the same states, the same cancel, the same events. Each
 * feature declares its own kinds from these fields; shared/contract/jobs.ts gathers them.
 */
const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
const JobState = z.enum(JOB_STATES);

export const JobId = z.string().min(1).max(64);

/** What every job has, whatever its kind. */
export const JOB_BASE = {
  jobId: JobId,
  state: JobState,
  startedAt: Instant,
  finishedAt: Instant.optional(),
  /** Why a job failed or was stopped by a lock; absent while running, once done, or cancelled by the user. */
  error: ApiErrorSchema.optional(),
};

/** A transfer's progress in bytes (ingest, verification). */
export const BYTE_PROGRESS = {
  bytesDone: z.number().int().min(0),
  /** Unknown only while a dropped file's size is not yet confirmed. */
  bytesTotal: z.number().int().min(0).optional(),
  bytesPerSecond: z.number().min(0),
};
