import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it, vi } from 'vitest';
import {
  exportObject,
  ingestFile,
  isAbortError,
  openObjectStream,
  verifyObject,
} from '../../../electron/core/kernel/files/objects/index.js';
import { diskFullOnWrite } from './failing-write.js';
import { FileError, fileFailure } from '../../../electron/core/kernel/files/io-errors.js';
import {
  generatedStream,
  ingestBytes,
  listing,
  makeStore,
  readAll,
  sampleBytes,
  SMALL_CHUNK,
  useTempDirs,
  writeSource,
} from './helpers.js';

const tempDir = useTempDirs();

/** A stream that never ends on its own, and calls `onBytes` with the running total as it goes. */
function endlessStream(onBytes: (total: number) => void): Readable {
  let total = 0;
  return new Readable({
    read() {
      const piece = Buffer.alloc(16 * 1024, 0x61);
      total += piece.length;
      onBytes(total);
      // One piece per macrotask: the ingest is mid-flight, not finished, when the abort lands.
      setImmediate(() => this.push(piece));
    },
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('cancel', () => {
  it('mid-ingest from a stream: rejects with an AbortError and leaves the store empty', async () => {
    const store = makeStore(tempDir);
    const controller = new AbortController();
    let sawTempFile = false;
    const stream = endlessStream((total) => {
      if (total >= 10 * SMALL_CHUNK && !controller.signal.aborted) {
        sawTempFile = listing(store.objectsDir).some((name) => name.startsWith('.tmp-'));
        controller.abort();
      }
    });
    const error = await rejection(
      ingestFile(stream, {
        objectsDir: store.objectsDir,
        dataKey: store.dataKey,
        chunkSize: SMALL_CHUNK,
        signal: controller.signal,
      }),
    );
    expect(sawTempFile).toBe(true); // it really was mid-write
    expect(isAbortError(error)).toBe(true);
    expect((error as Error).name).toBe('AbortError');
    expect(listing(store.objectsDir)).toEqual([]);
    expect(stream.destroyed).toBe(true);
  });

  it('mid-ingest from a file: rejects with an AbortError and leaves the store empty', async () => {
    const store = makeStore(tempDir);
    const source = writeSource(store, sampleBytes(64 * SMALL_CHUNK));
    const controller = new AbortController();
    const ingest = ingestFile(source, {
      objectsDir: store.objectsDir,
      dataKey: store.dataKey,
      chunkSize: SMALL_CHUNK,
      signal: controller.signal,
    });
    // Abort as soon as the temp file exists.
    let sawTempFile = false;
    for (let i = 0; i < 10_000 && !sawTempFile; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      sawTempFile = listing(store.objectsDir).some((name) => name.startsWith('.tmp-'));
    }
    expect(sawTempFile).toBe(true);
    controller.abort();
    const error = await rejection(ingest);
    expect((error as Error).name).toBe('AbortError');
    expect(listing(store.objectsDir)).toEqual([]);
    expect(fs.readFileSync(source).length).toBe(64 * SMALL_CHUNK); // the source is untouched
  });

  it('already cancelled: rejects at once and creates nothing', async () => {
    const store = makeStore(tempDir);
    const source = writeSource(store, sampleBytes(10));
    const error = await rejection(
      ingestFile(source, { objectsDir: store.objectsDir, dataKey: store.dataKey, signal: AbortSignal.abort() }),
    );
    expect((error as Error).name).toBe('AbortError');
    expect(fs.existsSync(store.objectsDir)).toBe(false);
  });

  it('cancelling a verify or an export rejects with an AbortError; an export leaves nothing behind', async () => {
    const store = makeStore(tempDir);
    const object = await ingestBytes(store, sampleBytes(20 * SMALL_CHUNK));
    const verifying = new AbortController();
    const verify = verifyObject(store.objectsDir, object, store.dataKey, { signal: verifying.signal });
    verifying.abort();
    expect(((await rejection(verify)) as Error).name).toBe('AbortError');

    const exportDir = path.join(store.work, 'usb');
    fs.mkdirSync(exportDir);
    const exporting = new AbortController();
    const exported = exportObject(store.objectsDir, object, store.dataKey, path.join(exportDir, 'copy.bin'), {
      signal: exporting.signal,
    });
    setImmediate(() => exporting.abort());
    expect(((await rejection(exported)) as Error).name).toBe('AbortError');
    expect(listing(exportDir)).toEqual([]);
  });
});

describe('failures', () => {
  it('a missing source is source_missing (NOT_FOUND), its message names no path, and nothing is created', async () => {
    const store = makeStore(tempDir);
    const source = path.join(store.work, 'Amani-Okello-statement.pdf');
    const error = await rejection(ingestFile(source, { objectsDir: store.objectsDir, dataKey: store.dataKey }));
    expect(error).toBeInstanceOf(FileError);
    expect(error).toMatchObject({ problem: 'source_missing', code: 'NOT_FOUND', systemCode: 'ENOENT' });
    expect((error as Error).message).not.toContain('Amani');
    expect(listing(store.objectsDir)).toEqual([]);
  });

  it('a folder is not a file', async () => {
    const store = makeStore(tempDir);
    await expect(
      ingestFile(store.work, { objectsDir: store.objectsDir, dataKey: store.dataKey }),
    ).rejects.toMatchObject({ problem: 'source_not_a_file' });
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'an unreadable source is source_unreadable (not checkable as root, who reads everything)',
    async () => {
      const store = makeStore(tempDir);
      const source = writeSource(store, sampleBytes(10));
      fs.chmodSync(source, 0o000);
      await expect(ingestFile(source, { objectsDir: store.objectsDir, dataKey: store.dataKey })).rejects.toMatchObject({
        problem: 'source_unreadable',
      });
    },
  );

  it('a source that fails mid-way rejects with source_unreadable and leaves nothing', async () => {
    const store = makeStore(tempDir);
    let sent = 0;
    const failing = new Readable({
      read() {
        if (sent >= 5 * SMALL_CHUNK) {
          this.destroy(Object.assign(new Error('I/O error on /media/usb/Amani.mp4'), { code: 'EIO' }));
          return;
        }
        sent += SMALL_CHUNK;
        this.push(Buffer.alloc(SMALL_CHUNK, 1));
      },
    });
    const error = await rejection(
      ingestFile(failing, { objectsDir: store.objectsDir, dataKey: store.dataKey, chunkSize: SMALL_CHUNK }),
    );
    expect(error).toMatchObject({ problem: 'source_unreadable', systemCode: 'EIO' });
    expect((error as Error).message).not.toContain('Amani');
    expect(listing(store.objectsDir)).toEqual([]);
  });

  it('a write-back error reported while the object is being written fails the ingest, leaving nothing', async () => {
    const store = makeStore(tempDir);
    // Linux reports a write-back error to a file descriptor once: the flush made while writing sees
    // it, the fsync at the end would not, so the error must not be lost on the way.
    const probe = await fs.promises.open(store.work, 'r');
    const handles = Object.getPrototypeOf(probe) as { datasync: () => Promise<void> };
    await probe.close();
    const flushes = vi
      .spyOn(handles, 'datasync')
      .mockRejectedValue(Object.assign(new Error('write-back failed'), { code: 'EIO' }));
    try {
      const { stream } = generatedStream(80 * 1024 * 1024);
      const error = await rejection(ingestFile(stream, { objectsDir: store.objectsDir, dataKey: store.dataKey }));
      expect(flushes).toHaveBeenCalled();
      expect(error).toMatchObject({ problem: 'write_failed', systemCode: 'EIO' });
    } finally {
      flushes.mockRestore();
    }
    expect(listing(store.objectsDir)).toEqual([]);
  });

  it('a write that runs out of space part-way is disk_full: nothing written after it, nothing left', async () => {
    const store = makeStore(tempDir);
    // The third write fails: the header and some records are on disk, more are sealed and queued behind it.
    const disk = await diskFullOnWrite(store.work, 3);
    try {
      const { stream } = generatedStream(24 * 1024 * 1024);
      const error = await rejection(ingestFile(stream, { objectsDir: store.objectsDir, dataKey: store.dataKey }));
      expect(error).toMatchObject({ problem: 'disk_full', systemCode: 'ENOSPC' });
      expect(disk.calls()).toBe(3);
    } finally {
      disk.restore();
    }
    expect(listing(store.objectsDir)).toEqual([]);
  });

  it('a stream of strings rather than bytes is refused and leaves nothing', async () => {
    const store = makeStore(tempDir);
    await expect(
      ingestFile(Readable.from(['not', 'bytes']), { objectsDir: store.objectsDir, dataKey: store.dataKey }),
    ).rejects.toThrow(TypeError);
    expect(listing(store.objectsDir)).toEqual([]);
  });

  it('a vault folder that is gone is store_unwritable; the vault folder is not recreated', async () => {
    const store = makeStore(tempDir);
    const objectsDir = path.join(store.work, 'no-such-vault', 'objects');
    const source = writeSource(store, sampleBytes(10));
    await expect(ingestFile(source, { objectsDir, dataKey: store.dataKey })).rejects.toMatchObject({
      problem: 'store_unwritable',
    });
    expect(fs.existsSync(path.dirname(objectsDir))).toBe(false);
  });

  it('disk full and other write errors become problems a person can act on', () => {
    expect(fileFailure(Object.assign(new Error('x'), { code: 'ENOSPC' }), 'store')).toMatchObject({
      problem: 'disk_full',
      systemCode: 'ENOSPC',
    });
    expect(fileFailure(Object.assign(new Error('x'), { code: 'EDQUOT' }), 'store')).toMatchObject({
      problem: 'disk_full',
    });
    expect(fileFailure(Object.assign(new Error('x'), { code: 'EROFS' }), 'store')).toMatchObject({
      problem: 'store_unwritable',
    });
    expect(fileFailure(Object.assign(new Error('x'), { code: 'EIO' }), 'store')).toMatchObject({
      problem: 'write_failed',
    });
    const bug = new TypeError('a bug');
    expect(fileFailure(bug, 'store')).toBe(bug); // not disguised as a disk problem
  });

  it.skipIf(!fs.existsSync('/dev/full'))(
    'a write that runs out of space (/dev/full) is recognised as disk_full',
    async () => {
      const store = makeStore(tempDir);
      const object = await ingestBytes(store, sampleBytes(3 * SMALL_CHUNK));
      // The store's own files cannot be put on /dev/full: write the plaintext stream there as a caller would.
      const plaintext = openObjectStream(store.objectsDir, object.objectId, object.wrappedKey, store.dataKey);
      const error = await rejection(pipeline(plaintext, fs.createWriteStream('/dev/full')));
      expect(fileFailure(error, 'destination')).toMatchObject({ problem: 'disk_full' });
      expect(plaintext.destroyed).toBe(true);
    },
  );
});

describe('export', () => {
  it('writes the plaintext to the chosen destination and returns its hash', async () => {
    const store = makeStore(tempDir);
    const bytes = sampleBytes(2 * SMALL_CHUNK + 9);
    const object = await ingestBytes(store, bytes);
    const destination = path.join(store.work, 'export', 'statement.pdf');
    fs.mkdirSync(path.dirname(destination));
    const exported = await exportObject(store.objectsDir, object, store.dataKey, destination);
    expect(exported).toEqual({ destinationPath: destination, size: bytes.length, sha256: object.sha256 });
    expect(fs.readFileSync(destination).equals(bytes)).toBe(true);
    expect(listing(path.dirname(destination))).toEqual(['statement.pdf']); // no temp file left
  });

  it('refuses to replace an existing file unless told to, and needs an existing folder', async () => {
    const store = makeStore(tempDir);
    const object = await ingestBytes(store, sampleBytes(100));
    const destination = path.join(store.work, 'existing.bin');
    fs.writeFileSync(destination, 'keep me');
    await expect(exportObject(store.objectsDir, object, store.dataKey, destination)).rejects.toMatchObject({
      problem: 'destination_exists',
      code: 'CONFLICT',
    });
    expect(fs.readFileSync(destination, 'utf8')).toBe('keep me');
    await exportObject(store.objectsDir, object, store.dataKey, destination, { overwrite: true });
    expect(fs.readFileSync(destination).length).toBe(100);
    await expect(
      exportObject(store.objectsDir, object, store.dataKey, path.join(store.work, 'nowhere', 'x.bin')),
    ).rejects.toMatchObject({ problem: 'destination_missing' });
  });

  it('the plaintext stream can be consumed partly and dropped', async () => {
    const store = makeStore(tempDir);
    const object = await ingestBytes(store, sampleBytes(30 * SMALL_CHUNK));
    const stream = openObjectStream(store.objectsDir, object.objectId, object.wrappedKey, store.dataKey);
    for await (const part of stream) {
      expect((part as Buffer).length).toBe(SMALL_CHUNK);
      break; // destroys the stream; its file handle must be closed, not leaked
    }
    expect(stream.destroyed).toBe(true);
    // The whole object still reads fine afterwards.
    const again = await readAll(openObjectStream(store.objectsDir, object.objectId, object.wrappedKey, store.dataKey));
    expect(again.length).toBe(30 * SMALL_CHUNK);
  });
});

describe('concurrency', () => {
  it('several ingests at once into one store each produce their own intact object', async () => {
    const store = makeStore(tempDir);
    const sources = [0, 1, 2, 3].map(() => generatedStream(7 * SMALL_CHUNK + 13, 50_000));
    const objects = await Promise.all(
      sources.map(({ stream }) =>
        ingestFile(stream, { objectsDir: store.objectsDir, dataKey: store.dataKey, chunkSize: SMALL_CHUNK }),
      ),
    );
    expect(objects.map((o) => o.sha256)).toEqual(sources.map((s) => s.sha256()));
    expect(listing(store.objectsDir)).toEqual(objects.map((o) => o.objectId).sort());
    for (const object of objects)
      expect(await verifyObject(store.objectsDir, object, store.dataKey)).toEqual({ ok: true });
  });
});
