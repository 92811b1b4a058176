import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { apiError, CasefileError } from '../../../shared/contract/index.js';
import type { SavedFile } from '../../../shared/contract/evidence.js';
import type { LetterBatchJob, LetterFormat } from '../../../shared/contract/letters.js';
import { isClosureKind } from '../../../shared/documents/template.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { getCaseRow } from '../cases/case-store.js';
import { requirePorts } from '../evidence/chosen-files.js';
import { PRIVATE_DIR_MODE, writeFileAtomic } from '../kernel/files/private-files.js';
import { letterBytes, listLetters } from './letter-register.js';

/**
 * Letters leave the vault only here: one file through the save dialog, or a case's letters
 * into a new folder chosen once. Each file written is audited with its SHA-256 and destination.
 */

function writeLetterFile(ctx: CaseFileContext, letterId: string, format: LetterFormat, destination: string, batch: string | null): { path: string; size: number; sha256: string } {
  const db = ctx.db();
  const { bytes, output, entry } = letterBytes(db, letterId, format);
  const target = path.resolve(destination);
  try {
    writeFileAtomic(target, bytes);
  } catch {
    throw new CasefileError('VALIDATION', 'letters.fileUnwritable');
  }
  db.transaction(() => {
    appendAudit(ctx, {
      action: 'letter.export',
      caseId: entry.caseId,
      target: { kind: 'letter', id: entry.id, label: `${entry.templateId} (${entry.language})` },
      details: { format, sha256: output.sha256, size: output.size, destination: target, ...(batch ? { batch } : {}) },
    });
  }).immediate();
  return { path: target, size: output.size, sha256: output.sha256 };
}

export async function exportLetter(ctx: CaseFileContext, input: { letterId: string; format: LetterFormat }): Promise<SavedFile> {
  const ports = requirePorts(ctx.filePorts);
  // Checked before asking where: a missing format is refused without a dialog.
  const { output } = letterBytes(ctx.db(), input.letterId, input.format);
  const destination = await ports.chooseExportPath(output.fileName);
  if (destination === null) return { cancelled: true };
  const written = writeLetterFile(ctx, input.letterId, input.format, destination, null);
  return { cancelled: false, ...written };
}

/** Batch exports of this workspace session, polled by the UI for its progress bar. */
export class LetterBatchJobs {
  readonly #jobs = new Map<string, LetterBatchJob>();

  get(jobId: string): LetterBatchJob {
    const job = this.#jobs.get(jobId);
    if (!job) throw new CasefileError('NOT_FOUND', 'letters.exportJobNotFound');
    return structuredClone(job);
  }

  async start(ctx: CaseFileContext, input: { caseId: string; kind: 'closure' | 'all'; formats: LetterFormat[] }): Promise<{ jobId: string }> {
    const ports = requirePorts(ctx.filePorts);
    const caseRow = getCaseRow(ctx.db(), input.caseId);
    const letters = listLetters(ctx.db(), caseRow.id).filter((entry) => input.kind === 'all' || isClosureKind(entry.kind));
    const work = letters.flatMap((entry) => input.formats.filter((format) => entry.outputs.some((output) => output.format === format)).map((format) => ({ entry, format })));
    if (work.length === 0) throw new CasefileError('VALIDATION', input.kind === 'closure' ? 'letters.noClosureLetters' : 'letters.noLetters');
    const folder = await ports.chooseExportPath(`letters-${caseRow.reference}`);
    if (folder === null) throw new CasefileError('VALIDATION', 'letters.noFolderChosen');
    const target = path.resolve(folder);
    try {
      mkdirSync(target, { mode: PRIVATE_DIR_MODE });
    } catch (error) {
      const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
      throw exists ? new CasefileError('CONFLICT', 'letters.folderExists') : new CasefileError('VALIDATION', 'letters.folderUnwritable');
    }
    const jobId = randomUUID();
    const job: LetterBatchJob = { jobId, state: 'running', total: work.length, done: 0, folder: target, files: [], error: null };
    this.#jobs.set(jobId, job);
    void (async () => {
      try {
        for (const { entry, format } of work) {
          // Yields between files so the UI's polls are answered while the batch runs.
          await new Promise((resolve) => setImmediate(resolve));
          const fileName = entry.outputs.find((output) => output.format === format)?.fileName ?? `${entry.id}.${format}`;
          const written = writeLetterFile(ctx, entry.id, format, path.join(target, fileName), jobId);
          job.files.push({ letterId: entry.id, format, path: written.path, sha256: written.sha256 });
          job.done += 1;
        }
        job.state = 'done';
      } catch (error) {
        job.state = 'failed';
        job.error = error instanceof CasefileError ? error.toApiError() : apiError('INTERNAL', 'letters.exportStopped');
      }
    })();
    return { jobId };
  }
}
