import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';

// The one way Casefile writes a file: owner-only from its first byte, never over whatever already
// sits at a name ('wx'), fsynced, renamed into place, and the folder fsynced so the rename survives
// a power cut. The vault's key file, its database, its evidence objects, the preferences and every
// export and report go through here. Sync for small whole files written under a lock or at start;
// async for streamed content, which must not block the event loop. Each step has one sync and one
// async implementation below, and both sequences are the same.

/** Vault files are readable by their owner only; the folder is not even listable by others. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Prefix of files still being written; anything carrying it after a crash is swept (objects) or ignored. */
export const TEMP_PREFIX = '.tmp-';

/** A fresh temp name beside `file`; `label` replaces the file's own name where that name says too much. */
function tempPathBeside(file: string, label: string = path.basename(file)): string {
  return path.join(path.dirname(file), `${TEMP_PREFIX}${label}-${randomBytes(6).toString('hex')}`);
}

export interface AtomicWriteOptions {
  /** Replace a file already at the destination (a save dialog asked). Default: replace. */
  overwrite?: boolean;
  /** Names the temp file instead of the destination's base name. */
  tempLabel?: string;
  /** Checked once the content is written and fsynced, before the rename: an abort leaves nothing. */
  signal?: AbortSignal;
}

/** The error a refused replace throws, shaped like Node's own so the I/O error mapping reads it. */
function alreadyExists(): NodeJS.ErrnoException {
  return Object.assign(new Error('a file already exists at the destination'), { code: 'EEXIST' });
}

const codeOf = (error: unknown): unknown => (error as NodeJS.ErrnoException | null)?.code;

// Windows cannot open or fsync a directory, and some file systems refuse it; the rename is still atomic there.
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EACCES']);

// ---- sync steps ----

/** chmod, tolerating a file that does not exist (yet). Other errors surface. */
export function chmodIfExists(file: string, mode: number): void {
  try {
    fs.chmodSync(file, mode);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error;
  }
}

/** Creates the folder (and parents) if needed and makes it private to its owner. */
export function ensurePrivateDirectory(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/** A new owner-only folder (not its parents); fails if anything already sits at that name. */
export function createPrivateDirectory(dir: string): void {
  fs.mkdirSync(dir, { mode: PRIVATE_DIR_MODE });
  fs.chmodSync(dir, PRIVATE_DIR_MODE); // the mode given to mkdir is filtered by the umask
}

/** A new owner-only file, open for writing; fails if anything (even a symlink) already sits at that name. */
function openNewPrivateFileSync(file: string): number {
  const fd = fs.openSync(file, 'wx', PRIVATE_FILE_MODE);
  try {
    fs.fchmodSync(fd, PRIVATE_FILE_MODE); // the mode given to open is filtered by the umask
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw error;
  }
  return fd;
}

/** fsync a directory so a rename or a new entry in it survives a power cut (no-op where unsupported). */
function fsyncDirectorySync(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(codeOf(error) as string)) throw error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Whether anything (a file, a folder, a dangling symlink) sits at that name. */
function pathExistsSync(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw error;
  }
}

/** Creates an empty owner-only file, durably; fails if anything already exists at that path. */
export function createPrivateFile(file: string): void {
  const fd = openNewPrivateFileSync(file);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fsyncDirectorySync(path.dirname(file));
}

/**
 * Writes `file` so that a reader (or a crash) sees either the old bytes or the new ones, never a
 * mix: private temp file → write → fsync → rename over → fsync the folder. On failure the temp file
 * is removed and whatever was at `file` is left as it was.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const temp = tempPathBeside(file, options.tempLabel);
  const fd = openNewPrivateFileSync(temp);
  try {
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    options.signal?.throwIfAborted();
    if (options.overwrite === false && pathExistsSync(file)) throw alreadyExists();
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectorySync(path.dirname(file));
}

// ---- async steps (the same sequence) ----

/** A new owner-only file, open for writing; fails if anything (even a symlink) already sits at that name. */
async function openNewPrivateFile(file: string): Promise<FileHandle> {
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

/** fsync a directory so a rename in it survives a power cut (no-op where unsupported). */
async function fsyncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(codeOf(error) as string)) throw error;
  } finally {
    await handle?.close();
  }
}

/** Whether anything (a file, a folder, a dangling symlink) sits at that name. */
export async function pathExists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * The streamed form of writeFileAtomic: `fill` writes the content into the private temp file's
 * handle (and must have settled every write it started before it returns or throws); then fsync,
 * rename into place and fsync the folder. On failure or abort the temp file is removed and
 * whatever was at `file` is left as it was. Returns what `fill` returned.
 */
export async function writeFileAtomicFrom<T>(
  file: string,
  fill: (handle: FileHandle) => Promise<T>,
  options: AtomicWriteOptions = {},
): Promise<T> {
  const temp = tempPathBeside(file, options.tempLabel);
  let handle: FileHandle | undefined = await openNewPrivateFile(temp);
  let result: T;
  try {
    result = await fill(handle);
    await handle.sync();
    const written = handle;
    handle = undefined;
    await written.close();
    options.signal?.throwIfAborted();
    // Checked last: the destination may have appeared while the content was being written.
    if (options.overwrite === false && (await pathExists(file))) throw alreadyExists();
    await rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(path.dirname(file));
  return result;
}
