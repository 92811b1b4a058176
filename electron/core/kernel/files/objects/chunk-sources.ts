import type { FileHandle } from 'node:fs/promises';
import { fileFailure } from '../io-errors.js';
import type { ChunkPlace } from './format.js';

/**
 * Chunk-sized buffers handed back once their chunk is encrypted: a steady ingest allocates
 * nothing per chunk, so its memory stays flat instead of depending on when the GC runs.
 */
export class ChunkSlabs {
  private readonly free: Buffer[] = [];
  constructor(readonly chunkSize: number) {}

  take(): Buffer {
    return this.free.pop() ?? Buffer.alloc(this.chunkSize);
  }

  give(slab: Buffer): void {
    this.free.push(slab);
  }

  /** Overwrites the slabs held, so no evidence plaintext lingers in them after the ingest. */
  wipe(): void {
    for (const slab of this.free.splice(0)) slab.fill(0);
  }
}

/** Plaintext of one chunk: `bytes` is a view of `slab`, which goes back to the pool after encryption. */
export interface PlainChunk {
  bytes: Buffer;
  slab: Buffer | undefined;
}

/** A file read straight into slabs, one chunk ahead, each chunk full but the last. */
export async function* fileChunks(handle: FileHandle, slabs: ChunkSlabs): AsyncGenerator<PlainChunk> {
  const { chunkSize } = slabs;
  const readChunk = async (): Promise<PlainChunk | undefined> => {
    const slab = slabs.take();
    let filled = 0;
    try {
      while (filled < chunkSize) {
        const { bytesRead } = await handle.read(slab, filled, chunkSize - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
    } catch (error) {
      throw fileFailure(error, 'source');
    }
    if (filled === 0) {
      slabs.give(slab);
      return undefined;
    }
    return { bytes: slab.subarray(0, filled), slab };
  };
  let next: Promise<PlainChunk | undefined> | undefined = readChunk();
  try {
    while (next) {
      const chunk: PlainChunk | undefined = await next;
      if (!chunk) return;
      // A short read is the end of the file: nothing after it is read.
      next = chunk.bytes.length === chunkSize ? readChunk() : undefined;
      yield chunk;
    }
  } finally {
    await next?.catch(() => undefined); // never leave a read running on a handle about to be closed
  }
}

/** Any byte stream, copied into slabs, each chunk full but the last. */
export async function* streamChunks(source: AsyncIterable<unknown>, slabs: ChunkSlabs): AsyncGenerator<PlainChunk> {
  const { chunkSize } = slabs;
  let slab = slabs.take();
  let filled = 0;
  try {
    for await (const piece of source) {
      if (!(piece instanceof Uint8Array)) throw new TypeError('the source stream must produce bytes');
      let offset = 0;
      while (offset < piece.length) {
        const take = Math.min(chunkSize - filled, piece.length - offset);
        slab.set(piece.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === chunkSize) {
          yield { bytes: slab, slab };
          slab = slabs.take();
          filled = 0;
        }
      }
    }
  } catch (error) {
    throw fileFailure(error, 'source');
  }
  if (filled > 0) yield { bytes: slab.subarray(0, filled), slab };
  else slabs.give(slab);
}

/**
 * Numbers the chunks and marks the last one final, holding each back until the next arrives or
 * the source ends. A source with no bytes at all becomes one empty final chunk.
 */
export async function* placeChunks(chunks: AsyncIterable<PlainChunk>): AsyncGenerator<PlainChunk & ChunkPlace> {
  let index = 0;
  let held: PlainChunk | undefined;
  for await (const chunk of chunks) {
    if (held) yield { ...held, index: index++, final: false };
    held = chunk;
  }
  yield { ...(held ?? { bytes: Buffer.alloc(0), slab: undefined }), index, final: true };
}
