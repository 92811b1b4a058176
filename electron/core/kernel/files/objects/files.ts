import { randomBytes } from 'node:crypto';
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../private-files.js';
import { systemCodeOf } from './errors.js';

/** Prefix of files still being written; anything carrying it after a crash is swept. */
export const TEMP_PREFIX = '.tmp-';

export const tempNameFor = (label: string): string => `${TEMP_PREFIX}${label}-${randomBytes(6).toString('hex')}`;

/** Creates the objects folder (private) if needed, but never the vault folder above it. */
export async function ensureObjectsDirectory(objectsDir: string): Promise<void> {
  try {
    await mkdir(objectsDir, { mode: PRIVATE_DIR_MODE });
  } catch (error) {
    if (systemCodeOf(error) !== 'EEXIST') throw error;
  }
}

/** A new owner-only file; 'wx' never follows or reuses whatever might already sit at that name. */
export async function createPrivateFile(file: string): Promise<FileHandle> {
  const handle = await open(file, 'wx', PRIVATE_FILE_MODE);
  try {
    await handle.chmod(PRIVATE_FILE_MODE); // the mode given to open is filtered by the umask
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(file, { force: true });
    throw error;
  }
  return handle;
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
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? buffer : buffer.subarray(0, filled);
}

/** fsync a directory so a rename in it survives a power cut. Windows cannot open a directory; its renames are atomic anyway. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = systemCodeOf(error);
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}
