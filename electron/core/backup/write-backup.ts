import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { lstat, readFile, rm, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { CasefileError } from '../../../shared/contract/index.js';
import { fileFailure } from '../kernel/files/io-errors.js';
import { ensureObjectsDirectory } from '../kernel/files/objects/files.js';
import { createPrivateDirectory, TEMP_PREFIX, writeFileAtomic } from '../kernel/files/private-files.js';
import { readDatabaseVaultId } from '../kernel/db/vault-meta.js';
import { openVaultDatabase } from '../kernel/vault/database.js';
import type { DataKey } from '../kernel/vault/keys.js';
import type { VaultPaths } from '../kernel/vault/layout.js';
import { copyVerified, hashFile, removeTempFiles } from './backup-files.js';
import {
  databaseNameFor,
  keyFileNameFor,
  MANIFEST_NAME,
  manifestIsAuthentic,
  MAX_MANIFEST_BYTES,
  OBJECTS_FOLDER,
  parseManifest,
  preferencesNameFor,
  serializeManifest,
  type BackupFile,
  type BackupManifest,
  type BackupObject,
  type UncheckedManifest,
} from './backup-manifest.js';

/** What a backup reads from the open vault. The data key keys the snapshot and signs the manifest. */
export interface BackupSource {
  paths: VaultPaths;
  vaultId: string;
  dataKey: DataKey;
}

export interface BackupProgress {
  bytesDone: number;
  bytesTotal: number;
}

/**
 * At each backup, the eighth of the objects kept unread whose bytes were checked longest ago are read again:
 * every copy on the drive is checked at least once in eight backups, without reading the whole drive each time.
 */
const RECHECK_ROTATION = 8;

/** Never checked since this was recorded first (older backups), then the longest ago; by name where equal. */
const byLastCheck = (a: { entry: BackupObject }, b: { entry: BackupObject }): number =>
  (a.entry.verifiedAt ?? '').localeCompare(b.entry.verifiedAt ?? '') || a.entry.name.localeCompare(b.entry.name);

export interface BackupOptions {
  signal?: AbortSignal;
  /**
   * Read every evidence object already in the folder again and check its SHA-256 (a full check of the drive).
   * Otherwise an object whose copy still has the size and modification time it had when last checked is kept
   * unread: objects never change, and re-reading a whole USB drive at each backup is slow.
   */
  verifyAll?: boolean;
  now: () => number;
  onProgress?: (progress: BackupProgress) => void;
}

export interface BackupOutcome {
  createdAt: string;
  objectsCopied: number;
  objectsKept: number;
  /** Objects already in the folder whose bytes were read again to check them (all of them with verifyAll). */
  objectsRechecked: number;
  bytesCopied: number;
  /** Evidence files the vault records (the snapshot's count). */
  evidenceFiles: number;
}

/** Files an OS drops into any folder it shows; they do not make a folder "not empty". */
const OS_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', 'System Volume Information']);

// One backup at a time per folder, within this process: two would race on the manifest.
const foldersInUse = new Set<string>();

/**
 * The folder's previous backup of this vault (its manifest, authenticated), or null when the folder
 * is missing or empty (it is then created). A folder of other things, or another vault's backup, is refused.
 */
function previousBackup(dir: string, source: BackupSource): UncheckedManifest | null {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileFailure(error, 'destination');
    try {
      createPrivateDirectory(dir);
    } catch (creating) {
      throw fileFailure(creating, 'destination');
    }
    return null;
  }
  if (!names.includes(MANIFEST_NAME)) {
    const others = names.filter((name) => !OS_LITTER.has(name) && !name.startsWith(TEMP_PREFIX));
    if (others.length > 0) throw new CasefileError('CONFLICT', 'backup.folderNotEmpty');
    return null;
  }
  const file = path.join(dir, MANIFEST_NAME);
  if (fs.statSync(file).size > MAX_MANIFEST_BYTES) throw new CasefileError('CONFLICT', 'backup.folderNotEmpty');
  const manifest = parseManifest(fs.readFileSync(file, 'utf8'));
  // Another vault's backup is never written over; nor is one whose manifest this vault did not write.
  if (manifest.vaultId !== source.vaultId || !manifestIsAuthentic(manifest, source.dataKey)) {
    throw new CasefileError('CONFLICT', 'backup.otherVault');
  }
  return manifest;
}

/**
 * A consistent copy of the live database, made while the app goes on writing: VACUUM INTO from a
 * connection of its own reads one snapshot (WAL readers never block writers, nor see their uncommitted
 * rows). SQLite3 Multiple Ciphers encrypts the copy with the connection's key and cipher (its VACUUM
 * attaches the target without a key of its own, so it takes the main database's); the online backup API
 * (better-sqlite3's db.backup) is refused by the library towards an unkeyed target, which is why it is not
 * used. Returns the object ids the snapshot records.
 */
