/**
 * A backup folder, format version 1: a copy of one vault that survives the loss of the laptop.
 *
 *   casefile-backup.json     this manifest: what the backup holds, each file's size and SHA-256
 *   vault-<gen>.json         the key file (the data key wrapped by the passphrase and by the recovery key)
 *   casefile-<gen>.db        the database, a consistent snapshot, encrypted with the vault's data key
 *   objects/<object id>      the evidence objects, as they are in the vault (already encrypted)
 *   preferences-<gen>.json   the app's preferences (auto-lock delay, language, reminder days), when set
 *
 * Nothing in the folder is plaintext but the preferences, which hold no case data (the vault keeps them
 * unencrypted too, as they are read before unlock). Each backup writes its key file and database under a new
 * generation name and replaces the manifest last, atomically: a backup cut short leaves the previous
 * manifest and every file it names, never a mix. Evidence objects never change once written (a
 * re-added file is a new object), so a later backup copies only the objects not yet in the folder.
 *
 * The manifest is authenticated by an HMAC-SHA256 under a key derived from the vault's data key:
 * whoever holds the drive can read sizes and hashes, but cannot make the backup list other files
 * (a restore checks the HMAC once the passphrase or recovery key has unwrapped the data key).
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { CasefileError } from '../../../shared/contract/index.js';
import { canonicalJson } from '../kernel/audit/canonical-json.js';
import { isObjectId } from '../kernel/files/objects/index.js';
import type { DataKey } from '../kernel/vault/keys.js';

export const MANIFEST_NAME = 'casefile-backup.json';
export const OBJECTS_FOLDER = 'objects';
const MANIFEST_MAGIC = 'casefile-backup';
const MANIFEST_FORMAT_VERSION = 1;
/** Tens of thousands of objects fit in a few MiB; anything far larger is not ours. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

const KEY_FILE_NAME = /^vault-[0-9a-f]{16}\.json$/;
const DATABASE_NAME = /^casefile-[0-9a-f]{16}\.db$/;
const PREFERENCES_NAME = /^preferences-[0-9a-f]{16}\.json$/;
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Size = z.number().int().min(0);

/** One file of the backup; `name` is checked against its kind's pattern, so no path can be smuggled in. */
export interface BackupFile {
  name: string;
  size: number;
  sha256: string;
}

/**
 * An evidence object of the backup, with the modification time its copy on the drive had when its bytes
 * were last read and found to hash to `sha256` (absent in backups made before it was kept). Objects never
 * change: a later backup keeps a copy still of that size and time without reading it again.
 */
export interface BackupObject extends BackupFile {
  verifiedMtimeMs?: number;
  /** When its bytes were last read and checked (absent in backups made before it was kept). */
  verifiedAt?: string;
}

export interface BackupManifest {
  vaultId: string;
  createdAt: string;
  keyFile: BackupFile;
  database: BackupFile;
  objects: BackupObject[];
  /** Absent when the vault had no preferences file (all defaults), and in backups made before it was kept. */
  preferences?: BackupFile;
}

const fileOf = (name: z.ZodType<string>) => z.object({ name, size: Size, sha256: Sha256 }).strict();

const ManifestJson = z
  .object({
    magic: z.literal(MANIFEST_MAGIC),
    formatVersion: z.literal(MANIFEST_FORMAT_VERSION),
    vaultId: z.uuid(),
    createdAt: z.iso.datetime(),
    keyFile: fileOf(z.string().regex(KEY_FILE_NAME)),
    database: fileOf(z.string().regex(DATABASE_NAME)),
    objects: z.array(
      fileOf(z.string().refine(isObjectId))
        .extend({ verifiedMtimeMs: z.number().min(0).optional(), verifiedAt: z.iso.datetime().optional() })
        .strict(),
    ),
    preferences: fileOf(z.string().regex(PREFERENCES_NAME)).optional(),
    mac: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export const keyFileNameFor = (generation: string): string => `vault-${generation}.json`;
export const databaseNameFor = (generation: string): string => `casefile-${generation}.db`;
export const preferencesNameFor = (generation: string): string => `preferences-${generation}.json`;

/** The HMAC key for manifests, apart from every other use of the data key (HKDF with its own label). */
function manifestKey(dataKey: DataKey, vaultId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.from(vaultId, 'utf8'), 'casefile-backup-manifest/v1', 32));
}

function manifestMac(manifest: BackupManifest, dataKey: DataKey): string {
  const key = manifestKey(dataKey, manifest.vaultId);
  try {
    const body = canonicalJson({ magic: MANIFEST_MAGIC, formatVersion: MANIFEST_FORMAT_VERSION, ...manifest });
    return createHmac('sha256', key).update(body, 'utf8').digest('hex');
  } finally {
    key.fill(0);
  }
}

export function serializeManifest(manifest: BackupManifest, dataKey: DataKey): string {
  const json = {
    magic: MANIFEST_MAGIC,
    formatVersion: MANIFEST_FORMAT_VERSION,
    ...manifest,
    mac: manifestMac(manifest, dataKey),
  };
  return `${JSON.stringify(json, null, 1)}\n`;
}

/** A manifest as read from a drive, before its HMAC could be checked. */
export interface UncheckedManifest extends BackupManifest {
  mac: string;
}

/** Parses the manifest's text: "ours but newer" and "ours but damaged" are told apart. */
export function parseManifest(text: string): UncheckedManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CasefileError('VAULT_CORRUPT', 'backup.listDamaged');
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > MANIFEST_FORMAT_VERSION) {
    throw new CasefileError('VAULT_TOO_NEW', 'backup.tooNew');
  }
  const parsed = ManifestJson.safeParse(json);
  if (!parsed.success) throw new CasefileError('VAULT_CORRUPT', 'backup.listDamaged');
  const { magic: _magic, formatVersion: _version, ...manifest } = parsed.data;
  return manifest;
}

/** Whether the manifest was written by a holder of this data key (and not altered since). */
export function manifestIsAuthentic(manifest: UncheckedManifest, dataKey: DataKey): boolean {
  const { mac, ...body } = manifest;
  const expected = Buffer.from(manifestMac(body, dataKey), 'hex');
  const given = Buffer.from(mac, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
