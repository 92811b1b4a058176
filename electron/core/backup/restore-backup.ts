import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { CasefileError } from '../../../shared/contract/index.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import { fileFailure, systemCodeOf } from '../kernel/files/io-errors.js';
import type { ClockConfigurationSource } from '../kernel/ports/clock-configuration.js';
import { createPrivateDirectory, TEMP_PREFIX } from '../kernel/files/private-files.js';
import { vaultPaths } from '../kernel/vault/layout.js';
import { parseKeyFile } from '../kernel/vault/key-file.js';
import { assertFolderFor } from '../kernel/vault/vault-folder.js';
import { unlockWithPassphrase, unlockWithRecoveryKey, type OpenVault } from '../kernel/vault/vault.js';
import { copyVerified, hashFile } from './backup-files.js';
import {
  MANIFEST_NAME,
  manifestIsAuthentic,
  MAX_MANIFEST_BYTES,
  OBJECTS_FOLDER,
  parseManifest,
  type BackupFile,
  type UncheckedManifest,
} from './backup-manifest.js';

export type RestoreSecret =
  { method: 'passphrase'; passphrase: string } | { method: 'recoveryKey'; recoveryKey: string };

export interface RestoreOptions {
  now: () => number;
  actor: string;
  /** The clock settings, where the restored vault's mission zone is read. */
  clockConfiguration: ClockConfigurationSource;
  signal?: AbortSignal;
}

export interface RestoreOutcome {
  backupCreatedAt: string;
  /** Read while the restore holds the vault open: the vault is left locked, so no one could read it after. */
  missionTimeZone: string;
  evidenceFiles: number;
  cases: number;
}

/**
 * lstat, which does not follow a link: a symbolic link where a backup has a file or folder is refused, so
 * a planted link cannot make a restore read (and copy into the vault) a file from elsewhere on the machine.
 */
function lstatNoLink(file: string, { missing }: { missing: 'null' | 'throw' }): fs.Stats | null {
  let found: fs.Stats;
  try {
    found = fs.lstatSync(file);
  } catch (error) {
    if (missing === 'null' && systemCodeOf(error) === 'ENOENT') return null;
    throw fileFailure(error, 'source');
  }
  if (found.isSymbolicLink()) throw new CasefileError('VAULT_CORRUPT', 'backup.linkInBackup');
  return found;
}

/** The backup folder and its manifest's text; `from` is the folder or the manifest file in it. */
function readManifestAt(from: string): { dir: string; manifest: UncheckedManifest } {
  let dir = path.resolve(from);
  if (!lstatNoLink(dir, { missing: 'throw' })?.isDirectory()) dir = path.dirname(dir);
  const file = path.join(dir, MANIFEST_NAME);
  const manifestStat = lstatNoLink(file, { missing: 'null' });
  if (manifestStat === null || !manifestStat.isFile() || manifestStat.size > MAX_MANIFEST_BYTES) {
    throw new CasefileError('NOT_A_VAULT', 'backup.notABackup');
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CasefileError('NOT_A_VAULT', 'backup.notABackup');
  }
  return { dir, manifest: parseManifest(text) };
}

function listed(dir: string, manifest: UncheckedManifest): { file: string; entry: BackupFile }[] {
  return [
    { file: path.join(dir, manifest.keyFile.name), entry: manifest.keyFile },
    { file: path.join(dir, manifest.database.name), entry: manifest.database },
    ...(manifest.preferences ? [{ file: path.join(dir, manifest.preferences.name), entry: manifest.preferences }] : []),
    ...manifest.objects.map((entry) => ({ file: path.join(dir, OBJECTS_FOLDER, entry.name), entry })),
  ];
}

/**
 * Every file the manifest lists is there with its size and SHA-256: checked before anything is written.
 * First, before any of them is read, none of them (nor the objects folder) may be a symbolic link.
 */
async function verifyListedFiles(dir: string, manifest: UncheckedManifest, signal?: AbortSignal): Promise<void> {
  const files = listed(dir, manifest);
  lstatNoLink(path.join(dir, OBJECTS_FOLDER), { missing: 'null' });
  for (const { file } of files) lstatNoLink(file, { missing: 'null' });
  for (const { file, entry } of files) {
    const found = await hashFile(file, signal ? { signal } : {});
    if (found === null) throw new CasefileError('VAULT_CORRUPT', 'backup.fileMissing');
    if (found.size !== entry.size || found.sha256 !== entry.sha256) {
      throw new CasefileError('VAULT_CORRUPT', 'backup.fileChanged');
    }
  }
}

