import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Job } from '../../../shared/contract/jobs.js';
import { RecordId } from '../../../shared/domain/primitives.js';
import { sizeInLocale, speedInLocale } from '../../../shared/i18n/byte-sizes.js';
import { localeOfLanguage } from '../../../shared/i18n/locales.js';
import type { FilePorts } from '../../core/kernel/files/file-ports.js';
import { resolveCase, runUnlocked, stringOption } from '../case-file-options.js';
import type { CommandContext } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import { failureOfApiError, type VaultSession } from '../session.js';
import { cliLanguage, cliWords } from '../words.js';

// What the evidence and custody commands share: the command line standing in for the file
// dialogs, finding an item by number, and following a job to its end.

/** The CLI's answer to the file dialogs: the paths on its command line (it is trusted with paths). */
export interface CommandLinePorts extends FilePorts {
  toAdd: string[];
  exportTo: string | null;
}

export function commandLinePorts(): CommandLinePorts {
  const ports: CommandLinePorts = {
    toAdd: [],
    exportTo: null,
    chooseFilesToAdd: async () => ports.toAdd,
    chooseExportPath: async () => ports.exportTo,
  };
  return ports;
}

/** runUnlocked with the command line's paths standing in for the app's file dialogs. */
export function runUnlockedWithFiles<T>(
  context: CommandContext,
  ports: CommandLinePorts,
  prepare: () => Promise<T>,
  work: (session: VaultSession, prepared: T) => Promise<void>,
): Promise<void> {
  return runUnlocked(context, prepare, work, ports);
}

/** An item given by id, or by number with its case (`caseRef`): numbers are per case. */
export async function resolveItem(
  session: VaultSession,
  ref: string,
  caseRef: string | undefined,
): Promise<{ id: string; number: string; caseReference: string }> {
  if (/^E-\d{4,}$/.test(ref)) {
    if (caseRef === undefined) throw usage(cliWords().evidenceFiles.numberNeedsCase(ref));
    const theCase = await resolveCase(session, caseRef);
    const { items } = await session.call('evidence.list', { caseId: theCase.id });
    const item = items.find((candidate) => candidate.number === ref);
    if (!item) throw new CliFailure('NOT_FOUND', cliWords().evidenceFiles.noSuchItem(ref, theCase.reference));
    return { id: item.id, number: item.number, caseReference: theCase.reference };
  }
  if (!RecordId.safeParse(ref).success) throw usage(cliWords().evidenceFiles.giveItem);
  const record = await session.call('evidence.get', { itemId: ref });
  const theCase = await resolveCase(session, record.caseId);
  return { id: record.id, number: record.number, caseReference: theCase.reference };
}

/** The destination of --to, absolute; refused before the unlock if something is already there. */
export function newFileOption(context: CommandContext, option = 'to'): string {
  const to = stringOption(context, option);
  if (to === undefined) throw usage(cliWords().evidenceFiles.sayWhere(option));
  const target = resolve(to);
  if (existsSync(target)) throw new CliFailure('CONFLICT', cliWords().evidenceFiles.pathTaken(to));
  return target;
}

/** A size in the command line's language, as the screens write it (`12.5 MB`, `12,5 Mo`). */
export function formatSize(bytes: number): string {
  return sizeInLocale(localeOfLanguage(cliLanguage()), bytes);
}

/** One progress line for a job of any kind: bytes for transfers, files for a letter batch, rows for an audit check. */
function progressLine(job: Job): string {
  const words = cliWords().evidenceFiles;
  if (job.kind === 'letterBatch') return words.filesDone(job.done, job.total);
  if (job.kind === 'auditCheck') return words.rowsDone(job.rowsChecked, job.rowsTotal);
  return words.bytesDone(
    formatSize(job.bytesDone),
    job.bytesTotal === undefined ? undefined : formatSize(job.bytesTotal),
    job.bytesTotal ? Math.floor((job.bytesDone / job.bytesTotal) * 100) : undefined,
    speedInLocale(localeOfLanguage(cliLanguage()), job.bytesPerSecond),
  );
}

/**
 * Follows a job to its end by the core's job events (no polling), printing its progress on
 * stderr: one line redrawn on a terminal, else a line per event; stdout stays for the result
 * (clean JSON with --json). Ctrl-C locks the vault and exits; the job then leaves nothing kept.
 */
export async function followJob(
  session: VaultSession,
  context: CommandContext,
  jobId: string,
  label: string,
): Promise<Job> {
  const stderr = context.io.stderr as { isTTY?: boolean; write(text: string): unknown };
  const terminal = stderr.isTTY === true;
  let shown = false;
  const show = (job: Job): void => {
    shown = true;
    const line = cliWords().line.about(label, progressLine(job));
    stderr.write(terminal ? `\r${line}\u001b[K` : `${line}\n`);
  };
  let finish: (job: Job) => void = () => undefined;
  const finished = new Promise<Job>((resolve) => {
    finish = resolve;
  });
  // Subscribed before reading the job, so its end cannot slip between the two.
  const stop = session.onEvent((event) => {
    if (event.name !== 'jobs.progress' && event.name !== 'jobs.finished') return;
    if (event.payload.job.jobId !== jobId) return;
    if (event.name === 'jobs.progress') show(event.payload.job);
    else finish(event.payload.job);
  });
  let job: Job;
  try {
    const current = await session.call('jobs.get', { jobId });
    job = current.state === 'running' ? await finished : current;
  } finally {
    stop();
  }
  if (shown && terminal) stderr.write('\n');
  if (job.state === 'done') return job;
  if (job.error) throw failureOfApiError(job.error);
  throw new CliFailure('CANCELLED', cliWords().evidenceFiles.cancelled(label));
}
