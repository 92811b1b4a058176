import { z } from 'zod';
import { Instant } from '../domain/primitives.js';
import { TimeZone } from '../domain/time-zone.js';
import { BACKUP_REMINDER_DAYS } from '../domain/settings.js';
import { method } from './define.js';
import { BYTE_PROGRESS, JOB_BASE } from './job-shape.js';

/** A backup of the whole vault to a folder, as a job: progress in bytes copied, cancel, and its outcome. */
export const BackupJob = z.object({
  ...JOB_BASE,
  kind: z.literal('backup'),
  ...BYTE_PROGRESS,
  /** The folder written into (the user chose it). */
  folder: z.string(),
  /** Once done: what the backup holds and what this run copied. */
  outcome: z
    .object({
      createdAt: Instant,
      evidenceFiles: z.number().int().min(0),
      objectsCopied: z.number().int().min(0),
      objectsKept: z.number().int().min(0),
      /** Of those kept, the ones whose bytes were read again and checked (every one when verifyAll). */
      objectsRechecked: z.number().int().min(0),
      bytesCopied: z.number().int().min(0),
    })
    .optional(),
});
export type BackupJob = z.infer<typeof BackupJob>;

const BackupStatus = z.object({
  /** The last backup written and read back whole; null when there has been none. */
  lastBackupAt: Instant.nullable(),
  reminderDays: z.number().int().min(BACKUP_REMINDER_DAYS.min).max(BACKUP_REMINDER_DAYS.max),
  /** The last backup (or, never backed up, the vault's creation) is older than `reminderDays` days. */
  due: z.boolean(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

const Passphrase = z.string().min(1).max(1024);
const RecoveryKey = z.string().min(1).max(200);

export const backupMethods = {
  'backup.start': method({
    input: z.object({ verifyAll: z.boolean().default(false) }).strict(),
    output: z.object({ job: BackupJob.nullable() }),
    whileLocked: false,
  }),
  'backup.status': method({
    input: z.object({}).strict(),
    output: BackupStatus,
    whileLocked: false,
    touchesSession: false,
  }),
  'backup.restore': method({
    input: z.discriminatedUnion('method', [
      z.object({ method: z.literal('passphrase'), passphrase: Passphrase }).strict(),
      z.object({ method: z.literal('recoveryKey'), recoveryKey: RecoveryKey }).strict(),
    ]),
    output: z.object({
      restored: z
        .object({
          backupCreatedAt: Instant,
          /** The restored vault's mission zone, read while the restore had it open: its times are shown there. */
          missionTimeZone: TimeZone,
          cases: z.number().int().min(0),
          evidenceFiles: z.number().int().min(0),
        })
        .nullable(),
    }),
    whileLocked: true,
  }),
};
