import { mkdir, type FileHandle } from 'node:fs/promises';
import { PRIVATE_DIR_MODE } from '../private-files.js';
import { systemCodeOf } from '../io-errors.js';

/** Creates the objects folder (private) if needed, but never the vault folder above it. */
export async function ensureObjectsDirectory(objectsDir: string): Promise<void> {
  try {
    await mkdir(objectsDir, { mode: PRIVATE_DIR_MODE });
  } catch (error) {
    if (systemCodeOf(error) !== 'EEXIST') throw error;
  }
}

/** Writes every byte of `buffers` at `position` (a positional write may be short). */
export async function writeAllAt(handle: FileHandle, buffers: readonly Uint8Array[], position: number): Promise<void> {
  let pending = buffers.filter((buffer) => buffer.length > 0);
  while (pending.length > 0) {
    let { bytesWritten } = await handle.writev(pending, position);
    position += bytesWritten;
    const rest: Uint8Array[] = [];
    for (const buffer of pending) {
      if (bytesWritten >= buffer.length) {
        bytesWritten -= buffer.length;
      } else {
        rest.push(buffer.subarray(bytesWritten));
        bytesWritten = 0;
      }
    }
    pending = rest;
  }
}

/** Reads up to `length` bytes at `position`, looping over short reads; fewer only at end of file. */
export async function readAt(handle: FileHandle, length: number, position: number): Promise<Buffer> {
  return readAtInto(handle, Buffer.alloc(length), position);
}

/** Fills `buffer` from `position` (a buffer the caller reuses); the part filled, shorter only at end of file. */
export async function readAtInto(handle: FileHandle, buffer: Buffer, position: number): Promise<Buffer> {
  const length = buffer.length;
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? buffer : buffer.subarray(0, filled);
}
