import { z } from 'zod';
import { AuditCheckJob } from './audit.js';
import { BackupJob } from './backup.js';
import { BundleExportJob, BundleImportJob } from './bundles.js';
import { method } from './define.js';
import { IngestJob, VerifyJob } from './evidence.js';
import { JobId } from './job-shape.js';
import { LetterBatchJob } from './letters.js';

/** Every kind of job the board runs, told apart by `kind`; each kind's result is its own. */
export const Job = z.discriminatedUnion('kind', [
  IngestJob,
  VerifyJob,
  LetterBatchJob,
  BackupJob,
  BundleExportJob,
  BundleImportJob,
  AuditCheckJob,
]);
export type Job = z.infer<typeof Job>;

const JobRef = z.object({ jobId: JobId }).strict();

export const jobsMethods = {
  'jobs.get': method({
    summary: 'A job as it stands (any kind): state, progress, and its result or error once finished.',
    input: JobRef,
    output: Job,
    whileLocked: false,
    // Read once after subscribing to job events, to catch up: watching is not activity that keeps the vault open.
    touchesSession: false,
  }),
  'jobs.cancel': method({
    summary:
      'Cancel a running job (any kind) and wait until it has cleaned up: a cancelled ingest leaves no object and no ' +
      'record, a cancelled letter batch no folder and no file. A finished job is returned as it is.',
    input: JobRef,
    output: Job,
    whileLocked: false,
  }),
};
