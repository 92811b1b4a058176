/**
 * Evidence object files, format version 1. All integers are big-endian.
 *
 * An object is one evidence file's content, encrypted, at `<vault>/objects/<object id>` where the
 * object id is 16 random bytes written as 32 lowercase hex characters (flat folder: evidence items
 * number in the thousands, which every file system we target lists quickly).
 *
 *   header, 26 bytes
 *     offset 0   5 bytes  magic "CFOBJ"
 *     offset 5   1 byte   format version (1)
 *     offset 6   4 bytes  chunk size C: 65 536 … 4 194 304 (1 MiB by default)
 *     offset 10 16 bytes  object id (must equal the file name)
 *   records, one per plaintext chunk i = 0, 1, 2, …, each:
 *     12 bytes  nonce = i (uint64) ‖ flags (uint32: 1 on the final chunk, 0 on every other)
 *     n bytes   AES-256-GCM ciphertext of the chunk
 *     16 bytes  GCM tag over AAD = header (26 bytes) ‖ i (uint64) ‖ final flag (1 byte)
 *
 * Every chunk but the last holds exactly C bytes of plaintext; the last holds 0…C bytes and is the
 * only one marked final, so an empty file is a single empty final chunk. A reader therefore knows
 * where each record starts from C alone, and what each chunk's index and finality must be from its
 * position and the file's length: a moved chunk fails (or authenticates under another index:
 * "reordered"), a file whose last chunk is not marked final was cut ("truncated"), a final chunk
 * followed by more bytes was extended. The header is inside every chunk's AAD, so altering the
 * object id, version or chunk size breaks every chunk.
 *
 * Keys: every object has its own random 32-byte key, used for that object only and never again
 * (re-adding the same file makes a new object with a new key). The nonce is therefore a counter:
 * within one key each chunk index is used once, so nonces cannot repeat, with no birthday bound to
 * reason about, and the nonce carries the chunk's claimed position, which lets a reader tell a
 * reordered chunk from a damaged one. The per-object key is stored, by the caller, in the database,
 * wrapped by the vault's data key (see wrapObjectKey): 61 bytes = wrap version (1) ‖ GCM nonce (12,
 * random) ‖ encrypted key (32) ‖ tag (16), AAD = "casefile-object-key/v1/<object id>" so a wrapped
 * key cannot be moved to another object.
 */
import { randomBytes } from 'node:crypto';
import {
  GCM_NONCE_BYTES,
  GCM_TAG_BYTES,
  unwrapObjectKey as unwrapKeyFields,
  wrapObjectKey as wrapKeyFields,
} from '../../vault/key-wrap.js';
import { KEY_BYTES, type DataKey, type ObjectKey } from '../../vault/keys.js';

const OBJECT_MAGIC = Buffer.from('CFOBJ', 'ascii');
const OBJECT_FORMAT_VERSION = 1;
export const HEADER_BYTES = OBJECT_MAGIC.length + 1 + 4 + 16;
export const NONCE_BYTES = GCM_NONCE_BYTES;
export const TAG_BYTES = GCM_TAG_BYTES;
/** Bytes a record adds to its chunk of plaintext. */
export const RECORD_OVERHEAD = NONCE_BYTES + TAG_BYTES;

const MIN_CHUNK_SIZE = 64 * 1024;
const MAX_CHUNK_SIZE = 4 * 1024 * 1024;
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;

const OBJECT_ID_BYTES = 16;
const OBJECT_ID_PATTERN = /^[0-9a-f]{32}$/;
const FINAL_FLAG = 1;

const WRAP_VERSION = 1;
const WRAPPED_KEY_BYTES = 1 + GCM_NONCE_BYTES + KEY_BYTES + GCM_TAG_BYTES;

export function newObjectId(): string {
  return randomBytes(OBJECT_ID_BYTES).toString('hex');
}

/** Object ids become file names: anything but 32 lowercase hex characters is refused, so no path can be smuggled in. */
export function isObjectId(value: unknown): value is string {
  return typeof value === 'string' && OBJECT_ID_PATTERN.test(value);
}

export function assertChunkSize(chunkSize: number): void {
  if (!Number.isInteger(chunkSize) || chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
    throw new RangeError(`chunk size must be an integer from ${MIN_CHUNK_SIZE} to ${MAX_CHUNK_SIZE} bytes`);
  }
}