function unlockRestored(dir: string, secret: RestoreSecret): Promise<OpenVault> {
  return secret.method === 'passphrase'
    ? unlockWithPassphrase(dir, secret.passphrase)
    : unlockWithRecoveryKey(dir, secret.recoveryKey);
}

/**
 * Restores the backup in `from` as a new vault at `to` (a folder that does not exist yet, or an empty
 * one), opened with the vault's passphrase or recovery key. The manifest and every file's hash are
 * checked before anything is written; the vault is rebuilt in a temp folder beside `to`, checked again
 * (the secret unwraps the key, the manifest's HMAC holds, the database opens whole and every evidence
 * file it records is there), and renamed into place only then. Any refusal removes the temp folder:
 * nothing is left behind.
 */
export async function restoreBackup(
  from: string,
  to: string,
  secret: RestoreSecret,
  options: RestoreOptions,
): Promise<RestoreOutcome> {
  const target = path.resolve(to);
  assertFolderFor('create', target);
  const { dir, manifest } = readManifestAt(from);
  await verifyListedFiles(dir, manifest, options.signal);
  const keyFile = parseKeyFile(await readFile(path.join(dir, manifest.keyFile.name), 'utf8'));
  if (keyFile.vaultId !== manifest.vaultId) throw new CasefileError('VAULT_CORRUPT', 'backup.listForged');

  const temp = path.join(path.dirname(target), `${TEMP_PREFIX}casefile-restore-${randomBytes(6).toString('hex')}`);
  let vault: OpenVault | undefined;
  try {
    try {
      createPrivateDirectory(temp);
    } catch (error) {
      throw fileFailure(error, 'new-folder');
    }
    const paths = vaultPaths(temp);
    const copy = (entry: BackupFile, source: string, destination: string) =>
      copyVerified(source, destination, { expected: entry, ...(options.signal ? { signal: options.signal } : {}) });
    await copy(manifest.keyFile, path.join(dir, manifest.keyFile.name), paths.keyFile);
    await copy(manifest.database, path.join(dir, manifest.database.name), paths.database);
    if (manifest.preferences) {
      await copy(manifest.preferences, path.join(dir, manifest.preferences.name), paths.preferences);
    }
    vault = await unlockRestored(temp, secret);
    if (!manifestIsAuthentic(manifest, vault.dataKey)) throw new CasefileError('VAULT_CORRUPT', 'backup.listForged');
    const recorded = vault.db.prepare('SELECT object_id FROM evidence_contents').pluck().all() as string[];
    const inBackup = new Set(manifest.objects.map((entry) => entry.name));
    if (recorded.some((id) => !inBackup.has(id))) {
      throw new CasefileError('VAULT_CORRUPT', 'backup.evidenceNotInBackup');
    }
    fs.mkdirSync(paths.objects, { mode: 0o700 });
    for (const entry of manifest.objects) {
      await copy(entry, path.join(dir, OBJECTS_FOLDER, entry.name), path.join(paths.objects, entry.name));
    }
    const db = vault.db;
    const cases = db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    const missionTimeZone = options.clockConfiguration.read(db).calendar.timeZone;
    db.transaction(() =>
      appendAudit(
        { db: () => db, now: options.now, actor: options.actor },
        {
          action: 'vault.restore',
          caseId: null,
          target: null,
          details: { backupCreatedAt: manifest.createdAt, evidenceFiles: recorded.length, cases },
        },
      ),
    )();
    vault.close();
    vault = undefined;
    moveIntoPlace(temp, target);
    return { backupCreatedAt: manifest.createdAt, missionTimeZone, evidenceFiles: recorded.length, cases };
  } catch (error) {
    vault?.close();
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw fileFailure(error, 'new-folder');
  }
}

/** The rebuilt vault takes the target's name; an empty target folder gives its place (rmdir refuses a full one). */
function moveIntoPlace(temp: string, target: string): void {
  assertFolderFor('create', target); // nothing appeared there meanwhile
  if (fs.existsSync(target)) {
    for (const name of fs.readdirSync(target)) fs.rmSync(path.join(target, name), { force: true });
    fs.rmdirSync(target);
  }
  fs.renameSync(temp, target);
}
