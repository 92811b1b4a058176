import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { SavedFile } from '../../../../shared/contract/evidence.js';
import { appendAudit, type AuditEntryInput } from '../audit/audit-log.js';
import { requireFilePorts, type CaseFileContext } from '../context.js';
import { fileFailure } from './io-errors.js';
import { writeFileAtomic } from './private-files.js';

/** What the audit row of an export learns of the file written. */
export interface WrittenExport {
  destination: string;
  sha256: string;
  size: number;
}

/**
 * A document the user explicitly exports: saved where they choose (null from the dialog: nothing is
 * written), written whole or not at all (a reader, or a crash, sees all of it or none), and audited in
 * its own transaction with the file's SHA-256, size and place.
 */
export async function saveAuditedExport(
  ctx: CaseFileContext,
  file: { bytes: Buffer; fileName: string; tempLabel: string },
  audit: (written: WrittenExport) => AuditEntryInput,
): Promise<SavedFile> {
  const destination = await requireFilePorts(ctx).chooseExportPath(file.fileName);
  if (destination === null) return { cancelled: true };
  const written = path.resolve(destination);
  try {
    writeFileAtomic(written, file.bytes, { tempLabel: file.tempLabel });
  } catch (error) {
    throw fileFailure(error, 'destination');
  }
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const size = file.bytes.length;
  ctx
    .db()
    .transaction(() => appendAudit(ctx, audit({ destination: written, sha256, size })))
    .immediate();
  return { cancelled: false, path: written, size, sha256 };
}
