import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepOrphanObjects, verifyObject } from '../../../electron/core/kernel/files/objects/index.js';
import { ingestBytes, listing, makeStore, sampleBytes, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();
// File times are the file system's, on the real clock: a date in 2001 is older than the grace period on any run.
const LONG_AGO = new Date('2001-01-01T00:00:00.000Z');

describe('sweepOrphanObjects', () => {
  it('removes objects without a row and leftover temp files, keeps known objects and anything not ours', async () => {
    const store = makeStore(tempDir);
    const kept = await ingestBytes(store, sampleBytes(1000));
    const alsoKept = await ingestBytes(store, sampleBytes(0));
    const orphan = await ingestBytes(store, sampleBytes(70_000));
    const temp = path.join(store.objectsDir, '.tmp-0123456789abcdef0123456789abcdef-a1b2c3');
    fs.writeFileSync(temp, Buffer.alloc(500));
    const foreign = path.join(store.objectsDir, 'README.txt');
    fs.writeFileSync(foreign, 'not an object');
    const folder = path.join(store.objectsDir, 'f'.repeat(32));
    fs.mkdirSync(folder);
    for (const name of listing(store.objectsDir)) fs.utimesSync(path.join(store.objectsDir, name), LONG_AGO, LONG_AGO);

    const report = await sweepOrphanObjects(store.objectsDir, new Set([kept.objectId, alsoKept.objectId]));
    expect(report.removedObjectIds).toEqual([orphan.objectId]);
    expect(report.removedTempFiles).toEqual([path.basename(temp)]);
    expect(report.bytesFreed).toBe(500 + (26 + 2 * 28 + 70_000)); // the temp file, and the orphan: header, two records
    expect(listing(store.objectsDir)).toEqual([kept.objectId, alsoKept.objectId, 'README.txt', 'f'.repeat(32)].sort());
    expect(await verifyObject(store.objectsDir, kept, store.dataKey)).toEqual({ ok: true });
  });

  it('leaves files younger than the grace period (another process may be mid-ingest)', async () => {
    const store = makeStore(tempDir);
    const fresh = await ingestBytes(store, sampleBytes(10));
    fs.writeFileSync(path.join(store.objectsDir, '.tmp-in-progress'), 'x');
    const untouched = await sweepOrphanObjects(store.objectsDir, new Set());
    expect(untouched).toEqual({ removedObjectIds: [], removedTempFiles: [], bytesFreed: 0 });
    expect(listing(store.objectsDir)).toEqual(['.tmp-in-progress', fresh.objectId].sort());

    // Written at a known instant, the files are left 14 minutes later and swept at 16.
    const writtenAt = Date.parse('2026-03-10T09:00:00.000Z');
    for (const name of listing(store.objectsDir))
      fs.utimesSync(path.join(store.objectsDir, name), writtenAt / 1000, writtenAt / 1000);
    const stillYoung = await sweepOrphanObjects(store.objectsDir, new Set(), { now: () => writtenAt + 14 * 60_000 });
    expect(stillYoung.removedObjectIds).toEqual([]);
    const swept = await sweepOrphanObjects(store.objectsDir, new Set(), { now: () => writtenAt + 16 * 60_000 });
    expect(swept.removedObjectIds).toEqual([fresh.objectId]);
    expect(swept.removedTempFiles).toEqual(['.tmp-in-progress']);
    expect(listing(store.objectsDir)).toEqual([]);
  });

  it('with minAgeMs 0 removes everything unknown at once', async () => {
    const store = makeStore(tempDir);
    const orphan = await ingestBytes(store, sampleBytes(10));
    const report = await sweepOrphanObjects(store.objectsDir, new Set(), { minAgeMs: 0 });
    expect(report.removedObjectIds).toEqual([orphan.objectId]);
  });

  it('a store with no objects folder yet has nothing to sweep', async () => {
    const store = makeStore(tempDir);
    expect(await sweepOrphanObjects(store.objectsDir, new Set())).toEqual({
      removedObjectIds: [],
      removedTempFiles: [],
      bytesFreed: 0,
    });
  });

  it.skipIf(process.platform === 'win32')('does not follow or remove a symlink named like an object', async () => {
    const store = makeStore(tempDir);
    await ingestBytes(store, sampleBytes(10)); // creates the folder
    const target = path.join(store.work, 'precious.txt');
    fs.writeFileSync(target, 'keep');
    const link = path.join(store.objectsDir, 'e'.repeat(32));
    fs.symlinkSync(target, link);
    await sweepOrphanObjects(store.objectsDir, new Set(), { minAgeMs: 0 });
    expect(fs.readFileSync(target, 'utf8')).toBe('keep');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
