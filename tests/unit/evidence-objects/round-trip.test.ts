import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_CHUNK_SIZE,
  exportObject,
  ingestFile,
  openObjectStream,
  verifyObject,
  type TransferProgress,
} from '../../../electron/core/kernel/files/objects/index.js';
import { HEADER_BYTES, objectFileLength } from '../../../electron/core/kernel/files/objects/format.js';
import type { DataKey } from '../../../electron/core/kernel/vault/keys.js';
import {
  generatedStream,
  ingestBytes,
  listing,
  makeStore,
  objectPath,
  readAll,
  sampleBytes,
  sha256Of,
  SMALL_CHUNK,
  useTempDirs,
  writeSource,
} from './helpers.js';

const tempDir = useTempDirs();

describe('object round trip', () => {
  const C = SMALL_CHUNK;
  const sizes: Array<[string, number]> = [
    ['empty', 0],
    ['one byte', 1],
    ['one byte short of a chunk', C - 1],
    ['exactly one chunk', C],
    ['one byte over a chunk', C + 1],
    ['several chunks and a partial one', 3 * C + 777],
    ['several whole chunks', 4 * C],
  ];

  it.each(sizes)('%s: reads back byte for byte, with the SHA-256 and size of the source', async (_label, size) => {
    const store = makeStore(tempDir);
    const bytes = sampleBytes(size);
    const ingested = await ingestBytes(store, bytes, C);

    expect(ingested.sha256).toBe(sha256Of(bytes));
    expect(ingested.size).toBe(size);
    expect(ingested.fileName).toBe('statement.pdf');
    expect(ingested.objectId).toMatch(/^[0-9a-f]{32}$/);
    expect(fs.statSync(objectPath(store, ingested.objectId)).size).toBe(objectFileLength(size, C));

    const back = await readAll(
      openObjectStream(store.objectsDir, ingested.objectId, ingested.wrappedKey, store.dataKey),
    );
    expect(back.equals(bytes)).toBe(true);
    expect(await verifyObject(store.objectsDir, ingested, store.dataKey)).toEqual({ ok: true });
  });

  it('uses 1 MiB chunks by default and writes the documented header', async () => {
    const store = makeStore(tempDir);
    const bytes = sampleBytes(2 * DEFAULT_CHUNK_SIZE + 5);
    const ingested = await ingestFile(writeSource(store, bytes), {
      objectsDir: store.objectsDir,
      dataKey: store.dataKey,
    });
    const file = fs.readFileSync(objectPath(store, ingested.objectId));
    expect(file.subarray(0, 5).toString('ascii')).toBe('CFOBJ');
    expect(file[5]).toBe(1);
    expect(file.readUInt32BE(6)).toBe(DEFAULT_CHUNK_SIZE);
    expect(file.subarray(10, HEADER_BYTES).toString('hex')).toBe(ingested.objectId);
    expect(file.length).toBe(objectFileLength(bytes.length, DEFAULT_CHUNK_SIZE));
    // Chunk 0's nonce is its index and flags (not final); the final chunk's flags say final.
    expect(file.readBigUInt64BE(HEADER_BYTES)).toBe(0n);
    expect(file.readUInt32BE(HEADER_BYTES + 8)).toBe(0);
    const lastRecord = HEADER_BYTES + 2 * (DEFAULT_CHUNK_SIZE + 28);
    expect(file.readBigUInt64BE(lastRecord)).toBe(2n);
    expect(file.readUInt32BE(lastRecord + 8)).toBe(1);

    const back = await readAll(
      openObjectStream(store.objectsDir, ingested.objectId, ingested.wrappedKey, store.dataKey),
    );
    expect(sha256Of(back)).toBe(ingested.sha256);
  });

  it('refuses chunk sizes outside 64 KiB–4 MiB and data keys that are not 32 bytes', async () => {
    const store = makeStore(tempDir);
    const source = path.join(store.work, 'x');
    fs.writeFileSync(source, 'x');
    await expect(
      ingestFile(source, { objectsDir: store.objectsDir, dataKey: store.dataKey, chunkSize: 1024 }),
    ).rejects.toThrow(RangeError);
    await expect(
      ingestFile(source, { objectsDir: store.objectsDir, dataKey: store.dataKey, chunkSize: 8 * 1024 * 1024 }),
    ).rejects.toThrow(RangeError);
    await expect(
      ingestFile(source, { objectsDir: store.objectsDir, dataKey: Buffer.alloc(16) as DataKey }),
    ).rejects.toThrow(RangeError);
    expect(listing(store.objectsDir)).toEqual([]);
  });

  it('ingests a stream (no file), recording the name it is given', async () => {
    const store = makeStore(tempDir);
    const { stream, sha256 } = generatedStream(5 * SMALL_CHUNK + 3, 10_000);
    const ingested = await ingestFile(stream, {
      objectsDir: store.objectsDir,
      dataKey: store.dataKey,
      chunkSize: SMALL_CHUNK,
      fileName: 'cctv.mp4',
    });
    expect(ingested.sha256).toBe(sha256());
    expect(ingested.fileName).toBe('cctv.mp4');
    expect(await verifyObject(store.objectsDir, ingested, store.dataKey)).toEqual({ ok: true });
  });

  it('reports progress with bytes, total and speed, ending at the full size', async () => {
    const store = makeStore(tempDir);
    const bytes = sampleBytes(3 * SMALL_CHUNK + 1);
    const reports: TransferProgress[] = [];
    const source = path.join(store.work, 'photo.jpg');
    fs.writeFileSync(source, bytes);
    const ingested = await ingestFile(source, {
      objectsDir: store.objectsDir,
      dataKey: store.dataKey,
      chunkSize: SMALL_CHUNK,
      onProgress: (p) => reports.push(p),
    });
    expect(reports.at(-1)).toMatchObject({ bytesDone: bytes.length, bytesTotal: bytes.length });
    expect(reports.at(-1)?.bytesPerSecond).toBeGreaterThan(0);

    const verifying: TransferProgress[] = [];
    await verifyObject(store.objectsDir, ingested, store.dataKey, { onProgress: (p) => verifying.push(p) });
    expect(verifying.at(-1)).toMatchObject({ bytesDone: bytes.length, bytesTotal: bytes.length });
  });

  it('leaves only the object in the store, and none of the plaintext in it', async () => {
    const store = makeStore(tempDir);
    const marker = 'SURVIVOR-NAME-Amani-Okello';
    const bytes = sampleBytes(5 * SMALL_CHUNK + 100, marker, 4096);
    const ingested = await ingestBytes(store, bytes);
    expect(listing(store.objectsDir)).toEqual([ingested.objectId]);
    const file = fs.readFileSync(objectPath(store, ingested.objectId));
    expect(file.includes(Buffer.from(marker, 'latin1'))).toBe(false);
    expect(file.includes(Buffer.from(marker, 'utf16le'))).toBe(false);
    // The control: the source does contain it.
    expect(bytes.includes(Buffer.from(marker, 'latin1'))).toBe(true);
    expect(ingested.wrappedKey.length).toBe(61);
  });

  it('two ingests of the same file make two objects with different keys and ciphertexts', async () => {
    const store = makeStore(tempDir);
    const bytes = sampleBytes(SMALL_CHUNK + 10);
    const a = await ingestBytes(store, bytes);
    const b = await ingestBytes(store, bytes);
    expect(a.objectId).not.toBe(b.objectId);
    expect(a.sha256).toBe(b.sha256);
    expect(a.wrappedKey.equals(b.wrappedKey)).toBe(false);
    const bodyA = fs.readFileSync(objectPath(store, a.objectId)).subarray(HEADER_BYTES + 12, HEADER_BYTES + 44);
    const bodyB = fs.readFileSync(objectPath(store, b.objectId)).subarray(HEADER_BYTES + 12, HEADER_BYTES + 44);
    expect(bodyA.equals(bodyB)).toBe(false);
  });
});

describe('file modes', () => {
  // The most permissive umask (this test file's process only): nothing may rely on the user's umask.
  let previousUmask = 0;
  beforeAll(() => {
    previousUmask = process.umask(0o000);
  });
  afterAll(() => {
    process.umask(previousUmask);
  });

  it.skipIf(process.platform === 'win32')(
    'objects are 0600 and a folder created for them 0700; exports are 0600',
    async () => {
      const store = makeStore(tempDir);
      const control = path.join(store.work, 'control');
      fs.writeFileSync(control, 'x');
      expect(fs.statSync(control).mode & 0o777).toBe(0o666); // the check can fail

      const ingested = await ingestBytes(store, sampleBytes(100));
      expect(fs.statSync(objectPath(store, ingested.objectId)).mode & 0o777).toBe(0o600);
      expect(fs.statSync(store.objectsDir).mode & 0o777).toBe(0o700);

      const destination = path.join(store.work, 'exported.bin');
      await exportObject(store.objectsDir, ingested, store.dataKey, destination);
      expect(fs.statSync(destination).mode & 0o777).toBe(0o600);
    },
  );
});
