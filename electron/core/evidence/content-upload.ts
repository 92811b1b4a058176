import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { CasefileError } from '../../../shared/contract/index.js';
import type { IngestJob } from '../../../shared/contract/evidence.js';
import type { CaseFileContext } from '../kernel/context.js';
import { startIngest } from './content-ingest.js';
import type { JobBoard } from '../kernel/jobs/job-board.js';

interface Upload {
  stream: PassThrough;
  size: number;
  received: number;
  idle: NodeJS.Timeout;
}

// A window that closed or crashed mid-upload sends nothing more: its ingest is cancelled.
const IDLE_LIMIT_MS = 2 * 60_000;
// Bytes buffered between the IPC calls and the encryption: a chunk or two, never the file.
const BUFFERED_BYTES = 2 * 1024 * 1024;

/**
 * A dropped file arrives as base64 chunks over IPC (the renderer never has its path). The bytes
 * go straight into the ingest stream: no plaintext touches the disk, and a chunk call replies
 * only once the stream can take more, so memory stays bounded whatever the file's size.
 */
export class Uploads {
  readonly #uploads = new Map<string, Upload>();

  constructor(
    private readonly ctx: CaseFileContext,
    private readonly board: JobBoard,
  ) {}

  begin(input: { itemId: string; name: string; size: number }): IngestJob {
    const stream = new PassThrough({ highWaterMark: BUFFERED_BYTES });
    const job = startIngest(this.ctx, this.board, {
      itemId: input.itemId,
      source: stream,
      fileName: input.name,
      bytesTotal: input.size,
    });
    const upload: Upload = { stream, size: input.size, received: 0, idle: this.#idleTimer(job.jobId) };
    this.#uploads.set(job.jobId, upload);
    // However the job ends, its upload is over.
    void this.board.settled(job.jobId).finally(() => {
      clearTimeout(upload.idle);
      this.#uploads.delete(job.jobId);
    });
    return job;
  }

  async chunk(input: { jobId: string; offset: number; data: string }): Promise<{ bytesReceived: number }> {
    const upload = this.#upload(input.jobId);
    if (input.offset !== upload.received) {
      throw new CasefileError('CONFLICT', 'evidence.uploadOffset');
    }
    const bytes = Buffer.from(input.data, 'base64');
    if (upload.received + bytes.length > upload.size) {
      throw new CasefileError('VALIDATION', 'evidence.uploadTooLong');
    }
    upload.received += bytes.length;
    upload.idle.refresh();
    if (!upload.stream.write(bytes)) {
      // Wait for the ingest to catch up, or for the job to end (cancelled, failed) meanwhile.
      const waiting = new AbortController();
      const { signal } = waiting;
      try {
        await Promise.race([
          once(upload.stream, 'drain', { signal }),
          once(upload.stream, 'close', { signal }),
          this.board.settled(input.jobId),
        ]);
      } catch {
        // The job's own outcome is reported below.
      } finally {
        waiting.abort(); // drops the listener that did not fire
      }
    }
    this.#assertRunning(input.jobId);
    return { bytesReceived: upload.received };
  }

  end(jobId: string): IngestJob {
    const upload = this.#upload(jobId);
    if (upload.received !== upload.size) {
      throw new CasefileError('VALIDATION', 'evidence.uploadShort', { received: upload.received, size: upload.size });
    }
    clearTimeout(upload.idle);
    this.#uploads.delete(jobId);
    upload.stream.end();
    return this.board.get(jobId) as IngestJob;
  }

  #upload(jobId: string): Upload {
    const upload = this.#uploads.get(jobId);
    if (upload) return upload;
    this.#assertRunning(jobId);
    throw new CasefileError('CONFLICT', 'evidence.uploadEnded');
  }

  /** Refuses further bytes for a job that is over, with why. */
  #assertRunning(jobId: string): void {
    const job = this.board.get(jobId);
    if (job.kind !== 'ingest') throw new CasefileError('NOT_FOUND', 'evidence.uploadNotFound');
    if (job.state === 'running') return;
    if (job.error) throw CasefileError.fromApiError(job.error);
    throw new CasefileError(
      'CONFLICT',
      job.state === 'cancelled' ? 'evidence.uploadCancelled' : 'evidence.uploadFinished',
    );
  }

  #idleTimer(jobId: string): NodeJS.Timeout {
    const timer = setTimeout(() => void this.board.cancel(jobId).catch(() => undefined), IDLE_LIMIT_MS);
    timer.unref();
    return timer;
  }
}
