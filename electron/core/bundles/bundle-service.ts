import { CasefileError } from '../../../shared/contract/index.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileServices } from '../kernel/context.js';
import type { ProgressListener } from '../kernel/files/objects/progress.js';
import type { AgeAudience, AgeKeys } from './age-header.js';
import type { Omission } from './bundle-format.js';
import { recordTransferCustody, type CustodyParty } from './bundle-custody.js';
import { ContentMismatchError, exportBundle, type BundleExportResult, type BundleSigner } from './bundle-export.js';
import { importBundle, type ImportPreview } from './bundle-import.js';
import { readBundle, type BundleReading } from './bundle-read.js';
import type { SignerContact } from './bundle-signature.js';
import { recordBases, recordPassphraseBases } from './row-versions.js';

/** The vault's keys as bundles use them: the signer, the identities that open bundles, the contacts. */
export interface BundleKeyring {
  signer: BundleSigner | null;
  identities: string[];
  lookupSigner: (publicKey: Buffer) => SignerContact | null;
  /**
   * The colleague an age recipient belongs to, by the fingerprint of their signing key (a contact's), or
   * null: what was sent is remembered for the next merge with them (row-versions.ts), never for anyone else.
   */
  peerOf: (recipient: string) => string | null;
  /** Who holds the case on this side in a custody record (this vault, by its signing key's fingerprint). */
  holder: CustodyParty;
}

function requireObjects(ctx: CaseFileServices) {
  if (!ctx.evidenceObjects) throw new CasefileError('INTERNAL', 'jobs.failed');
  return ctx.evidenceObjects();
}

export interface ExportCaseBundle {
  caseId: string;
  destination: string;
  audience: AgeAudience;
  omit: readonly Omission[];
  /** Named in the custody event of the hand-over (the recipients' contact names, or the passphrase holder). */
  to: CustodyParty;
  overwrite?: boolean;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

/** Exports a case as a bundle, then records the hand-over on the sender's side (custody and audit). */
export async function exportCaseBundle(
  ctx: CaseFileServices,
  keyring: BundleKeyring,
  request: ExportCaseBundle,
): Promise<Omit<BundleExportResult, 'bases'> & { reference: string }> {
  const db = ctx.db();
  const found = db.prepare(`SELECT reference FROM cases WHERE id = ?`).get(request.caseId) as
    { reference: string } | undefined;
  if (!found) throw new CasefileError('NOT_FOUND', 'bundle.caseNotFound');
  if (request.audience.kind === 'recipients' && request.audience.recipients.length === 0) {
    throw new CasefileError('VALIDATION', 'bundle.noAudience');
  }
  const { signer } = keyring;
  if (signer === null) throw new CasefileError('VALIDATION', 'bundle.noSigningKey');
  const objects = requireObjects(ctx);
  let result: BundleExportResult;
  try {
    result = await exportBundle({
      db,
      caseId: request.caseId,
      audience: request.audience,
      omit: request.omit,
      signer,
      destination: request.destination,
      ...(request.overwrite !== undefined ? { overwrite: request.overwrite } : {}),
      readContent: (object, signal) => objects.read(object, signal ? { signal } : {}),
      now: ctx.now,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    });
  } catch (error) {
    request.signal?.throwIfAborted();
    if (error instanceof ContentMismatchError) throw new CasefileError('CONFLICT', 'bundle.contentChanged');
    // A FileError is one too: the same words for a file problem as in every other export (io-errors.ts).
    if (error instanceof CasefileError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'EEXIST') throw new CasefileError('CONFLICT', 'bundle.destinationExists');
    if (typeof code === 'string') throw new CasefileError('VALIDATION', 'bundle.notWritten');
    throw error;
  }
  const at = new Date(ctx.now()).toISOString();
  db.transaction(() => {
    // What each colleague now holds of the case; a passphrase names no one: kept under the bundle, it stands
    // for whoever answers with a bundle saying they imported this one (row-versions.ts).
    const peers = request.audience.kind === 'recipients' ? request.audience.recipients.map(keyring.peerOf) : [];
    for (const peer of new Set(peers)) if (peer !== null) recordBases(db, request.caseId, peer, result.bases, at);
    if (request.audience.kind === 'passphrase') {
      recordPassphraseBases(db, request.caseId, { at, manifestSha256: result.manifestSha256 }, result.bases);
    }
    recordTransferCustody(db, {
      caseId: request.caseId,
      from: keyring.holder,
      to: request.to,
      purpose: 'bundle_sent',
      at,
      recordedBy: ctx.actor,
    });
    appendAudit(ctx, {
      action: 'bundle.export',
      caseId: request.caseId,
      target: { kind: 'case', id: request.caseId, label: found.reference },
      details: {
        manifestSha256: result.manifestSha256,
        audience: request.audience.kind,
        recipients: request.audience.kind === 'recipients' ? request.audience.recipients.length : 0,
        omitted: [...request.omit],
        entries: result.entries,
      },
    });
  })();
  const { bases: _bases, ...written } = result;
  return { ...written, reference: found.reference };
}

function openKeys(keyring: BundleKeyring, passphrase: string | undefined): AgeKeys {
  return { identities: keyring.identities, ...(passphrase !== undefined ? { passphrase } : {}) };
}

async function readable(file: string): Promise<void> {
  const { stat } = await import('node:fs/promises');
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    throw new CasefileError('VALIDATION', 'bundle.unreadable');
  }
}

