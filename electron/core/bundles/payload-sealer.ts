import { createCipheriv } from 'node:crypto';
import { Worker } from 'node:worker_threads';

// Seals the chunks of an age payload (age-payload.ts), a batch of them at a time: on this thread for a
// small bundle, on a thread of its own for a large one, so that ChaCha20-Poly1305 runs on one core while
// the evidence is read and decrypted (AES-GCM on libuv's pool) and the bundle written on the other
// (issue 12: the export spent its time on one core).

export const CHUNK_BYTES = 64 * 1024;
export const TAG_BYTES = 16;
/** Chunks sealed together: one message to the thread and back per MiB, not per 64 KiB. */
export const BATCH_BYTES = 16 * CHUNK_BYTES;

/**
 * The nonce of chunk `counter`: an 11-byte big-endian counter (a bundle never reaches 2^48 chunks, so its top
 * bytes stay zero), then 1 on the final chunk. Refers to nothing outside itself: the thread runs its source.
 */
export function chunkNonce(counter: number, final: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeUIntBE(counter, 5, 6);
  nonce[11] = final ? 1 : 0;
  return nonce;
}

/**
 * The sealed chunks of `plaintext` (at most BATCH_BYTES), numbered from `counter`, the last one final when
 * `final`, as one buffer of ciphertext ‖ tag per chunk (an empty final batch is one empty chunk). Refers
 * only to its arguments and chunkNonce: the thread runs its source as well.
 */
function sealBatch(
  cipherOf: typeof createCipheriv,
  key: Uint8Array,
  plaintext: Uint8Array,
  counter: number,
  final: boolean,
): Buffer {
  const chunk = 64 * 1024;
  const tag = 16;
  const chunks = Math.max(1, Math.ceil(plaintext.length / chunk));
  const sealed = Buffer.allocUnsafeSlow(plaintext.length + chunks * tag);
  let offset = 0;
  for (let index = 0; index < chunks; index++) {
    const nonce = chunkNonce(counter + index, final && index === chunks - 1);
    const cipher = cipherOf('chacha20-poly1305', key, nonce, { authTagLength: tag });
    offset += cipher.update(plaintext.subarray(index * chunk, (index + 1) * chunk)).copy(sealed, offset);
    cipher.final();
    offset += cipher.getAuthTag().copy(sealed, offset);
  }
  return sealed;
}

/** Where batches are sealed; each comes back in the order given. */
export interface PayloadSealer {
  /** A batch buffer to fill (BATCH_BYTES), once one is free. */
  take(): Promise<Buffer>;
  /** Seals the first `length` bytes of a buffer from take(); the buffer goes back to the sealer. */
  seal(batch: Buffer, length: number, counter: number, final: boolean): void;
  /** Batches given and not yet handed out by sealed(). */
  readonly pending: number;
  /** The oldest batch given, sealed. */
  sealed(): Promise<Buffer>;
  /** Stops the thread, if any, and overwrites the plaintext buffers; harmless twice. */
  close(): Promise<void>;
}

/** From this payload size on the chunks are sealed on a thread of their own (starting one costs a few ms). */
export const SEAL_THREAD_FROM_BYTES = 16 * 1024 * 1024;

export function payloadSealer(key: Uint8Array, expectedBytes: number): PayloadSealer {
  return expectedBytes >= SEAL_THREAD_FROM_BYTES ? threadSealer(key) : inlineSealer(key);
}

function inlineSealer(key: Uint8Array): PayloadSealer {
  let batch: Buffer | undefined;
  const done: Buffer[] = [];
  return {
    take: async () => (batch ??= Buffer.alloc(BATCH_BYTES)),
    seal(given, length, counter, final) {
      done.push(sealBatch(createCipheriv, key, given.subarray(0, length), counter, final));
    },
    get pending() {
      return done.length;
    },
    sealed: async () => done.shift() as Buffer,
    async close() {
      batch?.fill(0);
    },
  };
}

/** Batches in flight to the thread: the memory held is this many MiB of plaintext and as many sealed. */
const SLOTS = 4;
/** Batches given to the sealer before the oldest is handed out: as many as the thread can hold. */
export const SEALED_AHEAD = SLOTS;

// CommonJS run by `eval` (as chunk-hasher.ts's): no file to ship beside the bundles. The key comes with
// workerData in shared memory, read there (not copied): the thread overwrites it when told to stop.
const SEAL_THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createCipheriv } = require('node:crypto');
${chunkNonce.toString()}
${sealBatch.toString()}
const key = Buffer.from(workerData.key);
const slots = workerData.slots.map((shared) => Buffer.from(shared));
parentPort.on('message', (message) => {
  if (message === null) {
    key.fill(0);
    return parentPort.close();
  }
  const batch = slots[message.slot].subarray(0, message.length);
  const sealed = ${sealBatch.name}(createCipheriv, key, batch, message.counter, message.final);
  parentPort.postMessage({ slot: message.slot, sealed: sealed.buffer }, [sealed.buffer]);
});
`;

/**
 * The thread's side: each batch is filled in one of a few shared buffers the thread reads from (the bytes
 * are copied there once, whatever the source does with its own), and comes back sealed in a buffer of its
 * own, moved (not copied) to this thread.
 */
function threadSealer(key: Uint8Array): PayloadSealer {
  const slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(BATCH_BYTES));
  const batches: Buffer[] = slots.map((shared) => Buffer.from(shared));
  // The one copy of the key both threads see: a copy sent with workerData would stay in memory, unwiped.
  const sharedKey = new Uint8Array(new SharedArrayBuffer(key.length));
  sharedKey.set(key);
  const worker = new Worker(SEAL_THREAD_SOURCE, {
    eval: true,
    workerData: { key: sharedKey.buffer, slots },
  });
  const free = batches.map((_batch, index) => index);
  const waiting: { resolve: (sealed: Buffer) => void; reject: (error: Error) => void }[] = [];
  const ready: Promise<Buffer>[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const woken = () => {
    const waiter = wake;
    wake = undefined;
    waiter?.();
  };
  worker.on('message', (message: { slot: number; sealed: ArrayBuffer }) => {
    free.push(message.slot);
    waiting.shift()?.resolve(Buffer.from(message.sealed));
    woken();
  });
  const fail = (error: Error) => {
    failure ??= error;
    for (const waiter of waiting.splice(0)) waiter.reject(failure);
    woken();
  };
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      exited = true;
      // Overwritten here too, for a thread that ended before it was told to stop (a crash).
      sharedKey.fill(0);
      fail(new Error('the sealing thread stopped before the end of the payload'));
      resolve();
    }),
  );
  worker.on('error', fail);
  return {
    async take() {
      while (free.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      if (failure) throw failure;
      return batches[free.shift() as number]!;
    },
    seal(batch, length, counter, final) {
      const slot = batches.indexOf(batch);
      if (slot < 0) throw new RangeError('not a batch of this sealer');
      if (failure) throw failure;
      const sealed = new Promise<Buffer>((resolve, reject) => waiting.push({ resolve, reject }));
      sealed.catch(() => undefined); // observed by sealed(), or not at all after a failure elsewhere
      ready.push(sealed);
      worker.postMessage({ slot, length, counter, final });
    },
    get pending() {
      return ready.length;
    },
    sealed: () => ready.shift() as Promise<Buffer>,
    async close() {
      // Told to stop, the thread overwrites its copy of the key and ends once the batches before are sealed.
      if (!exited) worker.postMessage(null);
      await exit;
      // The shared buffers held evidence plaintext: overwritten before they are let go.
      for (const batch of batches) batch.fill(0);
    },
  };
}
