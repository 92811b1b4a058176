import type { Readable } from 'node:stream';
import { CasefileError } from '../../../shared/contract/index.js';
import type { IngestJob } from '../../../shared/contract/evidence.js';
import type { CaseFileContext } from '../case-file-context.js';
import { itemOpenForContent, objectsOf, recordContent } from './content-records.js';
import type { JobBoard } from './evidence-jobs.js';
import type { IngestedObject } from './objects/index.js';

export interface IngestRequest {
  itemId: string;
  /** A path (chosen in the dialog, or given to the CLI) or a stream of uploaded bytes. */
  source: string | Readable;
  fileName: string;
  /** The size announced or seen when chosen: content of another size is refused. */
  bytesTotal?: number;
}

/**
 * Streams a file into a new encrypted object as a job, then records it as a file of the item.
 * A cancel (or a lock) at any point leaves nothing: the object store removes its temp file, and
 * an object already renamed into place when the cancel came is removed here before any row.
 */
export function startIngest(ctx: CaseFileContext, board: JobBoard, request: IngestRequest): IngestJob {
  itemOpenForContent(ctx.db(), request.itemId, 'adding files to its evidence');
  const objects = objectsOf(ctx);
  return board.start<IngestJob>(
    {
      kind: 'ingest',
      itemId: request.itemId,
      fileName: request.fileName,
      ...(request.bytesTotal === undefined ? {} : { bytesTotal: request.bytesTotal }),
    },
    objects.lockSignal,
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
          throw new CasefileError('CONFLICT', 'The file changed size while it was being added; nothing was kept. Add it again.');
        }
        const content = recordContent(ctx, request.itemId, object, request.fileName);
        return { result: content, bytesDone: object.size, bytesTotal: object.size };
      } catch (error) {
        await objects.discard(object.objectId);
        throw error;
      }
    },
  );
}
