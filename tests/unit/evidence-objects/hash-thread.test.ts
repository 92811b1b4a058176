import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HASH_THREAD_FROM_BYTES, threadHasher } from '../../../electron/core/kernel/files/objects/chunk-hasher.js';
import { ingestFile, verifyObject } from '../../../electron/core/kernel/files/objects/index.js';
import { makeStore, sampleBytes, sha256Of, useTempDirs, writeSource } from './helpers.js';

const tempDir = useTempDirs();

describe('SHA-256 on a thread of its own', () => {
  it('digests chunks as one hash over their bytes, whatever their sizes, the caller reusing its buffer', async () => {
    const bytes = sampleBytes(3 * 1024 * 1024 + 17);
    const hasher = threadHasher();
    const reused = Buffer.alloc(1024 * 1024);
    try {
      for (let offset = 0; offset < bytes.length; offset += reused.length) {
        const piece = bytes.subarray(offset, offset + reused.length);
        piece.copy(reused);
        await hasher.update(reused.subarray(0, piece.length));
        reused.fill(0xaa); // the hasher took its own copy
      }
      await hasher.update(new Uint8Array(0));
      expect(await hasher.digest()).toBe(sha256Of(bytes));
    } finally {
      await hasher.close();
    }
  });

  it('gathers pieces of any size into its buffers: small, odd, larger than one, across their edges', async () => {
    const bytes = sampleBytes(5 * 1024 * 1024 + 3);
    const sizes = [64 * 1024, 1, 70_000, 1024 * 1024 + 3, 64 * 1024 + 16];
    const hasher = threadHasher();
    try {
      for (let offset = 0, turn = 0; offset < bytes.length; turn += 1) {
        const piece = Buffer.from(bytes.subarray(offset, offset + sizes[turn % sizes.length]!));
        await hasher.update(piece);
        piece.fill(0x55); // taken as a copy
        offset += piece.length;
      }
      expect(await hasher.digest()).toBe(sha256Of(bytes));
    } finally {
      await hasher.close();
    }
  });

  it('is what a large file is ingested and re-verified with, and records the same hash', async () => {
    const store = makeStore(tempDir);
    const bytes = sampleBytes(HASH_THREAD_FROM_BYTES + 5);
    const source = writeSource(store, bytes, 'video.mp4');
    const object = await ingestFile(source, { objectsDir: store.objectsDir, dataKey: store.dataKey });
    expect(object.sha256).toBe(sha256Of(bytes));
    expect(object.size).toBe(bytes.length);
    expect(await verifyObject(store.objectsDir, object, store.dataKey)).toEqual({ ok: true });

    const wrong = { ...object, sha256: sha256Of(Buffer.from('another file')) };
    expect(await verifyObject(store.objectsDir, wrong, store.dataKey)).toEqual({ ok: false, problem: 'hash_mismatch' });
  });

  it('is stopped with a cancelled ingest of a large file, which leaves nothing behind', async () => {
    const store = makeStore(tempDir);
    const source = writeSource(store, sampleBytes(HASH_THREAD_FROM_BYTES * 2), 'video.mp4');
    const controller = new AbortController();
    const ingest = ingestFile(source, {
      objectsDir: store.objectsDir,
      dataKey: store.dataKey,
      signal: controller.signal,
      // The first progress report comes once the thread is hashing; a fast machine may report only late.
      onProgress: () => controller.abort(),
    });
    // Not later than the first turn of the event loop after the thread started, whatever the machine's speed.
    setTimeout(() => controller.abort(), 0);
    await expect(ingest).rejects.toMatchObject({ name: 'AbortError' });
    expect(fs.readdirSync(store.objectsDir)).toEqual([]);
  });
});
