import type { FileHandle } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { appendingWriter } from '../../../electron/core/kernel/files/objects/files.js';

/**
 * A file handle whose vectored writes finish when the test says: it records each write's position and
 * bytes once written, how many writes were started, and how many were under way at once.
 */
function slowFile(options: { failAt?: number } = {}) {
  const bytes: number[] = [];
  const writes: { position: number; length: number }[] = [];
  const waiting: (() => void)[] = [];
  let started = 0;
  let running = 0;
  let mostAtOnce = 0;
  const handle = {
    async writev(buffers: Uint8Array[], position: number) {
      started += 1;
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise<void>((resolve) => waiting.push(resolve));
      running -= 1;
      if (options.failAt !== undefined && writes.length === options.failAt) throw new Error('disk full');
      const length = buffers.reduce((sum, buffer) => sum + buffer.length, 0);
      writes.push({ position, length });
      let at = position;
      for (const buffer of buffers) {
        buffer.forEach((byte, index) => (bytes[at + index] = byte));
        at += buffer.length;
      }
      return { bytesWritten: length, buffers };
    },
  };
  /** Lets the write under way finish, then lets promise callbacks run. */
  const finishOne = async () => {
    waiting.shift()?.();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return {
    handle: handle as unknown as FileHandle,
    bytes,
    writes,
    finishOne,
    started: () => started,
    mostAtOnce: () => mostAtOnce,
  };
}

const piece = (...values: number[]) => Uint8Array.from(values);

describe('appendingWriter', () => {
  it('writes front to back, one write at a time, gathering what is queued meanwhile into the next write', async () => {
    const file = slowFile();
    const written: number[] = [];
    const writer = appendingWriter(file.handle, 10, { maxPendingBytes: 100, onWritten: (n) => written.push(n) });
    await writer.append([piece(1, 2)]);
    await writer.append([piece(3), piece(4, 5)]);
    await writer.append([piece(6)]);
    // The first write is under way; the next two appends wait behind it, gathered.
    expect(file.writes).toEqual([]);
    const drained = writer.drained();
    await file.finishOne();
    await file.finishOne();
    await drained;
    expect(file.writes).toEqual([
      { position: 10, length: 2 },
      { position: 12, length: 4 },
    ]);
    expect(file.bytes.slice(10)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(file.mostAtOnce()).toBe(1);
    expect(written).toEqual([2, 4]);
  });

  it('makes the caller wait while as much as it allows is queued behind the write under way', async () => {
    const file = slowFile();
    const writer = appendingWriter(file.handle, 0, { maxPendingBytes: 3 });
    await writer.append([piece(1)]); // under way at once
    await writer.append([piece(2, 3)]); // 2 bytes wait: under the limit
    let returned = false;
    const third = writer.append([piece(4)]).then(() => (returned = true)); // 3 bytes wait: the caller waits
    await Promise.resolve();
    expect(returned).toBe(false);
    await file.finishOne(); // the first write ends, the three waiting bytes go in the next
    await third;
    expect(returned).toBe(true);
    await file.finishOne();
    await writer.drained();
    expect(file.bytes).toEqual([1, 2, 3, 4]);
  });

  it('fails the next append and the drain with the error of a failed write, writing nothing after it', async () => {
    const file = slowFile({ failAt: 0 });
    const writer = appendingWriter(file.handle, 0, { maxPendingBytes: 100 });
    await writer.append([piece(1)]);
    await writer.append([piece(2)]);
    await file.finishOne();
    // Only the failed write was started: what was queued behind it never reaches the file.
    expect(file.started()).toBe(1);
    await expect(writer.append([piece(3)])).rejects.toThrow('disk full');
    await expect(writer.drained()).rejects.toThrow('disk full');
    expect(file.started()).toBe(1);
    expect(file.writes).toEqual([]);
  });

  it('fails a caller held at the bound when the write it waits behind fails', async () => {
    const file = slowFile({ failAt: 0 });
    const writer = appendingWriter(file.handle, 0, { maxPendingBytes: 2 });
    await writer.append([piece(1)]); // under way at once
    const held = writer.append([piece(2, 3)]); // 2 bytes wait: the caller waits
    await file.finishOne();
    await expect(held).rejects.toThrow('disk full');
    expect(file.started()).toBe(1);
  });

  it('fails as a failed write does when the listener of written bytes throws (a failed early flush)', async () => {
    const file = slowFile();
    const writer = appendingWriter(file.handle, 0, {
      maxPendingBytes: 100,
      onWritten: () => {
        throw new Error('flush failed');
      },
    });
    await writer.append([piece(1)]);
    const drained = writer.drained();
    await file.finishOne();
    await expect(drained).rejects.toThrow('flush failed');
  });
});
