import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ingestFile, verifyObject } from '../../../electron/core/kernel/files/objects/index.js';
import { generatedStream, makeStore, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();
const MiB = 1024 * 1024;
const TOTAL = 200 * MiB;

// A full GC on demand, so samples can show what is retained rather than buffers V8 has not
// collected yet (it collects them in steps of ~64 MB, which would hide a smaller leak).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Peak RSS growth while `work` runs, sampled every 10 ms (after a full GC when `collect`). */
async function peakGrowth<T>(collect: boolean, work: () => Promise<T>): Promise<{ result: T; growthMiB: number }> {
  gc();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    if (collect) gc();
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const result = await work();
    return { result, growthMiB: (peak - baseline) / MiB };
  } finally {
    clearInterval(sampler);
  }
}

describe('memory (a 200 MB stream generated on the fly, no file)', () => {
  it('ingest retains a few chunks, never the file', async () => {
    const store = makeStore(tempDir);
    const { stream, sha256 } = generatedStream(TOTAL, 256 * 1024);
    const { result, growthMiB } = await peakGrowth(true, () =>
      ingestFile(stream, { objectsDir: store.objectsDir, dataKey: store.dataKey }),
    );
    expect(result.size).toBe(TOTAL);
    expect(result.sha256).toBe(sha256());
    // The chunks in flight: slab, encrypted copy and record of a few 1 MiB chunks.
    expect(growthMiB, `retained ${growthMiB.toFixed(1)} MiB`).toBeLessThan(40);

    const verify = await peakGrowth(true, () => verifyObject(store.objectsDir, result, store.dataKey));
    expect(verify.result).toEqual({ ok: true });
    // Verifying also starts a hashing thread of its own (its V8 heap, about 10 MiB, and its four 1 MiB
    // buffers) beside the chunks being read and decrypted: 30–38 MiB here, 45 once under a loaded CI run.
    // A fixed cost, whatever the size of the file.
    expect(verify.growthMiB, `retained ${verify.growthMiB.toFixed(1)} MiB while verifying`).toBeLessThan(56);
  });

  it('left to the GC, RSS still grows by far less than the file', async () => {
    const store = makeStore(tempDir);
    const { stream } = generatedStream(TOTAL, 256 * 1024);
    const { result, growthMiB } = await peakGrowth(false, () =>
      ingestFile(stream, { objectsDir: store.objectsDir, dataKey: store.dataKey }),
    );
    expect(result.size).toBe(TOTAL);
    // What is retained, plus up to one ~64 MB step of buffers awaiting collection.
    expect(growthMiB, `RSS grew ${growthMiB.toFixed(1)} MiB`).toBeLessThan(120);
  });
});
