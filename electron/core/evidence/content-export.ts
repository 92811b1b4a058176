import type { SavedFile } from '../../../shared/contract/evidence.js';
import { CasefileError } from '../../../shared/contract/index.js';
import { CONTENT_PROBLEMS, type ContentProblem } from '../../../shared/domain/evidence.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import { requireFilePorts, type CaseFileContext } from '../kernel/context.js';
import { objectsOf, recordVerification, storedObjectOf } from './content-records.js';
import { getContentRow, getItemRow, numberOf } from './evidence-store.js';
import { EvidenceObjectError, isAbortError } from '../kernel/files/objects/index.js';

const isContentProblem = (problem: string): problem is ContentProblem =>
  (CONTENT_PROBLEMS as readonly string[]).includes(problem);

/**
 * Writes one file's plaintext where the user chose: the explicit act that takes evidence content
 * out of the vault, audited with its hash and destination. Content that fails its check on the
 * way is not written, and is flagged like a failed verification.
 */
export async function exportContent(
  ctx: CaseFileContext,
  input: { itemId: string; contentId: string },
): Promise<SavedFile> {
  const db = ctx.db();
  const item = getItemRow(db, input.itemId);
  const content = getContentRow(db, item.id, input.contentId);
  const ports = requireFilePorts(ctx);
  const destination = await ports.chooseExportPath(content.file_name);
  if (destination === null) return { cancelled: true };
  const objects = objectsOf(ctx);
  let exported;
  try {
    // The save dialog has already asked before replacing a file.
    exported = await objects.export(storedObjectOf(content), destination, { overwrite: true });
  } catch (error) {
    if (error instanceof EvidenceObjectError && isContentProblem(error.problem)) {
      const at = new Date(ctx.now()).toISOString();
      const problem = error.problem;
      ctx
        .db()
        .transaction(() => recordVerification(ctx, content, item, { ok: false, problem }, at, 'export'))
        .immediate();
    }
    if (isAbortError(error)) throw new CasefileError('VAULT_LOCKED', 'evidence.lockedDuringExport');
    throw error;
  }
  ctx
    .db()
    .transaction(() => {
      appendAudit(ctx, {
        action: 'evidence.content.export',
        caseId: item.case_id,
        target: { kind: 'evidence', id: item.id, label: numberOf(item) },
        details: {
          number: numberOf(item),
          contentId: content.id,
          sha256: exported.sha256,
          size: exported.size,
          destination: exported.destinationPath,
        },
      });
    })
    .immediate();
  return { cancelled: false, path: exported.destinationPath, size: exported.size, sha256: exported.sha256 };
}
