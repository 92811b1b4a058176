import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/** The SHA-256 of an object's plaintext, fed chunk by chunk as it is read. */
export interface ChunkHasher {
  /** Takes a copy of `bytes` (the caller may reuse its buffer at once); waits while the hash is too far behind. */
  update(bytes: Uint8Array): Promise<void>;
  /** The digest, lowercase hex, once every chunk given is hashed. */
  digest(): Promise<string>;
  /** Stops the hashing (after the digest, or on failure or cancel); harmless twice. */
  close(): Promise<void>;
}

/**
 * From this size on a file is hashed on a thread of its own: its SHA-256 then runs on one core
 * while AES-GCM runs on the other and reads and writes go on, instead of the hash holding the
 * event loop (issue 13: the ingest left one of two cores idle). Below it, starting a thread costs
 * more than it saves.
 */
export const HASH_THREAD_FROM_BYTES = 16 * 1024 * 1024;

/** Buffers handed to the thread and not yet hashed: each is a shared buffer of its own, reused. */
const SLOTS = 4;
/**
 * Bytes gathered in a buffer before it goes to the thread: small pieces (a case bundle's 64 KiB) would
 * otherwise each wait for a round trip to the thread, and hash at half the speed of the main thread.
 */
const SLOT_BYTES = 1024 * 1024;

// CommonJS run by `eval`: no file to ship beside the bundles (main, CLI chunks, tests alike).
const HASH_THREAD_SOURCE = `
const { parentPort } = require('node:worker_threads');
const hash = require('node:crypto').createHash('sha256');
parentPort.on('message', (message) => {
  if (message === null) return parentPort.postMessage({ digest: hash.digest('hex') });
  hash.update(new Uint8Array(message.buffer, 0, message.length));
  parentPort.postMessage({ hashed: message.slot });
});
`;

export function chunkHasher(expectedBytes: number | undefined): ChunkHasher {
  return expectedBytes !== undefined && expectedBytes >= HASH_THREAD_FROM_BYTES ? threadHasher() : inlineHasher();
}

function inlineHasher(): ChunkHasher {
  const hash = createHash('sha256');
  return {
    update: async (bytes) => {
      hash.update(bytes);
    },
    digest: async () => hash.digest('hex'),
    close: async () => undefined,
  };
}

/**
 * A hash on a worker thread. Each chunk is copied (one memcpy) into one of a few shared buffers
 * the thread reads from, and a buffer goes to the thread once it holds SLOT_BYTES; it is reused
 * once the thread says it is hashed, so nothing is allocated per chunk and memory stays flat
 * whatever the file size.
 */
export function threadHasher(): ChunkHasher {
  const worker = new Worker(HASH_THREAD_SOURCE, { eval: true });
  const slots = Array.from({ length: SLOTS }, () => new Uint8Array(new SharedArrayBuffer(SLOT_BYTES)));
  const free = slots.map((_slot, index) => index);
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let hex: string | undefined;
  const woken = () => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  worker.on('message', (message: { hashed?: number; digest?: string }) => {
    if (message.hashed !== undefined) free.push(message.hashed);
    if (message.digest !== undefined) hex = message.digest;
    woken();
  });
  const fail = (error: Error) => {
    failure ??= error;
    woken();
  };
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('the hashing thread stopped before the digest')));
  const waitFor = async (ready: () => boolean): Promise<void> => {
    while (!ready()) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  };
  // The buffer being filled, and how much of it is.
  let filling: number | undefined;
  let filled = 0;
  const send = () => {
    if (filling === undefined) return;
    worker.postMessage({ slot: filling, buffer: slots[filling]!.buffer, length: filled });
    filling = undefined;
  };
  return {
    async update(bytes) {
      let offset = 0;
      while (offset < bytes.length) {
        if (filling === undefined) {
          await waitFor(() => free.length > 0);
          filling = free.shift() as number;
          filled = 0;
        }
        const part = Math.min(SLOT_BYTES - filled, bytes.length - offset);
        slots[filling]!.set(bytes.subarray(offset, offset + part), filled);
        filled += part;
        offset += part;
        if (filled === SLOT_BYTES) send();
      }
    },
    async digest() {
      send();
      worker.postMessage(null);
      await waitFor(() => hex !== undefined);
      return hex as string;
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
      // The shared buffers held evidence plaintext: overwritten before they are let go.
      for (const buffer of slots) buffer.fill(0);
    },
  };
}
