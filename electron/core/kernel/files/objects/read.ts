import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { importObjectKey, openChunk, type ChunkKey } from './chunk-cipher.js';
import { systemCodeOf } from '../io-errors.js';
import type { IntegrityProblem } from '../file-problems.js';
import { EvidenceObjectError, throwIfAborted } from './errors.js';
import { readAt, readAtInto } from './files.js';
import {
  assertDataKey,
  decodeHeader,
  HEADER_BYTES,
  isObjectId,
  objectFileLength,
  readChunkNonce,
  RECORD_OVERHEAD,
  NONCE_BYTES,
  TAG_BYTES,
  unwrapObjectKey,
  type ChunkPlace,
} from './format.js';
import type { DataKey } from '../../vault/keys.js';

export interface ReadOptions {
  signal?: AbortSignal;
}

interface DecryptOptions extends ReadOptions {
  /** The recorded plaintext size, when known: tells a cut inside the final chunk from other damage. */
  expectedSize?: number;
}

// Chunks read ahead of the consumer (on the pool), decrypted as they come: the disk stays busy, memory bounded.
const READ_AHEAD_BYTES = 4 * 1024 * 1024;

// O_NOFOLLOW: an object is a regular file we wrote; a symlink planted in its place is not followed (POSIX only).
const OPEN_OBJECT_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

const integrity = (problem: IntegrityProblem) => new EvidenceObjectError(problem);

const samePlace = (a: ChunkPlace | null, b: ChunkPlace) => a !== null && a.index === b.index && a.final === b.final;

/**
 * The object's plaintext, chunk by chunk, in order; a chunk is yielded only once its tag has
 * verified. Throws an EvidenceObjectError naming the problem at the first chunk that does not.
 */
export async function* decryptedChunks(
  objectsDir: string,
  objectId: string,
  wrappedKey: Uint8Array,
  dataKey: DataKey,
  options: DecryptOptions = {},
): AsyncGenerator<Buffer, void, undefined> {
  assertDataKey(dataKey);
  if (!isObjectId(objectId)) throw new RangeError('not an evidence object id');
  const { signal, expectedSize } = options;
  throwIfAborted(signal);

  let handle: FileHandle;
  try {
    handle = await open(path.join(objectsDir, objectId), OPEN_OBJECT_FLAGS);
  } catch (error) {
    const code = systemCodeOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw integrity('missing');
    if (code === 'ELOOP') throw integrity('tampered');
    throw error;
  }
  const inFlight: Promise<Buffer>[] = [];
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw integrity('tampered');
    const fileLength = stat.size;
    const rawKey = unwrapObjectKey(dataKey, wrappedKey, objectId);
    if (rawKey === null) throw integrity('wrong_key');
    const key = importObjectKey(rawKey);

    if (fileLength < HEADER_BYTES) throw integrity('truncated');
    const header = await readAt(handle, HEADER_BYTES, 0);
    const reading = decodeHeader(header);
    if (!reading.ok || reading.objectId !== objectId) throw integrity('tampered');
    const { chunkSize } = reading;
    const recordBytes = chunkSize + RECORD_OVERHEAD;
    const bodyLength = fileLength - HEADER_BYTES;
    if (bodyLength === 0) throw integrity('truncated');
    const count = Math.ceil(bodyLength / recordBytes);
    // Damage that leaves the file shorter than its recorded size is a truncation, whatever else it looks like.
    const shorterThanRecorded = expectedSize !== undefined && fileLength < objectFileLength(expectedSize, chunkSize);

    const readAhead = Math.min(8, Math.max(2, Math.floor(READ_AHEAD_BYTES / chunkSize)));
    const records = new RecordBuffers(recordBytes);
    const record = { handle, key, header, chunkSize, recordBytes, count, fileLength, shorterThanRecorded, records };
    let scheduled = 0;
    for (let index = 0; index < count; index++) {
      throwIfAborted(signal);
      while (scheduled < count && inFlight.length < readAhead) {
        const pending = openRecord(record, scheduled++);
        pending.catch(() => undefined); // observed in order below or in the cleanup
        inFlight.push(pending);
      }
      yield await (inFlight.shift() as Promise<Buffer>);
    }
  } finally {
    await Promise.allSettled(inFlight);
    await handle.close();
  }
}

