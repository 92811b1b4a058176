import { randomBytes } from 'node:crypto';
import type { WorkerOptions } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';

/** What each sealing thread was started with, as the sealer gave it. */
const started = await vi.hoisted(async () => [] as WorkerOptions[]);
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:worker_threads')>();
  class RecordedWorker extends real.Worker {
    constructor(source: string | URL, options: WorkerOptions = {}) {
      super(source, options);
      started.push(options);
    }
  }
  return { ...real, Worker: RecordedWorker, default: { ...real, Worker: RecordedWorker } };
});

const { SEAL_THREAD_FROM_BYTES, payloadSealer } = await import('../../../electron/core/bundles/payload-sealer.js');

/** The bytes a workerData value holds on this side: a typed array's view, or a whole (shared) buffer. */
function bytesHeld(value: unknown): Uint8Array {
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) return new Uint8Array(value);
  throw new Error('workerData.key is not bytes');
}

describe('the sealing thread’s data key', () => {
  it('leaves no copy of the key on this side once the sealer is closed, the caller’s own key untouched', async () => {
    const key = randomBytes(32);
    const kept = Buffer.from(key);
    const sealer = payloadSealer(key, SEAL_THREAD_FROM_BYTES);
    expect(started).toHaveLength(1);
    const given = bytesHeld((started[0]!.workerData as { key: unknown }).key);
    expect(given).toHaveLength(32);

    const batch = await sealer.take();
    batch.fill(7, 0, 100);
    sealer.seal(batch, 100, 0, true);
    await expect(sealer.sealed()).resolves.toHaveLength(100 + 16);
    await sealer.close();

    // What the thread was given is overwritten (and the thread's own view with it: it is the same memory).
    expect(given.some((byte) => byte !== 0)).toBe(false);
    expect(key.equals(kept)).toBe(true);
  });
});
