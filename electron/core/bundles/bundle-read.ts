import { createHash } from 'node:crypto';
import { identityToRecipient } from 'age-encryption';
import { open } from 'node:fs/promises';
import { CasefileError } from '../../../shared/contract/index.js';
import { AgeHeaderError, readHeader, type AgeKeys } from './age-header.js';
import { decryptPayload, PayloadError } from './age-payload.js';
import {
  BUNDLE_MAGIC,
  BundleFormatError,
  parseManifest,
  type Manifest,
  RECORDS_ENTRY_LIMIT,
  readEntryLabel,
  Signature,
  type EntryLabel,
  type ManifestEntry,
} from './bundle-format.js';
import { ByteReader } from './byte-reader.js';
import { chunkHasher } from '../kernel/files/objects/chunk-hasher.js';
import { checkSigner, type SignerCheck, type SignerContact } from './bundle-signature.js';
import type { StoredRow } from './case-tables.js';

export interface BundleReadHandlers {
  keys: AgeKeys;
  lookupSigner: (publicKey: Buffer) => SignerContact | null;
  /**
   * Called once the manifest's signature is known, with the SHA-256 of the manifest's bytes (which name
   * every entry's SHA-256): throw to stop before any entry is read.
   */
  onManifest?: (manifest: Manifest, signer: SignerCheck, manifestSha256: string) => void | Promise<void>;
  /** One table's rows, once their SHA-256 matched the manifest. */
  onRecords?: (table: string, rows: StoredRow[]) => void;
  /**
   * An evidence file's bytes, as they are decrypted: the handler must read them to the end. Its SHA-256
   * is checked by the reader after the handler returns, and a mismatch throws: the handler's staged
   * result is then the caller's to discard.
   */
  onContent?: (entry: ManifestEntry, bytes: AsyncIterable<Buffer>) => Promise<void>;
  /**
   * The content handler hashes the bytes itself (the object store does as it stores them) and refuses a
   * SHA-256 other than the entry's: the reader then does not hash them a second time.
   */
  contentHashedByHandler?: boolean;
  signal?: AbortSignal;
  onBytes?: (bytes: number) => void;
}

export interface BundleReading {
  manifest: Manifest;
  manifestSha256: string;
  signer: SignerCheck;
}

/** Every refusal of a bundle, in words (errors.bundle); each reason written out, for the catalogue test. */
const REFUSALS = {
  notAge: () => new CasefileError('VALIDATION', 'bundle.notAge'),
  armored: () => new CasefileError('VALIDATION', 'bundle.armored'),
  notForThisVault: () => new CasefileError('VALIDATION', 'bundle.notForThisVault'),
  damaged: () => new CasefileError('VALIDATION', 'bundle.damaged'),
  cutShort: () => new CasefileError('VALIDATION', 'bundle.cutShort'),
  notABundle: () => new CasefileError('VALIDATION', 'bundle.notABundle'),
  newerCasefile: () => new CasefileError('VALIDATION', 'bundle.newerCasefile'),
  badSignature: () => new CasefileError('VALIDATION', 'bundle.badSignature'),
  unsigned: () => new CasefileError('VALIDATION', 'bundle.unsigned'),
  notAddressedHere: () => new CasefileError('VALIDATION', 'bundle.notAddressedHere'),
  tooLarge: () => new CasefileError('VALIDATION', 'bundle.tooLarge'),
};
const refused = (reason: keyof typeof REFUSALS) => REFUSALS[reason]();

function refusalOf(error: unknown): unknown {
  if (error instanceof AgeHeaderError) {
    if (error.problem === 'no_key') return refused('notForThisVault');
    if (error.problem === 'armored') return refused('armored');
    return refused(error.problem === 'not_age' ? 'notAge' : 'damaged');
  }
  if (error instanceof PayloadError) return refused(error.problem === 'truncated' ? 'cutShort' : 'damaged');
  if (error instanceof BundleFormatError) {
    if (error.problem === 'newer') return refused('newerCasefile');
    return refused(error.problem === 'not_a_bundle' ? 'notABundle' : 'damaged');
  }
  return error;
}

/**
 * Reads a bundle from start to end, checking as it goes: the age header against this vault's keys,
 * every payload chunk, the manifest's signature, each entry's name, size and SHA-256 against the
 * manifest, and that nothing follows the last entry. Handlers see records and content only once
 * they (records) or as they (content) pass; the caller writes nothing until this resolves.
 */
