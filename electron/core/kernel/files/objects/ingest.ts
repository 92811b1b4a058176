import { open, rm, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { addAbortSignal, type Readable } from 'node:stream';
import { importObjectKey, sealChunk } from './chunk-cipher.js';
import { chunkHasher } from './chunk-hasher.js';
import { FileError, fileFailure } from '../io-errors.js';
import { throwIfAborted } from './errors.js';
import { ChunkSlabs, fileChunks, placeChunks, streamChunks } from './chunk-sources.js';
import { writeFileAtomicFrom } from '../private-files.js';
import { appendingWriter, earlyFlusher, ensureObjectsDirectory } from './files.js';
import {
  assertChunkSize,
  assertDataKey,
  DEFAULT_CHUNK_SIZE,
  encodeHeader,
  newObjectId,
  wrapObjectKey,
} from './format.js';
import { progressReporter, type ProgressListener } from './progress.js';
import { generateObjectKey, type DataKey } from '../../vault/keys.js';

export interface IngestOptions {
  /** `<vault>/objects`; created (owner-only) if missing, but its vault folder must exist. */
  objectsDir: string;
  /** The vault's 32-byte data key; it only wraps the object's own key. */
  dataKey: DataKey;
  /** Cancels the ingest: it then rejects with an AbortError and leaves no file behind. */
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /** Plaintext bytes per chunk, 64 KiB to 4 MiB; 1 MiB by default. */
  chunkSize?: number;
  /** The name to record when the source is a stream (a path's own base name is used otherwise). */
  fileName?: string;
  /**
   * A stream's size, when the caller knows it (a case bundle's entry names it): a large one is then hashed
   * on a thread of its own, as a large file is. Only a hint: the size recorded is the bytes that came.
   */
  expectedSize?: number;
}

/** What the caller records in the database: without `wrappedKey` the object can never be read. */
export interface IngestedObject {
  objectId: string;
  fileName: string | null;
  /** SHA-256 of the plaintext, lowercase hex. */
  sha256: string;
  size: number;
  /** The object's key wrapped by the data key (61 bytes). */
  wrappedKey: Buffer;
}

// Sealed records waiting for the write under way: about 4 MiB whatever the chunk size, enough to keep
// the disk's writes going while the next chunks are read and encrypted, little enough that memory never
// follows file size.
const PENDING_BYTES = 4 * 1024 * 1024;

/**
 * Streams a file (or any byte stream) once into a new encrypted object: SHA-256 is computed as it
 * is read (on a thread of its own for a large file), chunks are encrypted as they arrive (here,
 * while the pool reads the next one and writes the last ones, front to back, one write at a time)
 * into an owner-only temp file that the disk writes out as it grows, then fsynced and renamed into
 * place. On failure or cancel the temp file is removed. The caller inserts the database row afterwards; an
 * object whose row never comes is swept at unlock.
 */
export async function ingestFile(source: string | Readable, options: IngestOptions): Promise<IngestedObject> {
  const { objectsDir, dataKey, signal } = options;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  assertDataKey(dataKey);
  assertChunkSize(chunkSize);
  throwIfAborted(signal);

  const objectId = newObjectId();
  const header = encodeHeader(objectId, chunkSize);
  const objectKey = generateObjectKey();
  const wrappedKey = wrapObjectKey(dataKey, objectKey, objectId);
  const key = importObjectKey(objectKey);

  const slabs = new ChunkSlabs(chunkSize);
  let input: { handle: FileHandle; size: number } | undefined;
  let stream: Readable | undefined;
  if (typeof source === 'string') input = await openSourceFile(source);
  // A stream may stall waiting for data, so the signal destroys it; a file is checked between chunks.
  else stream = signal ? addAbortSignal(signal, source) : source;
  const chunks = placeChunks(input ? fileChunks(input.handle, slabs) : streamChunks(stream as Readable, slabs));
  const fileName = options.fileName ?? (typeof source === 'string' ? path.basename(source) : null);

  const progress = progressReporter(options.onProgress, input?.size);
  // A large file is hashed on a thread of its own, so SHA-256 and AES-GCM run on different cores.
  const hasher = chunkHasher(input?.size ?? options.expectedSize);
  let sha256 = '';
  let size = 0;
  const finalPath = path.join(objectsDir, objectId);

  const writeRecords = async (output: FileHandle): Promise<void> => {
    const flusher = earlyFlusher(output);
    const records = appendingWriter(output, 0, {
      maxPendingBytes: PENDING_BYTES,
      onWritten: (bytes) => flusher.wrote(bytes),
    });
    try {
      await records.append([header]);
      for await (const { bytes, slab, index, final } of chunks) {
        throwIfAborted(signal);
        await hasher.update(bytes);
        const record = sealChunk(key, header, { index, final }, bytes);
        if (slab) slabs.give(slab);
        size += bytes.length;
        await records.append(record);
        // Counted once sealed and queued: at most PENDING_BYTES wait behind the write under way.
        progress.advance(bytes.length);
      }
      await records.drained();
      await flusher.settled();
      // Before the rename: an object whose hash could not be had is not kept.
      sha256 = await hasher.digest();
    } finally {
      // Every write, then the flush the last of them may have started, settles before the temp file is
      // closed and removed.
      await records.drained().catch(() => undefined);
      await flusher.settled().catch(() => undefined);
    }
    throwIfAborted(signal);
  };

  try {
    try {
      await ensureObjectsDirectory(objectsDir);
    } catch (error) {
      throw fileFailure(error, 'store');
    }
    // A new random id: nothing can be at the final name, so no existence check before the rename.
    await writeFileAtomicFrom(finalPath, writeRecords, { tempLabel: objectId, signal });
  } catch (error) {
    await chunks.return(undefined).catch(() => undefined);
    // Renamed but the folder could not be synced: the caller will not record it, so it goes too.
    await rm(finalPath, { force: true }).catch(() => undefined);
    stream?.destroy();
    throwIfAborted(signal);
    throw fileFailure(error, 'store');
  } finally {
    await input?.handle.close().catch(() => undefined);
    await hasher.close();
    slabs.wipe();
  }

  progress.finish();
  return { objectId, fileName, sha256, size, wrappedKey };
}

async function openSourceFile(file: string): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const stat = await handle.stat();
    // A FIFO or a device (/dev/zero) would never end, or never read the same twice.
    if (!stat.isFile()) throw new FileError('source_not_a_file');
    return { handle, size: stat.size };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    throw fileFailure(error, 'source');
  }
}
