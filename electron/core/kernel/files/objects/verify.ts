import type { IntegrityProblem } from '../file-problems.js';
import { chunkHasher } from './chunk-hasher.js';
import { EvidenceObjectError } from './errors.js';
import { progressReporter, type ProgressListener } from './progress.js';
import { decryptedChunks } from './read.js';
import type { DataKey } from '../../vault/keys.js';

/** An object as the database records it. */
export interface StoredObject {
  objectId: string;
  /** The object's key wrapped by the data key, as ingestFile returned it. */
  wrappedKey: Uint8Array;
  /** SHA-256 of the plaintext, hex. */
  sha256: string;
  size: number;
}

export type VerifyResult = { ok: true } | { ok: false; problem: IntegrityProblem };

export interface VerifyOptions {
  /** Cancels the check: it then rejects with an AbortError (nothing was changed either way). */
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

/** Decrypts the whole object, re-hashes it and compares with what was recorded at ingest. */
export async function verifyObject(
  objectsDir: string,
  object: StoredObject,
  dataKey: DataKey,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const progress = progressReporter(options.onProgress, object.size);
  // As at ingest: a large object is re-hashed on a thread of its own while this thread decrypts.
  const hasher = chunkHasher(object.size);
  let size = 0;
  let sha256: string;
  try {
    for await (const plaintext of decryptedChunks(objectsDir, object.objectId, object.wrappedKey, dataKey, {
      signal: options.signal,
      expectedSize: object.size,
    })) {
      await hasher.update(plaintext);
      size += plaintext.length;
      progress.advance(plaintext.length);
    }
    sha256 = await hasher.digest();
  } catch (error) {
    if (error instanceof EvidenceObjectError) return { ok: false, problem: error.problem };
    throw error;
  } finally {
    await hasher.close();
  }
  progress.finish();
  if (size !== object.size) return { ok: false, problem: 'size_mismatch' };
  if (sha256 !== object.sha256.toLowerCase()) return { ok: false, problem: 'hash_mismatch' };
  return { ok: true };
}