export async function readBundle(file: string, handlers: BundleReadHandlers): Promise<BundleReading> {
  const handle = await open(file, 'r');
  const { signal } = handlers;
  async function* fileBytes(): AsyncGenerator<Buffer> {
    for (;;) {
      signal?.throwIfAborted();
      // A fresh buffer each read: the reader hands out views of it rather than copies (byte-reader.ts).
      const buffer = Buffer.allocUnsafe(1024 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      handlers.onBytes?.(bytesRead);
      yield buffer.subarray(0, bytesRead);
    }
  }
  const raw = new ByteReader(fileBytes());
  try {
    const { fileKey } = await readHeader(raw, handlers.keys);
    // The generator derives its stream key on its first read: the file key is wiped only after the last.
    const plain = new ByteReader(decryptPayload(fileKey, raw));
    try {
      return await readEntries(plain, handlers);
    } finally {
      fileKey.fill(0);
    }
  } catch (error) {
    throw refusalOf(error);
  } finally {
    await raw.close().catch(() => undefined);
    await handle.close();
  }
}

async function readWhole(plain: ByteReader, label: EntryLabel, limit: number): Promise<Buffer> {
  if (label.size > limit) throw new BundleFormatError('damaged');
  const body = await plain.read(label.size);
  if (body.length < label.size) throw new BundleFormatError('damaged');
  return body;
}

/**
 * Whether the signed manifest names this vault among its recipients. The age header is not signed: a
 * recipient could re-encrypt a colleague's bundle to a third vault, which must refuse what its sender
 * never sent it. A bundle made for a passphrase names no one; whoever holds the passphrase may open it.
 */
async function addressedHere(manifest: Manifest, keys: AgeKeys): Promise<boolean> {
  if (manifest.audience.kind === 'passphrase') return true;
  const mine = await Promise.all((keys.identities ?? []).map((identity) => identityToRecipient(identity)));
  return manifest.audience.recipients.some((recipient) => mine.includes(recipient));
}

/** One table's rows as JSON: anything else (even signed and hashed) is a damaged bundle, refused in words. */
function parseRecords(body: Buffer): { table: string; rows: StoredRow[] } {
  let parsed: { table?: unknown; rows?: unknown };
  try {
    parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
  } catch {
    throw new BundleFormatError('damaged');
  }
  if (parsed === null || typeof parsed.table !== 'string' || !Array.isArray(parsed.rows)) {
    throw new BundleFormatError('damaged');
  }
  const rows = parsed.rows as unknown[];
  if (!rows.every((row) => row !== null && typeof row === 'object' && !Array.isArray(row))) {
    throw new BundleFormatError('damaged');
  }
  return { table: parsed.table, rows: rows as StoredRow[] };
}

async function readEntries(plain: ByteReader, handlers: BundleReadHandlers): Promise<BundleReading> {
  const magic = await plain.read(BUNDLE_MAGIC.length);
  if (!magic.equals(BUNDLE_MAGIC)) throw new BundleFormatError('not_a_bundle');

  const manifestLabel = await readEntryLabel(plain);
  if (manifestLabel?.kind !== 'manifest') throw new BundleFormatError('damaged');
  const manifestBytes = await readWhole(plain, manifestLabel, 64 * 1024 * 1024);
  const signatureLabel = await readEntryLabel(plain);
  if (signatureLabel?.kind !== 'signature') throw new BundleFormatError('damaged');
  const signatureBytes = await readWhole(plain, signatureLabel, 4096);
  let manifest: Manifest;
  let signature: Signature;
  try {
    manifest = parseManifest(manifestBytes.toString('utf8'));
    signature = Signature.parse(JSON.parse(signatureBytes.toString('utf8')));
  } catch (error) {
    throw error instanceof BundleFormatError ? error : new BundleFormatError('damaged');
  }
  const signer = checkSigner(manifest, manifestBytes, signature, handlers.lookupSigner);
  if (signer === 'bad') throw refused('badSignature');
  if (signer === 'unsigned') throw refused('unsigned');
  if (!(await addressedHere(manifest, handlers.keys))) throw refused('notAddressedHere');
  const manifestSha256 = createHash('sha256').update(manifestBytes).digest('hex');
  await handlers.onManifest?.(manifest, signer, manifestSha256);

  for (const expected of manifest.entries) {
    handlers.signal?.throwIfAborted();
    const label = await readEntryLabel(plain);
    if (label === null) throw new PayloadError('truncated');
    if (label.name !== expected.name || label.kind !== expected.kind || label.size !== expected.size) {
      throw new BundleFormatError('damaged');
    }
    if (expected.kind === 'records') {
      if (label.size > RECORDS_ENTRY_LIMIT) throw refused('tooLarge');
      const body = await readWhole(plain, label, RECORDS_ENTRY_LIMIT);
      if (createHash('sha256').update(body).digest('hex') !== expected.sha256) throw refused('damaged');
      const parsed = parseRecords(body);
      handlers.onRecords?.(parsed.table, parsed.rows);
    } else {
      const hashedByHandler = handlers.onContent !== undefined && handlers.contentHashedByHandler === true;
      // A large file is hashed on a thread of its own (as the ingest does), while ChaCha20 runs here.
      const hasher = hashedByHandler ? null : chunkHasher(expected.size);
      let remaining = expected.size;
      let cut = false;
      async function* entryBytes(): AsyncGenerator<Buffer> {
        while (remaining > 0) {
          // Each piece as it was decrypted, not gathered into larger ones: no copy.
          const piece = await plain.readSome(remaining);
          if (piece.length === 0) {
            cut = true;
            throw new PayloadError('truncated');
          }
          remaining -= piece.length;
          await hasher?.update(piece);
          yield piece;
        }
      }
      try {
        if (handlers.onContent) await handlers.onContent(expected, entryBytes());
        else for await (const _piece of entryBytes()) void _piece; // read only to hash
        if (cut || remaining !== 0) throw new PayloadError('truncated');
        if (hasher !== null && (await hasher.digest()) !== expected.sha256) throw refused('damaged');
      } finally {
        await hasher?.close();
      }
    }
  }
  if ((await readEntryLabel(plain)) !== null) throw new BundleFormatError('damaged');
  return { manifest, manifestSha256, signer };
}
