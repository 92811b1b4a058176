import { createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { ByteReader } from './byte-reader.js';
import { BATCH_BYTES, CHUNK_BYTES, chunkNonce, payloadSealer, SEALED_AHEAD, TAG_BYTES } from './payload-sealer.js';

// The payload of an age file (age-encryption.org/v1): a 16-byte nonce, then ChaCha20-Poly1305
// STREAM in 64 KiB chunks under HKDF-SHA256(file key, nonce, "payload"). Node's OpenSSL does the
// AEAD here: measured against age-encryption's pure-JS one in tests/bench/bundle.bench.test.ts.

const PAYLOAD_NONCE_BYTES = 16;
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
 * The payload nonce, then the sealed chunks, a batch of up to 16 (1 MiB of plaintext) at a time. The
 * source's pieces, whatever their sizes, are copied into batch buffers (the source may reuse its piece
 * once it is taken); a full batch waits until more bytes show it does not hold the final chunk. A payload
 * of `expectedBytes` or more is sealed on a thread of its own (payload-sealer.ts) while this one reads on.
 */
export async function* encryptPayload(
  fileKey: Uint8Array,
  plaintext: AsyncIterable<Uint8Array>,
  options: { expectedBytes?: number } = {},
): AsyncGenerator<Buffer> {
  const nonce = randomBytes(PAYLOAD_NONCE_BYTES);
  const key = streamKey(fileKey, nonce);
  const sealer = payloadSealer(key, options.expectedBytes ?? 0);
  let batch: Buffer | undefined;
  let filled = 0;
  let counter = 0;
  try {
    yield nonce;
    for await (const part of plaintext) {
      let offset = 0;
      while (offset < part.byteLength) {
        if (batch !== undefined && filled === BATCH_BYTES) {
          // More bytes follow: the full batch holds no final chunk.
          sealer.seal(batch, filled, counter, false);
          counter += BATCH_BYTES / CHUNK_BYTES;
          batch = undefined;
        }
        if (batch === undefined) {
          while (sealer.pending >= SEALED_AHEAD) yield await sealer.sealed();
          batch = await sealer.take();
          filled = 0;
        }
        const take = Math.min(BATCH_BYTES - filled, part.byteLength - offset);
        batch.set(part.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
      }
    }
    // An empty plaintext is one empty final chunk, as age writes it.
    sealer.seal(batch ?? (await sealer.take()), filled, counter, true);
    batch = undefined;
    while (sealer.pending > 0) yield await sealer.sealed();
  } finally {
    key.fill(0);
    await sealer.close();
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