function snapshotDatabase(source: BackupSource, target: string): string[] {
  const reader = openVaultDatabase(source.paths.database, source.dataKey, { isNew: false });
  try {
    reader.prepare('VACUUM INTO ?').run(target);
  } finally {
    reader.close();
  }
  // Read back with the key: the copy must open, be whole, and be this vault's.
  const copy = openVaultDatabase(target, source.dataKey, { isNew: false });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok' || readDatabaseVaultId(copy) !== source.vaultId) {
      throw new CasefileError('INTERNAL', 'backup.readBackFailed');
    }
    return copy.prepare('SELECT object_id FROM evidence_contents ORDER BY object_id').pluck().all() as string[];
  } finally {
    copy.close();
  }
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A folder claimed for one backup: what it held before, and its release. */
export interface BackupFolder {
  dir: string;
  previous: UncheckedManifest | null;
}

/**
 * Claims `dir` for a backup of this vault, before any work starts: a new folder, an empty one, or an
 * earlier backup of this vault. Refuses a folder of other things, another vault's backup, or a folder a
 * backup is already writing into. writeBackup releases it.
 */
export function claimBackupFolder(source: BackupSource, dir: string): BackupFolder {
  const folder = path.resolve(dir);
  if (foldersInUse.has(folder)) throw new CasefileError('CONFLICT', 'backup.inProgress');
  const previous = previousBackup(folder, source);
  foldersInUse.add(folder);
  return { dir: folder, previous };
}

/**
 * Backs the vault up into the claimed folder (when it holds an earlier backup, only evidence objects it
 * does not hold yet are copied). The manifest is replaced last, so a backup cut short leaves the previous
 * one whole; the files only the previous manifest named are removed after.
 */
export async function writeBackup(
  source: BackupSource,
  folder: BackupFolder,
  options: BackupOptions,
): Promise<BackupOutcome> {
  try {
    return await backUpInto(source, folder, options);
  } finally {
    foldersInUse.delete(folder.dir);
  }
}

