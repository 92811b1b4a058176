import { presentOnly } from '../kernel/db/present-only.js';
import { CasefileError } from '../../../shared/contract/index.js';
import type { VerifyFailure, VerifyJob } from '../../../shared/contract/evidence.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { objectsOf, recordVerification, storedObjectOf } from './content-records.js';
import type { JobBoard } from '../kernel/jobs/job-board.js';
import { getItemRow, numberOf, type ContentRow } from './evidence-store.js';

interface ContentToCheck extends ContentRow {
  case_id: string;
  sequence: number;
}

/** The content rows in scope: one item, one case, or the whole vault, in a stable order. */
function contentsInScope(
  ctx: CaseFileContext,
  db: VaultDatabase,
  scope: { itemId?: string | undefined; caseId?: string | undefined },
): ContentToCheck[] {
  const select = `SELECT c.*, i.case_id, i.sequence FROM evidence_contents c JOIN evidence_items i ON i.id = c.item_id`;
  if (scope.itemId !== undefined) {
    const item = getItemRow(db, scope.itemId);
    if (scope.caseId !== undefined && ctx.ports.cases.find(db, scope.caseId).id !== item.case_id) {
      throw new CasefileError('VALIDATION', 'evidence.otherCase');
    }
    return db.prepare(`${select} WHERE c.item_id = ? ORDER BY c.seq`).all(item.id) as ContentToCheck[];
  }
  if (scope.caseId !== undefined) {
    const caseId = ctx.ports.cases.find(db, scope.caseId).id;
    return db.prepare(`${select} WHERE i.case_id = ? ORDER BY i.sequence, c.seq`).all(caseId) as ContentToCheck[];
  }
  return db.prepare(`${select} ORDER BY i.case_id, i.sequence, c.seq`).all() as ContentToCheck[];
}

/**
 * Decrypts and re-hashes every file in scope, one after the other, as a job. Each outcome is
 * written (and audited) as soon as it is known, so a failure flags its item at once and a
 * cancelled run keeps what it had checked.
 */
export function startVerification(
  ctx: CaseFileContext,
  board: JobBoard,
  scope: { itemId?: string; caseId?: string },
): VerifyJob {
  const db = ctx.db();
  const contents = contentsInScope(ctx, db, scope);
  const objects = objectsOf(ctx);
  const bytesTotal = contents.reduce((sum, content) => sum + content.size, 0);
  return board.start<VerifyJob>(
    {
      kind: 'verify',
      ...presentOnly({ itemId: scope.itemId, caseId: scope.caseId }),
      bytesDone: 0,
      bytesPerSecond: 0,
      bytesTotal,
      contentsTotal: contents.length,
      contentsChecked: 0,
      failures: [],
    },
    async (job) => {
      const started = Date.now();
      let bytesBefore = 0;
      const failures: VerifyFailure[] = [];
      for (const [index, content] of contents.entries()) {
        job.signal.throwIfAborted();
        const result = await objects.verify(storedObjectOf(content), {
          signal: job.signal,
          onProgress: ({ bytesDone }) => {
            const done = bytesBefore + bytesDone;
            job.update({
              bytesDone: done,
              bytesPerSecond: Math.round(done / (Math.max(Date.now() - started, 1) / 1000)),
            });
          },
        });
        job.signal.throwIfAborted();
        const at = new Date(ctx.now()).toISOString();
        const vaultDb = ctx.db();
        const item = { id: content.item_id, case_id: content.case_id, sequence: content.sequence };
        vaultDb.transaction(() => recordVerification(ctx, content, item, result, at, 'verify')).immediate();
        if (!result.ok) {
          failures.push({
            itemId: content.item_id,
            itemNumber: numberOf(content),
            caseId: content.case_id,
            contentId: content.id,
            fileName: content.file_name,
            problem: result.problem,
          });
        }
        bytesBefore += content.size;
        job.update({ contentsChecked: index + 1, failures: [...failures], bytesDone: bytesBefore });
      }
      return { contentsChecked: contents.length, failures, bytesDone: bytesTotal };
    },
  );
}
