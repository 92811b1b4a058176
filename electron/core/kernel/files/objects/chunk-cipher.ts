import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject } from 'node:crypto';
import type { ObjectKey } from '../../vault/keys.js';
import { chunkAad, chunkNonce, TAG_BYTES, type ChunkPlace } from './format.js';

// node:crypto's AES-GCM, run on the calling thread: a 1 MiB chunk takes about half a millisecond
// there. WebCrypto's ran on libuv's pool but copied every chunk in, allocated its output afresh and
// would not read a shared buffer: measured on the same file, it took about 0.9 s of CPU per GiB
// against about 0.45 s here, and on two cores (one hashing) the CPU left is what bounds an ingest.

declare const chunkKey: unique symbol;
/** An object key held by node:crypto (outside the JavaScript heap); only importObjectKey makes one. */
export type ChunkKey = KeyObject & { readonly [chunkKey]: true };

/** Takes the raw key into a KeyObject (which keeps its own copy), then overwrites the caller's bytes. */
export function importObjectKey(raw: ObjectKey): ChunkKey {
  try {
    return createSecretKey(raw) as ChunkKey;
  } finally {
    raw.fill(0);
  }
}

/**
 * The ciphertext of a chunk is made this much at a time. node:crypto allocates each piece's output afresh: on
 * Node 20 an output of 1 MiB was mapped from the kernel and unmapped again for every chunk (1.05–1.14
 * CPU-seconds a GiB, half of it in the kernel, against 0.58–0.66 in pieces of 64 KiB, which the allocator
 * reuses), and more on a virtual machine whose host takes unmapped memory back. Node 24 makes no difference.
 */
const SEAL_PIECE_BYTES = 64 * 1024;

/** nonce, ciphertext (in pieces) and tag of one chunk: its record, ready to be written as it is. */
export function sealChunk(key: ChunkKey, header: Buffer, place: ChunkPlace, plaintext: Uint8Array): Buffer[] {
  const nonce = chunkNonce(place);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(chunkAad(header, place));
  const record = [nonce];
  for (let offset = 0; offset < plaintext.length; offset += SEAL_PIECE_BYTES) {
    record.push(cipher.update(plaintext.subarray(offset, offset + SEAL_PIECE_BYTES)));
  }
  cipher.final(); // GCM adds no bytes at the end
  record.push(cipher.getAuthTag());
  return record;
}

/**
 * The chunk's plaintext, or null when its tag does not verify for this key, header and place. Decrypted in one
 * update, unlike sealing: read back, the 1 MiB output is not mapped and unmapped per chunk (Node 20 and 24), and
 * 64 KiB pieces cost more (1 GiB: 0.43–0.50 CPU-seconds whole against 0.47–0.52 in pieces on Node 20, 0.52–0.62
 * against 0.57–0.73 on Node 24).
 */
export function openChunk(key: ChunkKey, header: Buffer, place: ChunkPlace, sealed: Uint8Array): Buffer | null {
  if (sealed.length < TAG_BYTES) return null;
  const tagAt = sealed.length - TAG_BYTES;
  const decipher = createDecipheriv('aes-256-gcm', key, chunkNonce(place), { authTagLength: TAG_BYTES });
  decipher.setAAD(chunkAad(header, place));
  decipher.setAuthTag(sealed.subarray(tagAt));
  // GCM hands out plaintext before the tag is checked: it leaves here only once the tag verified.
  const plaintext = decipher.update(sealed.subarray(0, tagAt));
  try {
    decipher.final();
    return plaintext;
  } catch {
    plaintext.fill(0);
    return null;
  }
}
