import { UPLOAD_CHUNK_BYTES } from '../../shared/contract/evidence.js';
import type { CasefileApi } from '../../shared/contract/index.js';
import { JobRequestError } from '../jobs/follow-job.js';

/** A slice of the file as base64, encoded natively (no byte-by-byte string building in script). */
function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Sends a dropped file's bytes to an upload job, one slice of at most 1 MiB at a time: only one
 * slice is ever in memory here, and each call returns once the core has taken its bytes in, so
 * a file of any size streams through. Stops quietly when `signal` aborts (cancelled, left).
 */
export async function sendDroppedFile(api: CasefileApi, jobId: string, file: File, signal: AbortSignal): Promise<void> {
  for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
    if (signal.aborted) return;
    const data = await base64Of(file.slice(offset, offset + UPLOAD_CHUNK_BYTES));
    if (signal.aborted) return;
    const sent = await api.evidence.uploadChunk({ jobId, offset, data });
    if (!sent.ok) throw new JobRequestError(sent.error);
  }
  if (signal.aborted) return;
  const ended = await api.evidence.uploadEnd({ jobId });
  if (!ended.ok) throw new JobRequestError(ended.error);
}
