import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, readdir, rm, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { CasefileError } from '../../../shared/contract/index.js';
import { systemCodeOf } from '../kernel/files/io-errors.js';
import { writeAllAt } from '../kernel/files/objects/files.js';
import { TEMP_PREFIX, writeFileAtomicFrom } from '../kernel/files/private-files.js';
import type { BackupFile } from './backup-manifest.js';

// Copies between a vault and a backup folder. Every byte copied is already ciphertext (key file,
// encrypted database, evidence objects): nothing here decrypts. Each copy is written to a temp name,
// fsynced and renamed, and hashed while it is read, so a copy is never taken for what it is not.

const COPY_CHUNK_BYTES = 1024 * 1024;
/**
 * Read-only, refusing a symbolic link (ELOOP) where a file is expected: a link planted in a backup folder
 * cannot make a copy read a file from elsewhere, even one swapped in after the restore's lstat checks.
 * Windows has no O_NOFOLLOW; there the lstat checks stand alone.
 */
const READ_NO_LINK = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

export interface CopyOptions {
  signal?: AbortSignal;
  /** Bytes read so far by this copy, reported as they go. */
  onBytes?: (bytes: number) => void;
  /** The SHA-256 and size the source must have (a restore checks what the manifest says). */
  expected?: Pick<BackupFile, 'size' | 'sha256'>;
}

/** SHA-256 and size of a file, streamed; null when there is no file there. */
export async function hashFile(
  file: string,
  options: Pick<CopyOptions, 'signal' | 'onBytes'> = {},
): Promise<{ size: number; sha256: string } | null> {
  let handle;
  try {
    handle = await open(file, READ_NO_LINK);
  } catch (error) {
    if (systemCodeOf(error) === 'ENOENT' || systemCodeOf(error) === 'EISDIR') return null;
    throw error;
  }
  try {
    return await readHashed(handle, options, async () => undefined);
  } finally {
    await handle.close();
  }
}

/**
 * Reads `input` to its end in chunks, hashing each and handing it to `onPiece` (with the offset it starts
 * at) before the next is read: the one read loop of hashFile and copyVerified.
 */
async function readHashed(
  input: FileHandle,
  options: Pick<CopyOptions, 'signal' | 'onBytes'>,
  onPiece: (piece: Buffer, offset: number) => Promise<void>,
): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(COPY_CHUNK_BYTES);
  let size = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    const piece = buffer.subarray(0, bytesRead);
    hash.update(piece);
    await onPiece(piece, size);
    size += bytesRead;
    options.onBytes?.(bytesRead);
  }
  return { size, sha256: hash.digest('hex') };
}

/**
 * Copies `source` to `destination` (temp name → fsync → rename → fsync the folder), hashing what it
 * reads; then reads the destination back and checks it is what was read. With `expected`, a source
 * that is not exactly that is refused before the rename. Returns the copy's size and SHA-256.
 */
export async function copyVerified(
  source: string,
  destination: string,
  options: CopyOptions = {},
): Promise<{ size: number; sha256: string }> {
  const read = await writeFileAtomicFrom(
    destination,
    async (target) => {
      const input = await open(source, READ_NO_LINK);
      try {
        const copied = await readHashed(input, options, (piece, offset) => writeAllAt(target, [piece], offset));
        if (options.expected && (copied.size !== options.expected.size || copied.sha256 !== options.expected.sha256)) {
          throw new CasefileError('VAULT_CORRUPT', 'backup.fileChanged');
        }
        return copied;
      } finally {
        await input.close();
      }
    },
    { overwrite: true, tempLabel: 'casefile-backup', ...(options.signal ? { signal: options.signal } : {}) },
  );
  const written = await hashFile(destination, options.signal ? { signal: options.signal } : {});
  if (written === null || written.size !== read.size || written.sha256 !== read.sha256) {
    await rm(destination, { force: true });
    throw new CasefileError('INTERNAL', 'backup.readBackFailed');
  }
  return read;
}

/** Removes temp files a cut copy left in `dir` (ours only: they carry the temp prefix). */
export async function removeTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (systemCodeOf(error) === 'ENOENT') return;
    throw error;
  }
  for (const name of names) {
    if (name.startsWith(TEMP_PREFIX)) await rm(path.join(dir, name), { force: true });
  }
}
