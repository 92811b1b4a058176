import type { ByteReader } from './byte-reader.js';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// The payload of an age file (age-encryption.org/v1): a 16-byte nonce, then ChaCha20-Poly1305
// STREAM in 64 KiB chunks under HKDF-SHA256(file key, nonce, "payload"). Node's OpenSSL does the
// AEAD here: measured against age-encryption's pure-JS one in tests/bench/bundle.bench.test.ts.

const PAYLOAD_NONCE_BYTES = 16;
const CHUNK_BYTES = 64 * 1024;
const TAG_BYTES = 16;
const SEALED_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES;

/** Why a payload could not be read: each is a refusal the importer words for the user. */
export type PayloadProblem = 'truncated' | 'tampered';

export class PayloadError extends Error {
  constructor(readonly problem: PayloadProblem) {
    super(`age payload ${problem}`);
  }
}

function streamKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
}

function chunkNonce(counter: number, final: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  // 11-byte big-endian counter: a bundle never reaches 2^48 chunks, so the top bytes stay zero.
  nonce.writeUIntBE(counter, 5, 6);
  nonce[11] = final ? 1 : 0;
  return nonce;
}

function seal(key: Buffer, counter: number, final: boolean, plaintext: Uint8Array): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', key, chunkNonce(counter, final), { authTagLength: TAG_BYTES });
  const body = cipher.update(plaintext);
  cipher.final();
  return Buffer.concat([body, cipher.getAuthTag()]);
}

function open(key: Buffer, counter: number, final: boolean, sealed: Buffer): Buffer | null {
  if (sealed.length < TAG_BYTES) return null;
  const decipher = createDecipheriv('chacha20-poly1305', key, chunkNonce(counter, final), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const body = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    decipher.final();
    return body;
  } catch {
    body.fill(0);
    return null;
  }
}

/** Gathers any byte stream into pieces of exactly `size` bytes (the last may be shorter). */
async function* piecesOf(source: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const part of source) {
    let bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    while (pendingBytes + bytes.length >= size) {
      const take = size - pendingBytes;
      pending.push(bytes.subarray(0, take));
      yield Buffer.concat(pending, size);
      pending = [];
      pendingBytes = 0;
      bytes = bytes.subarray(take);
    }
    if (bytes.length > 0) {
      // Copied: the source may reuse its buffer for the next part.
      pending.push(Buffer.from(bytes));
      pendingBytes += bytes.length;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending, pendingBytes);
}

/** The payload nonce, then every sealed chunk; a chunk is held back until the next shows it is not the last. */
export async function* encryptPayload(
  fileKey: Uint8Array,
  plaintext: AsyncIterable<Uint8Array>,
): AsyncGenerator<Buffer> {
  const nonce = randomBytes(PAYLOAD_NONCE_BYTES);
  const key = streamKey(fileKey, nonce);
  try {
    yield nonce;
    let counter = 0;
    let held: Buffer | null = null;
    for await (const piece of piecesOf(plaintext, CHUNK_BYTES)) {
      if (held !== null) yield seal(key, counter++, false, held);
      held = piece;
    }
    // An empty plaintext is one empty final chunk, as age writes it.
    yield seal(key, counter, true, held ?? Buffer.alloc(0));
  } finally {
    key.fill(0);
  }
}

/**
 * The plaintext of a payload (the bytes after the header), chunk by chunk, each yielded only once
 * it has authenticated. Throws PayloadError('truncated') when the stream ends before a final chunk,
 * PayloadError('tampered') for anything else that does not authenticate (a flipped byte, chunks
 * swapped, bytes added after the final chunk).
 */
export async function* decryptPayload(fileKey: Uint8Array, payload: ByteReader): AsyncGenerator<Buffer> {
  const nonce = await payload.read(PAYLOAD_NONCE_BYTES);
  if (nonce.length < PAYLOAD_NONCE_BYTES) throw new PayloadError('truncated');
  const key = streamKey(fileKey, nonce);
  try {
    let counter = 0;
    let current = await payload.read(SEALED_CHUNK_BYTES);
    for (;;) {
      const next = current.length === SEALED_CHUNK_BYTES ? await payload.read(SEALED_CHUNK_BYTES) : null;
      if (next !== null && next.length > 0) {
        const plain = open(key, counter, false, current);
        if (plain === null) throw new PayloadError('tampered');
        yield plain;
        counter += 1;
        current = next;
        continue;
      }
      if (current.length === 0) throw new PayloadError('truncated'); // ended on a chunk boundary, no final chunk
      const last = open(key, counter, true, current);
      if (last === null) {
        // Authentic as a chunk that is not the last: the chunks after it were cut off.
        throw new PayloadError(open(key, counter, false, current) !== null ? 'truncated' : 'tampered');
      }
      // Only an empty payload may end in an empty chunk.
      if (last.length === 0 && counter > 0) throw new PayloadError('tampered');
      yield last;
      return;
    }
  } finally {
    key.fill(0);
  }
}
