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
    input: JobRef,
    output: Job,
    whileLocked: false,
    // Read once after subscribing to job events, to catch up: watching is not activity that keeps the vault open.
    touchesSession: false,
  }),
  'jobs.cancel': method({
    input: JobRef,
    output: Job,
    whileLocked: false,
  }),
};
