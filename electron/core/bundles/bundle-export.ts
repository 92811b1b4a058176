import { createHash, randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { appendingWriter } from '../kernel/files/objects/files.js';
import type { StoredObject } from '../kernel/files/objects/verify.js';
import type { ProgressListener } from '../kernel/files/objects/progress.js';
import { progressReporter } from '../kernel/files/objects/progress.js';
import { writeFileAtomicFrom } from '../kernel/files/private-files.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { makeHeader, type AgeAudience } from './age-header.js';
import { encryptPayload } from './age-payload.js';
import {
  BUNDLE_FORMAT_VERSION,
  BUNDLE_MAGIC,
  entryLabel,
  type Manifest,
  type ManifestEntry,
  type Omission,
  type Signature,
} from './bundle-format.js';
import { CASE_TABLES, caseRowsOf, type StoredRow } from './case-tables.js';
import { neutralFileNames, withoutIdentities } from './identity-columns.js';
import { baseOf, type RowBase } from './row-versions.js';

/** Who signs a manifest: the vault's Ed25519 key (kernel identity). A bundle is never made unsigned. */
export interface BundleSigner {
  /** Raw 32-byte Ed25519 public key. */
  readonly publicKey: Buffer;
  readonly fingerprint: string;
  /** The vault's own age recipient, named in the manifest so the reader can answer. */
  readonly recipient: string | null;
  sign(message: Uint8Array): Buffer;
}

/** An evidence file whose plaintext is not the size recorded at its ingest: the bundle is not written. */
export class ContentMismatchError extends Error {
  constructor(readonly contentId: string) {
    super('evidence content differs from its recorded size');
  }
}

export interface BundleExportRequest {
  db: VaultDatabase;
  caseId: string;
  audience: AgeAudience;
  omit: readonly Omission[];
  signer: BundleSigner;
  destination: string;
  overwrite?: boolean;
  /** An evidence object's plaintext, in order, each chunk once it authenticates (the vault's object store). */
  readContent: (object: StoredObject, signal?: AbortSignal) => AsyncIterable<Buffer>;
  now: () => number;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export interface BundleExportResult {
  manifestSha256: string;
  /** The versions of the case's records sent: the caller records them once the bundle is written. */
  bases: RowBase[];
  entries: number;
  contentBytes: number;
  bytesWritten: number;
}

interface PlannedContent {
  entry: ManifestEntry;
  object: StoredObject;
}

/** The case's rows, as they will travel, with what the exporter chose to leave out already taken out. */
function caseRecordsForBundle(db: VaultDatabase, caseId: string, omit: readonly Omission[]) {
  const tables: { table: string; rows: StoredRow[] }[] = [];
  const bases: RowBase[] = [];
  const contentsTable = CASE_TABLES.find((table) => table.table === 'evidence_contents')!;
  const fileNames = neutralFileNames(caseRowsOf(db, contentsTable, caseId));
  for (const table of CASE_TABLES) {
    let rows = caseRowsOf(db, table, caseId);
    if (table.localKey) rows = rows.map(({ [table.localKey as string]: _local, ...rest }) => rest);
    if (table.table === 'evidence_contents') rows = rows.map(({ wrapped_key: _key, ...rest }) => rest);
    // This vault's own version is the one exchanged, identities and all: an import of a bundle without
    // them puts this vault's values back before it compares (bundle-import.ts).
    for (const row of rows) bases.push(baseOf(table, row));
    if (omit.includes('identities')) rows = withoutIdentities(table.table, rows, fileNames);
    if (omit.includes('letter_files') && table.table === 'letter_outputs') rows = [];
    tables.push({ table: table.table, rows });
  }
  const auditRows = db.prepare(`SELECT * FROM audit_log WHERE case_id = ? ORDER BY seq`).all(caseId) as Record<
    string,
    unknown
  >[];
  // An audit row's details can hold what the rest withholds (an export's destination path, a file's name):
  // without identities they travel empty. Nothing re-checks a bundle's audit chain (bundle_audit_rows keeps
  // the rows as they came), so the rows keep their place, action and target.
  const sentAudit = omit.includes('identities') ? auditRows.map((row) => ({ ...row, details: '{}' })) : auditRows;
  tables.push({ table: 'audit_log', rows: sentAudit as StoredRow[] });
  return { tables, bases };
}

/**
 * What a bundle made without identities leaves out besides the people's identities: the letters'
 * rendered files, which print the recipient's name and address.
 */
function omissionsOf(omit: readonly Omission[]): Omission[] {
  return omit.includes('identities') ? [...new Set<Omission>([...omit, 'letter_files'])] : [...omit];
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes the case as one age file: manifest and signature first, then every table's rows and every
 * evidence file re-encrypted for the audience, streamed (memory stays flat whatever the evidence
 * size). The file appears at `destination` only once complete and synced; a cancel, a failure or an
 * evidence file that does not read back whole and authentic leaves nothing there.
 */
export async function exportBundle(request: BundleExportRequest): Promise<BundleExportResult> {
  const { db, caseId, signer, signal } = request;
  const omit = omissionsOf(request.omit);
  const caseRow = db.prepare(`SELECT id, reference FROM cases WHERE id = ?`).get(caseId) as
    { id: string; reference: string } | undefined;
  if (caseRow === undefined) throw new RangeError('no such case');

  const recordEntries: { entry: ManifestEntry; body: Buffer }[] = [];
  const records = caseRecordsForBundle(db, caseId, omit);
  for (const { table, rows } of records.tables) {
    const body = Buffer.from(JSON.stringify({ table, rows }));
    recordEntries.push({
      entry: { name: `records/${table}`, kind: 'records', size: body.length, sha256: sha256Of(body) },
      body,
    });
  }
  const contents = db
    .prepare(
      `SELECT c.id, c.object_id AS objectId, c.wrapped_key AS wrappedKey, c.sha256, c.size
       FROM evidence_contents c JOIN evidence_items i ON i.id = c.item_id WHERE i.case_id = ? ORDER BY c.seq`,
    )
    .all(caseId) as (StoredObject & { id: string })[];
  /*
   * Each evidence file goes with the SHA-256 recorded at its ingest, not one computed again now. The two
   * cannot differ without the vault's keys: the ingest hashed exactly the bytes it sealed into the object,
   * under a key made for that object alone; the object key is wrapped by the data key bound to the object's
   * id, every chunk is authenticated with the object's id, its place and the final flag (format.ts), so the
   * read (readContent) yields those bytes or refuses (a flipped byte, a chunk moved or cut, another
   * object's file in its place); and the row tying the id to the hash is immutable (migration 0009) in a
   * database whose pages are authenticated (ChaCha20-Poly1305). Whatever else happened, the reader hashes
   * every byte against this signed manifest and refuses a mismatch with nothing written
   * (bundle-export-binding.test.ts shows each case).
   */
  const planned: PlannedContent[] = contents.map((content) => ({
    // The SHA-256 recorded at ingest: the reader checks the bytes against it, and keeps it.
    entry: { name: `content/${content.id}`, kind: 'content', size: content.size, sha256: content.sha256.toLowerCase() },
    object: content,
  }));

  const manifest: Manifest = {
    format: 'casefile-bundle',
    version: BUNDLE_FORMAT_VERSION,
    createdAt: new Date(request.now()).toISOString(),
    bundleId: randomUUID(),
    case: { id: caseRow.id, reference: caseRow.reference },
    sender: {
      signingKey: signer.publicKey.toString('base64'),
      fingerprint: signer.fingerprint,
      recipient: signer.recipient,
    },
    audience:
      request.audience.kind === 'recipients'
        ? { kind: 'recipients', recipients: [...request.audience.recipients] }
        : { kind: 'passphrase' },
    omitted: [...omit],
    entries: [...recordEntries.map((record) => record.entry), ...planned.map((content) => content.entry)],
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const signature: Signature = { algorithm: 'ed25519', signature: signer.sign(manifestBytes).toString('base64') };
  const signatureBytes = Buffer.from(JSON.stringify(signature));

  const contentBytes = planned.reduce((sum, content) => sum + content.entry.size, 0);
  const progress = progressReporter(request.onProgress, contentBytes);

  async function* plaintext(): AsyncGenerator<Buffer> {
    yield BUNDLE_MAGIC;
    yield entryLabel({ name: 'manifest', kind: 'manifest', size: manifestBytes.length });
    yield manifestBytes;
    yield entryLabel({ name: 'signature', kind: 'signature', size: signatureBytes.length });
    yield signatureBytes;
    for (const { entry, body } of recordEntries) {
      yield entryLabel({ name: entry.name, kind: entry.kind, size: entry.size });
      yield body;
    }
    for (const { entry, object } of planned) {
      signal?.throwIfAborted();
      yield entryLabel({ name: entry.name, kind: entry.kind, size: entry.size });
      // Not hashed again here (SHA-256 would cost as much as the re-encryption): the bytes read are the
      // ones hashed at ingest, and the reader hashes every byte against the signed manifest (see above).
      let size = 0;
      for await (const chunk of request.readContent(object, signal)) {
        size += chunk.length;
        if (size > entry.size) throw new ContentMismatchError(object.objectId);
        progress.advance(chunk.length);
        yield chunk;
      }
      if (size !== entry.size) throw new ContentMismatchError(object.objectId);
    }
  }

  const { header, fileKey } = await makeHeader(request.audience);
  let bytesWritten = 0;
  const write = async (handle: FileHandle) => {
    // The sealed chunks queued while a write is under way go in the next, as one vectored write (no copy
    // into a single buffer); about 1 MiB waits at most.
    const output = appendingWriter(handle, 0, {
      maxPendingBytes: 1024 * 1024,
      onWritten: (bytes) => (bytesWritten += bytes),
    });
    try {
      await output.append([header]);
      for await (const sealed of encryptPayload(fileKey, plaintext(), { expectedBytes: contentBytes })) {
        await output.append([sealed]);
      }
      await output.drained();
    } finally {
      // Never left running on a handle about to be closed.
      await output.drained().catch(() => undefined);
    }
  };
  try {
    await writeFileAtomicFrom(request.destination, write, {
      overwrite: request.overwrite ?? false,
      tempLabel: 'casefile-bundle',
      ...(signal ? { signal } : {}),
    });
  } finally {
    fileKey.fill(0);
  }
  progress.finish();
  return {
    manifestSha256: sha256Of(manifestBytes),
    bases: records.bases,
    entries: manifest.entries.length,
    contentBytes,
    bytesWritten,
  };
}