/** Checks a whole bundle (keys, signature, every hash) without writing anything. */
export async function verifyCaseBundle(
  keyring: BundleKeyring,
  file: string,
  passphrase?: string,
  signal?: AbortSignal,
): Promise<BundleReading & { evidenceFiles: number; evidenceBytes: number }> {
  await readable(file);
  const reading = await readBundle(file, {
    keys: openKeys(keyring, passphrase),
    lookupSigner: keyring.lookupSigner,
    ...(signal ? { signal } : {}),
  });
  const contents = reading.manifest.entries.filter((entry) => entry.kind === 'content');
  return {
    ...reading,
    evidenceFiles: contents.length,
    evidenceBytes: contents.reduce((sum, entry) => sum + entry.size, 0),
  };
}

export interface ImportCaseBundle {
  file: string;
  passphrase?: string;
  dryRun: boolean;
  acceptUnknownSigner: boolean;
  /** `table:key` → the preview's token of that conflict (bundle-import.ts). */
  takeTheirs?: ReadonlyMap<string, string>;
  signal?: AbortSignal;
  onBytes?: (bytes: number) => void;
  /** The manifest SHA-256 the preview read: the import refuses a file that yields another. */
  previewedManifest?: string;
  onManifestRead?: (manifestSha256: string) => void;
}

export async function importCaseBundle(
  ctx: CaseFileServices,
  keyring: BundleKeyring,
  request: ImportCaseBundle,
): Promise<ImportPreview> {
  await readable(request.file);
  const objects = requireObjects(ctx);
  return importBundle(ctx, {
    file: request.file,
    keys: openKeys(keyring, request.passphrase),
    lookupSigner: keyring.lookupSigner,
    acceptUnknownSigner: request.acceptUnknownSigner,
    dryRun: request.dryRun,
    ...(request.takeTheirs ? { takeTheirs: request.takeTheirs } : {}),
    receiver: keyring.holder,
    stage: (bytes, _name, size) => objects.ingest(bytes, { fileName: 'bundle-import', expectedSize: size }),
    discard: (objectId) => objects.discard(objectId),
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.onBytes ? { onBytes: request.onBytes } : {}),
    ...(request.previewedManifest !== undefined ? { previewedManifest: request.previewedManifest } : {}),
    ...(request.onManifestRead ? { onManifestRead: request.onManifestRead } : {}),
  });
}
