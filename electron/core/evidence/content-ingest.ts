import type { Readable } from 'node:stream';
import { CasefileError } from '../../../shared/contract/index.js';
import { randomUUID } from 'node:crypto';
import type { EvidenceDraft, IngestJob } from '../../../shared/contract/evidence.js';
import type { EvidenceContent } from '../../../shared/domain/evidence.js';
import type { CaseFileContext } from '../kernel/context.js';
import { itemOpenForContent, objectsOf, recordContent } from './content-records.js';
import { checkEvidenceDraft, createEvidence } from './evidence-changes.js';
import type { JobBoard } from '../kernel/jobs/job-board.js';
import type { IngestedObject } from '../kernel/files/objects/index.js';

interface IngestSource {
  /** A path (chosen in the dialog, or given to the CLI) or a stream of uploaded bytes. */
  source: string | Readable;
  fileName: string;
  /** The size announced or seen when chosen: content of another size is refused. */
  bytesTotal?: number;
}

/** A file for an existing item, or for a new item logged with it (the two then land together or not at all). */
export type IngestRequest = IngestSource &
  ({ itemId: string; newItem?: undefined } | { newItem: EvidenceDraft; itemId?: undefined });

/**
 * Logs the new item and records its file in one transaction, after the object is already in place
 * (temp → fsync → rename): a crash leaves both or neither, never an item without its file.
 */
function recordWithNewItem(
  ctx: CaseFileContext,
  itemId: string,
  draft: EvidenceDraft,
  object: IngestedObject,
  fileName: string,
): EvidenceContent {
  return ctx
    .db()
    .transaction((): EvidenceContent => {
      createEvidence(ctx, draft, { id: itemId });
      return recordContent(ctx, itemId, object, fileName);
    })
    .immediate();
}

/**
 * Streams a file into a new encrypted object as a job, then records it as a file of the item.
 * A cancel (or a lock) at any point leaves nothing: the object store removes its temp file, and
 * an object already renamed into place when the cancel came is removed here before any row.
 * A new item is checked now, before a byte is read, and logged only with its file.
 */
export function startIngest(ctx: CaseFileContext, board: JobBoard, request: IngestRequest): IngestJob {
  // Collected when the person asked, not when the ingest ends.
  const newItem = request.newItem && {
    ...request.newItem,
    collectedAt: request.newItem.collectedAt ?? new Date(ctx.now()).toISOString(),
  };
  const itemId = request.itemId ?? randomUUID();
  if (newItem) checkEvidenceDraft(ctx, newItem);
  else itemOpenForContent(ctx, ctx.db(), itemId);
  const objects = objectsOf(ctx);
  return board.start<IngestJob>(
    {
      kind: 'ingest',
      itemId,
      fileName: request.fileName,
      bytesDone: 0,
      bytesPerSecond: 0,
      ...(request.bytesTotal === undefined ? {} : { bytesTotal: request.bytesTotal }),
    },
    async (job) => {
      const object: IngestedObject = await objects.ingest(request.source, {
        signal: job.signal,
        fileName: request.fileName,
        onProgress: ({ bytesDone, bytesTotal, bytesPerSecond }) =>
          job.update({ bytesDone, bytesPerSecond, ...(bytesTotal === undefined ? {} : { bytesTotal }) }),
      });
      try {
        job.signal.throwIfAborted();
        if (request.bytesTotal !== undefined && object.size !== request.bytesTotal) {
          throw new CasefileError('CONFLICT', 'evidence.fileChanged');
        }
        const content = newItem
          ? recordWithNewItem(ctx, itemId, newItem, object, request.fileName)
          : recordContent(ctx, itemId, object, request.fileName);
        return { result: content, bytesDone: object.size, bytesTotal: object.size };
      } catch (error) {
        await objects.discard(object.objectId);
        throw error;
      }
    },
  );
}
