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

/** The chunk's ciphertext and its tag, as two buffers: joining them would copy every byte once more. */
function seal(key: Buffer, counter: number, final: boolean, plaintext: Uint8Array): [Buffer, Buffer] {
  const cipher = createCipheriv('chacha20-poly1305', key, chunkNonce(counter, final), { authTagLength: TAG_BYTES });
  const body = cipher.update(plaintext);
  cipher.final();
  return [body, cipher.getAuthTag()];
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

/**
 * The payload nonce, then every sealed chunk (each as its ciphertext and its tag). A chunk is sealed
 * straight from the source's piece when the piece goes on after it; the bytes of a chunk that spans two
 * pieces, or ends one, are gathered in a buffer of its own, where the last whole chunk waits until more
 * bytes show it is not the final one (the source may reuse its piece meanwhile).
 */
export async function* encryptPayload(
  fileKey: Uint8Array,
  plaintext: AsyncIterable<Uint8Array>,
): AsyncGenerator<Buffer> {
  const nonce = randomBytes(PAYLOAD_NONCE_BYTES);
  const key = streamKey(fileKey, nonce);
  const gathered = Buffer.alloc(CHUNK_BYTES);
  let gatheredBytes = 0;
  let whole = false; // `gathered` holds a whole chunk, not sealed yet: the last one so far
  let counter = 0;
  try {
    yield nonce;
    for await (const part of plaintext) {
      if (part.byteLength === 0) continue;
      let bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      if (whole) {
        yield* seal(key, counter++, false, gathered);
        whole = false;
        gatheredBytes = 0;
      }
      if (gatheredBytes > 0) {
        const take = Math.min(CHUNK_BYTES - gatheredBytes, bytes.length);
        bytes.copy(gathered, gatheredBytes, 0, take);
        gatheredBytes += take;
        bytes = bytes.subarray(take);
        if (gatheredBytes < CHUNK_BYTES) continue;
        if (bytes.length === 0) {
          whole = true;
          continue;
        }
        yield* seal(key, counter++, false, gathered);
        gatheredBytes = 0;
      }
      while (bytes.length > CHUNK_BYTES) {
        yield* seal(key, counter++, false, bytes.subarray(0, CHUNK_BYTES));
        bytes = bytes.subarray(CHUNK_BYTES);
      }
      bytes.copy(gathered, 0);
      gatheredBytes = bytes.length;
      whole = gatheredBytes === CHUNK_BYTES;
    }
    // An empty plaintext is one empty final chunk, as age writes it.
    yield* seal(key, counter, true, gathered.subarray(0, gatheredBytes));
  } finally {
    key.fill(0);
    gathered.fill(0);
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
