import { z } from 'zod';
import { Instant } from '../../../shared/domain/primitives.js';
import type { ByteReader } from './byte-reader.js';

/*
 * A case bundle is one age file (age-encryption.org/v1: age-header.ts, age-payload.ts). Its
 * plaintext is a stream of framed entries:
 *
 *   "casefile-bundle/1\n"
 *   entry*   where entry = u32 big-endian length of its label ‖ label (JSON: {name, kind, size}) ‖ size bytes
 *
 * The first entry is the manifest (kind "manifest": JSON, below), the second its signature (kind
 * "signature"), then every entry the manifest lists, in its order, and nothing after them. The
 * manifest comes first so that a reader knows the signer and every entry's size and SHA-256 before
 * it reads a byte of them; the age payload's own authentication (the final-chunk flag) tells a
 * bundle cut short. Entries: "records" (one table's rows of the case, JSON) and "content" (one
 * evidence file's plaintext, whose SHA-256 is the one recorded at its ingest).
 */

export const BUNDLE_MAGIC = Buffer.from('casefile-bundle/1\n');
const LABEL_LIMIT = 4 * 1024;
/**
 * A table's rows are read whole, so their size is bounded. Measured on bundles of the test cases, a row
 * takes at most about 0.8 KB (a provenance signature; an audit row about 0.45 KB): a case of 20,000
 * evidence items (one file each, three audit rows per item) has its largest entries near 25 MB (audit
 * rows) and 16 MB (signatures). 64 MiB leaves room for more than twice that; beyond it a bundle is
 * refused in words (bundle.tooLarge) before its entry is read.
 */
export const RECORDS_ENTRY_LIMIT = 64 * 1024 * 1024;

const EntryKind = z.enum(['manifest', 'signature', 'records', 'content']);
export type EntryKind = z.infer<typeof EntryKind>;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const EntryName = z.string().regex(/^[a-z0-9_/.-]{1,120}$/);

export const EntryLabel = z.object({ name: EntryName, kind: EntryKind, size: z.number().int().min(0) }).strict();
export type EntryLabel = z.infer<typeof EntryLabel>;

export const ManifestEntry = z
  .object({ name: EntryName, kind: z.enum(['records', 'content']), size: z.number().int().min(0), sha256: Sha256Hex })
  .strict();
export type ManifestEntry = z.infer<typeof ManifestEntry>;

/**
 * The bundle format this Casefile writes and the newest it reads. 1: the first; 2: custody events carry
 * codes (migration 0030), which a reader of 1 does not know; 3: the core's status-change reasons are codes
 * (migration 0037), which a reader of 2 would find missing. A bundle of a higher number was made by a newer
 * Casefile: it is refused in words that say so (bundle.newerCasefile), not as damaged. An older number is
 * read (bundle-custody.ts, bundle-status-reasons.ts convert what changed since).
 */
export const BUNDLE_FORMAT_VERSION = 3;

/** What the exporter chose to leave out; listed in the manifest so the reader knows what is missing. */
export const Omission = z.enum(['identities', 'letter_files']);
export type Omission = z.infer<typeof Omission>;

export const Manifest = z
  .object({
    format: z.literal('casefile-bundle'),
    version: z.number().int().min(1).max(BUNDLE_FORMAT_VERSION),
    createdAt: Instant,
    /** This bundle's own id: a vault imports a bundle once (a replay writes nothing). */
    bundleId: z.string().uuid(),
    case: z.object({ id: z.string().length(36), reference: z.string().max(40) }).strict(),
    sender: z
      .object({
        /** Base64 of the sender's raw Ed25519 public key; a bundle without one (null) is refused. */
        signingKey: z.string().max(60).nullable(),
        fingerprint: z.string().max(200).nullable(),
        /** The sender's age recipient, so the reader can answer with a bundle of their own. */
        recipient: z.string().max(200).nullable(),
      })
      .strict(),
    /**
     * Who it was encrypted to: recipients' `age1…`, or a passphrase (never the passphrase itself). Signed, so
     * a recipient cannot re-encrypt the bundle to a vault the sender did not choose (bundle-read.ts refuses it).
     */
    audience: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('recipients'), recipients: z.array(z.string().max(200)).max(100) }).strict(),
      z.object({ kind: z.literal('passphrase') }).strict(),
    ]),
    omitted: z.array(Omission).max(10),
    entries: z.array(ManifestEntry).max(1_000_000),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;

export const Signature = z
  .object({
    algorithm: z.enum(['ed25519', 'none']),
    /** Base64, 64 bytes; empty for 'none'. */
    signature: z.string().max(100),
  })
  .strict();
export type Signature = z.infer<typeof Signature>;

export function entryLabel(label: EntryLabel): Buffer {
  const json = Buffer.from(JSON.stringify(label));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([length, json]);
}

export class BundleFormatError extends Error {
  constructor(readonly problem: 'not_a_bundle' | 'damaged' | 'newer') {
    super(`bundle format: ${problem}`);
  }
}

const FormatNumber = z.object({ format: z.literal('casefile-bundle'), version: z.number().int() });

/** The manifest of a bundle (JSON text); one made by a newer Casefile is told apart from a damaged one. */
export function parseManifest(json: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new BundleFormatError('damaged');
  }
  const number = FormatNumber.safeParse(value);
  if (number.success && number.data.version > BUNDLE_FORMAT_VERSION) throw new BundleFormatError('newer');
  const manifest = Manifest.safeParse(value);
  if (!manifest.success) throw new BundleFormatError('damaged');
  return manifest.data;
}

/** The next entry's label, or null at the clean end of the stream. */
export async function readEntryLabel(reader: ByteReader): Promise<EntryLabel | null> {
  const length = await reader.read(4);
  if (length.length === 0) return null;
  if (length.length < 4) throw new BundleFormatError('damaged');
  const size = length.readUInt32BE(0);
  if (size > LABEL_LIMIT) throw new BundleFormatError('damaged');
  const json = await reader.read(size);
  if (json.length < size) throw new BundleFormatError('damaged');
  try {
    return EntryLabel.parse(JSON.parse(json.toString('utf8')));
  } catch {
    throw new BundleFormatError('damaged');
  }
}