/**
 * Buffers the sealed records are read into, each handed back once its chunk is decrypted (into a buffer of its
 * own): a steady read allocates no record buffer per chunk, so the memory stays flat
 * and the process does not pay for mapping fresh pages at every megabyte. They hold only ciphertext.
 */
class RecordBuffers {
  private readonly free: Buffer[] = [];
  constructor(private readonly recordBytes: number) {}
  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(this.recordBytes);
  }
  give(buffer: Buffer): void {
    this.free.push(buffer);
  }
}

interface RecordContext {
  records: RecordBuffers;
  handle: FileHandle;
  key: ChunkKey;
  header: Buffer;
  chunkSize: number;
  recordBytes: number;
  count: number;
  fileLength: number;
  shorterThanRecorded: boolean;
}

async function openRecord(context: RecordContext, index: number): Promise<Buffer> {
  const buffer = context.records.take();
  try {
    return await openRecordIn(context, index, buffer);
  } finally {
    context.records.give(buffer);
  }
}

async function openRecordIn(context: RecordContext, index: number, buffer: Buffer): Promise<Buffer> {
  const { handle, key, header, chunkSize, recordBytes, count, fileLength } = context;
  const position = HEADER_BYTES + index * recordBytes;
  const isLast = index === count - 1;
  const wanted = Math.min(recordBytes, fileLength - position);
  const record = await readAtInto(handle, buffer.subarray(0, wanted), position);
  const fail = (problem: IntegrityProblem) =>
    integrity(problem === 'tampered' && context.shorterThanRecorded ? 'truncated' : problem);
  // Shorter than announced: the file shrank while being read.
  if (record.length < wanted || record.length < RECORD_OVERHEAD) throw fail('truncated');

  const claimed = readChunkNonce(record.subarray(0, NONCE_BYTES));
  const sealed = record.subarray(NONCE_BYTES);
  if (claimed !== null) {
    const plaintext = openChunk(key, header, claimed, sealed);
    if (plaintext !== null) {
      // Authentic, so its claims are true: only its place in this file can be wrong.
      if (claimed.index !== index) throw integrity('reordered');
      if (claimed.final && !isLast) throw fail('tampered'); // bytes added after the final chunk
      if (!claimed.final && isLast) throw integrity('truncated'); // the chunks after it were cut off
      return plaintext;
    }
  }
  // Not authentic as it stands. If it authenticates under the place it should have, only its nonce was altered.
  const expected: ChunkPlace = { index, final: isLast };
  if (!samePlace(claimed, expected)) {
    const probe = openChunk(key, header, expected, sealed);
    if (probe !== null) {
      probe.fill(0); // only the nonce was altered: its plaintext is not handed out, nor left in memory
      throw integrity('tampered');
    }
  }
  // A non-final chunk always holds a whole chunk: one that ends the file short of that was cut.
  const cutShort = isLast && sealed.length < chunkSize + TAG_BYTES && claimed !== null && !claimed.final;
  throw fail(cutShort ? 'truncated' : 'tampered');
}

/**
 * The object's plaintext as a byte stream that errors (EvidenceObjectError) at the first chunk that fails
 * authentication.
 */
export function openObjectStream(
  objectsDir: string,
  objectId: string,
  wrappedKey: Uint8Array,
  dataKey: DataKey,
  options: ReadOptions = {},
): Readable {
  return Readable.from(decryptedChunks(objectsDir, objectId, wrappedKey, dataKey, options), { objectMode: false });
}