async function backUpInto(source: BackupSource, folder: BackupFolder, options: BackupOptions): Promise<BackupOutcome> {
  const { signal } = options;
  const { dir, previous } = folder;
  const objectsDir = path.join(dir, OBJECTS_FOLDER);
  const generation = randomBytes(8).toString('hex');
  const snapshot = path.join(dir, `${TEMP_PREFIX}casefile-db-${generation}`);
  const written: string[] = [];
  try {
    await ensureObjectsDirectory(objectsDir);
    await removeTempFiles(dir);
    await removeTempFiles(objectsDir);
    const objectIds = snapshotDatabase(source, snapshot);
    signal?.throwIfAborted();

    // What is already in the folder, per the previous (authenticated) manifest: an object is kept when its
    // bytes still hash to what that manifest says (a damaged copy of the same size is not kept). A copy still
    // of the size and time it had when last checked is kept unread, except the share checked longest ago,
    // read again at each backup so that a copy gone bad on the drive is found within a few backups.
    const kept = new Map<string, BackupObject>();
    const toRecheck: { entry: BackupObject; mtimeMs: number }[] = [];
    const unread: { entry: BackupObject; mtimeMs: number }[] = [];
    const recorded = new Set(objectIds);
    for (const entry of previous?.objects ?? []) {
      if (!recorded.has(entry.name)) continue; // no longer in the vault: removed after the manifest
      const before = await lstat(path.join(objectsDir, entry.name)).catch(() => null);
      if (!before?.isFile() || before.size !== entry.size) continue;
      const unchanged = !options.verifyAll && entry.verifiedMtimeMs === before.mtimeMs;
      (unchanged ? unread : toRecheck).push({ entry, mtimeMs: before.mtimeMs });
    }
    const checkedLongestAgo = [...unread].sort(byLastCheck).slice(0, Math.ceil(unread.length / RECHECK_ROTATION));
    for (const { entry } of unread)
      if (!checkedLongestAgo.some((due) => due.entry === entry)) kept.set(entry.name, entry);
    toRecheck.push(...checkedLongestAgo);
    const checkedAt = new Date(options.now()).toISOString();
    for (const { entry, mtimeMs } of toRecheck) {
      const onDisk = await hashFile(path.join(objectsDir, entry.name), signal ? { signal } : {});
      if (onDisk?.size === entry.size && onDisk.sha256 === entry.sha256) {
        kept.set(entry.name, { ...entry, verifiedMtimeMs: mtimeMs, verifiedAt: checkedAt });
      }
    }
    const objectsRechecked = toRecheck.length;
    const toCopy: { id: string; size: number }[] = [];
    for (const id of objectIds) {
      if (kept.has(id)) continue;
      toCopy.push({ id, size: (await stat(path.join(source.paths.objects, id))).size });
    }
    const databaseBytes = (await stat(snapshot)).size;
    const progress = { bytesDone: 0, bytesTotal: databaseBytes + toCopy.reduce((sum, item) => sum + item.size, 0) };
    const advance = (bytes: number) => {
      progress.bytesDone += bytes;
      options.onProgress?.({ ...progress });
    };

    await fsyncFile(snapshot);
    const databaseHash = await hashFile(snapshot, signal ? { signal, onBytes: advance } : { onBytes: advance });
    if (databaseHash === null) throw new CasefileError('INTERNAL', 'backup.readBackFailed');
    const database: BackupFile = { name: databaseNameFor(generation), ...databaseHash };
    fs.renameSync(snapshot, path.join(dir, database.name));
    written.push(database.name);

    const keyFile: BackupFile = {
      name: keyFileNameFor(generation),
      ...(await copyVerified(
        source.paths.keyFile,
        path.join(dir, keyFileNameFor(generation)),
        signal ? { signal } : {},
      )),
    };
    written.push(keyFile.name);

    const preferences = await copyPreferences(source, dir, generation, signal);
    if (preferences) written.push(preferences.name);

    const objects: BackupObject[] = [];
    let bytesCopied = 0;
    for (const { id } of toCopy) {
      const destination = path.join(objectsDir, id);
      const copied = await copyVerified(path.join(source.paths.objects, id), destination, {
        onBytes: advance,
        ...(signal ? { signal } : {}),
      });
      // copyVerified read the copy back: its time now is that of bytes checked against their SHA-256.
      objects.push({ name: id, ...copied, verifiedMtimeMs: (await lstat(destination)).mtimeMs, verifiedAt: checkedAt });
      bytesCopied += copied.size;
    }
    for (const id of objectIds) {
      const entry = kept.get(id);
      if (entry) objects.push(entry);
    }
    objects.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

    signal?.throwIfAborted();
    const manifest: BackupManifest = {
      vaultId: source.vaultId,
      createdAt: new Date(options.now()).toISOString(),
      keyFile,
      database,
      objects,
      ...(preferences ? { preferences } : {}),
    };
    const manifestFile = path.join(dir, MANIFEST_NAME);
    writeFileAtomic(manifestFile, serializeManifest(manifest, source.dataKey));
    // Read back: the manifest on the drive must be the one written, and authentic.
    const reread = parseManifest(await readFile(manifestFile, 'utf8'));
    if (!manifestIsAuthentic(reread, source.dataKey) || reread.objects.length !== objects.length) {
      throw new CasefileError('INTERNAL', 'backup.readBackFailed');
    }
    written.length = 0; // from here on the new files belong to a whole backup
    await removeSuperseded(dir, manifest, previous);
    return {
      createdAt: manifest.createdAt,
      objectsCopied: toCopy.length,
      objectsKept: kept.size,
      objectsRechecked,
      bytesCopied: bytesCopied + database.size,
      evidenceFiles: objectIds.length,
    };
  } catch (error) {
    await rm(snapshot, { force: true }).catch(() => undefined);
    for (const name of written) await rm(path.join(dir, name), { force: true }).catch(() => undefined);
    throw fileFailure(error, 'destination');
  }
}

/** The vault's preferences file copied under this generation's name; null when the vault has none (defaults). */
async function copyPreferences(
  source: BackupSource,
  dir: string,
  generation: string,
  signal: AbortSignal | undefined,
): Promise<BackupFile | null> {
  const found = await lstat(source.paths.preferences).catch(() => null);
  if (!found?.isFile()) return null;
  const name = preferencesNameFor(generation);
  return { name, ...(await copyVerified(source.paths.preferences, path.join(dir, name), signal ? { signal } : {})) };
}

/** The previous generation's key file and database, and objects the vault no longer records. */
async function removeSuperseded(dir: string, current: BackupManifest, previous: UncheckedManifest | null) {
  if (previous === null) return;
  const currentNames = [current.database.name, current.keyFile.name, current.preferences?.name];
  for (const name of [previous.database.name, previous.keyFile.name, previous.preferences?.name]) {
    if (name !== undefined && !currentNames.includes(name)) await rm(path.join(dir, name), { force: true });
  }
  const keep = new Set(current.objects.map((entry) => entry.name));
  for (const entry of previous.objects) {
    if (!keep.has(entry.name)) await rm(path.join(dir, OBJECTS_FOLDER, entry.name), { force: true });
  }
}