export function encodeHeader(objectId: string, chunkSize: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  OBJECT_MAGIC.copy(header, 0);
  header.writeUInt8(OBJECT_FORMAT_VERSION, 5);
  header.writeUInt32BE(chunkSize, 6);
  Buffer.from(objectId, 'hex').copy(header, 10);
  return header;
}

export type HeaderReading =
  | { ok: true; chunkSize: number; objectId: string }
  | { ok: false; reason: 'not-an-object' | 'unknown-version' | 'bad-chunk-size' };

export function decodeHeader(header: Buffer): HeaderReading {
  if (header.length !== HEADER_BYTES || !header.subarray(0, OBJECT_MAGIC.length).equals(OBJECT_MAGIC)) {
    return { ok: false, reason: 'not-an-object' };
  }
  if (header.readUInt8(5) !== OBJECT_FORMAT_VERSION) return { ok: false, reason: 'unknown-version' };
  const chunkSize = header.readUInt32BE(6);
  if (chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) return { ok: false, reason: 'bad-chunk-size' };
  return { ok: true, chunkSize, objectId: header.subarray(10, HEADER_BYTES).toString('hex') };
}

/** What a chunk says about itself: its index and whether it is the last one. */
export interface ChunkPlace {
  index: number;
  final: boolean;
}

export function chunkNonce({ index, final }: ChunkPlace): Buffer {
  const nonce = Buffer.alloc(NONCE_BYTES);
  nonce.writeBigUInt64BE(BigInt(index), 0);
  nonce.writeUInt32BE(final ? FINAL_FLAG : 0, 8);
  return nonce;
}

/** The place a stored nonce claims, or null for flags no writer produces. */
export function readChunkNonce(nonce: Buffer): ChunkPlace | null {
  const index = nonce.readBigUInt64BE(0);
  const flags = nonce.readUInt32BE(8);
  if (index > BigInt(Number.MAX_SAFE_INTEGER) || (flags !== 0 && flags !== FINAL_FLAG)) return null;
  return { index: Number(index), final: flags === FINAL_FLAG };
}

export function chunkAad(header: Buffer, { index, final }: ChunkPlace): Buffer {
  const aad = Buffer.alloc(HEADER_BYTES + 8 + 1);
  header.copy(aad, 0);
  aad.writeBigUInt64BE(BigInt(index), HEADER_BYTES);
  aad.writeUInt8(final ? FINAL_FLAG : 0, HEADER_BYTES + 8);
  return aad;
}

/** Length of the object file holding `size` bytes of plaintext in chunks of `chunkSize`. */
export function objectFileLength(size: number, chunkSize: number): number {
  const chunks = Math.max(1, Math.ceil(size / chunkSize));
  return HEADER_BYTES + chunks * RECORD_OVERHEAD + size;
}

const keyWrapAad = (objectId: string) => Buffer.from(`casefile-object-key/v${WRAP_VERSION}/${objectId}`, 'utf8');

/** The object's key encrypted under the vault's data key, bound to the object id. */
export function wrapObjectKey(dataKey: DataKey, objectKey: ObjectKey, objectId: string): Buffer {
  const { nonce, ciphertext, tag } = wrapKeyFields(dataKey, objectKey, keyWrapAad(objectId));
  return Buffer.concat([Buffer.from([WRAP_VERSION]), nonce, ciphertext, tag]);
}

/** The object's key, or null when the data key is wrong or the wrapped key belongs to another object or was altered. */
export function unwrapObjectKey(dataKey: DataKey, wrapped: Uint8Array, objectId: string): ObjectKey | null {
  if (wrapped.length !== WRAPPED_KEY_BYTES || wrapped[0] !== WRAP_VERSION) return null;
  const bytes = Buffer.from(wrapped.buffer, wrapped.byteOffset, wrapped.byteLength);
  let offset = 1;
  const take = (length: number) => bytes.subarray(offset, (offset += length));
  const nonce = take(GCM_NONCE_BYTES);
  const ciphertext = take(KEY_BYTES);
  const tag = take(GCM_TAG_BYTES);
  return unwrapKeyFields(dataKey, { nonce, ciphertext, tag }, keyWrapAad(objectId));
}

/** Run-time check too: a caller in plain JavaScript (or a cast) gets no help from the types. */
export function assertDataKey(dataKey: DataKey): void {
  if (!Buffer.isBuffer(dataKey) || dataKey.length !== KEY_BYTES)
    throw new RangeError(`data key must be a ${KEY_BYTES}-byte Buffer`);
}
