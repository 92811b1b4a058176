import { rmdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { CasefileError } from '../../../shared/contract/index.js';
import type { SavedFile } from '../../../shared/contract/evidence.js';
import type { LetterBatchJob, LetterFormat } from '../../../shared/contract/letters.js';
import { isClosureKind } from '../../../shared/documents/template.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import { requireFilePorts, type CaseFileContext } from '../kernel/context.js';
import { jobsOf } from '../kernel/jobs/job-board.js';
import { fileFailure } from '../kernel/files/io-errors.js';
import { createPrivateDirectory, writeFileAtomic } from '../kernel/files/private-files.js';
import { letterBytes, listLetters } from './letter-register.js';

/**
 * Letters leave the vault only here: one file through the save dialog, or a case's letters
 * into a new folder chosen once. Each file written is audited with its SHA-256 and destination.
 */

/** A letter file written out, with what its audit entry records. */
interface WrittenLetter {
  path: string;
  size: number;
  sha256: string;
  letterId: string;
  format: LetterFormat;
  audit: AuditEntry;
}
type AuditEntry = Parameters<typeof appendAudit>[1];

/** Writes one letter's stored bytes (atomically) and says how to audit it: the caller audits once it is kept. */
function writeLetterFile(
  ctx: CaseFileContext,
  letterId: string,
  format: LetterFormat,
  destination: string,
  batch: string | null,
): WrittenLetter {
  const { bytes, output, entry } = letterBytes(ctx.db(), letterId, format);
  const target = path.resolve(destination);
  try {
    writeFileAtomic(target, bytes);
  } catch (error) {
    throw fileFailure(error, 'destination');
  }
  const audit: AuditEntry = {
    action: 'letter.export',
    caseId: entry.caseId,
    target: { kind: 'letter', id: entry.id, label: `${entry.templateId} (${entry.language})` },
    details: { format, sha256: output.sha256, size: output.size, destination: target, ...(batch ? { batch } : {}) },
  };
  return { path: target, size: output.size, sha256: output.sha256, letterId: entry.id, format, audit };
}

function auditWritten(ctx: CaseFileContext, written: readonly WrittenLetter[]): void {
  ctx
    .db()
    .transaction(() => {
      for (const letter of written) appendAudit(ctx, letter.audit);
    })
    .immediate();
}

export async function exportLetter(
  ctx: CaseFileContext,
  input: { letterId: string; format: LetterFormat },
): Promise<SavedFile> {
  const ports = requireFilePorts(ctx);
  // Checked before asking where: a missing format is refused without a dialog.
  const { output } = letterBytes(ctx.db(), input.letterId, input.format);
  const destination = await ports.chooseExportPath(output.fileName);
  if (destination === null) return { cancelled: true };
  const written = writeLetterFile(ctx, input.letterId, input.format, destination, null);
  auditWritten(ctx, [written]);
  return { cancelled: false, path: written.path, size: written.size, sha256: written.sha256 };
}

/** Removes what a batch wrote, then its folder, which the batch made: unless someone put a file of their own in it. */
function removeBatch(folder: string, written: readonly WrittenLetter[]): void {
  for (const letter of written) rmSync(letter.path, { force: true });
  try {
    rmdirSync(folder);
  } catch {
    // Not empty: what is left there is not ours to remove.
  }
}

/**
 * A case's letters into a new folder chosen once, as a job on the board. The letters are audited
 * together once every file is written: a batch cancelled (jobs.cancel, a lock) or failed part-way
 * removes the files it wrote and its folder, so no letter left the vault and none is audited.
 */
export async function startLetterBatch(
  ctx: CaseFileContext,
  input: { caseId: string; kind: 'closure' | 'all'; formats: LetterFormat[] },
): Promise<LetterBatchJob> {
  const ports = requireFilePorts(ctx);
  const caseRow = ctx.ports.cases.find(ctx.db(), input.caseId);
  const letters = listLetters(ctx.ports.cases, ctx.db(), caseRow.id).filter(
    (entry) => input.kind === 'all' || isClosureKind(entry.kind),
  );
  const work = letters.flatMap((entry) =>
    input.formats
      .filter((format) => entry.outputs.some((output) => output.format === format))
      .map((format) => ({ entry, format })),
  );
  if (work.length === 0)
    throw new CasefileError('VALIDATION', input.kind === 'closure' ? 'letters.noClosureLetters' : 'letters.noLetters');
  const folder = await ports.chooseExportPath(`letters-${caseRow.reference}`);
  if (folder === null) throw new CasefileError('VALIDATION', 'letters.noFolderChosen');
  const target = path.resolve(folder);
  try {
    createPrivateDirectory(target);
  } catch (error) {
    throw fileFailure(error, 'new-folder');
  }
  return jobsOf(ctx).start<LetterBatchJob>(
    { kind: 'letterBatch', caseId: caseRow.id, total: work.length, done: 0, folder: target, files: [] },
    async (job) => {
      const written: WrittenLetter[] = [];
      try {
        for (const { entry, format } of work) {
          // Yields between files, so a cancel or a lock is heard and other calls are answered.
          await new Promise((resolve) => setImmediate(resolve));
          job.signal.throwIfAborted();
          const fileName =
            entry.outputs.find((output) => output.format === format)?.fileName ?? `${entry.id}.${format}`;
          written.push(writeLetterFile(ctx, entry.id, format, path.join(target, fileName), job.jobId));
          job.update({ done: written.length });
        }
        job.signal.throwIfAborted();
        auditWritten(ctx, written);
      } catch (error) {
        removeBatch(target, written);
        throw error;
      }
      return {
        files: written.map(({ letterId, format, path: file, sha256 }) => ({ letterId, format, path: file, sha256 })),
      };
    },
  );
}
