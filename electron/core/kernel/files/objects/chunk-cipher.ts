import { webcrypto } from 'node:crypto';
import type { ObjectKey } from '../../vault/keys.js';
import { chunkAad, chunkNonce, TAG_BYTES, type ChunkPlace } from './format.js';

// WebCrypto rather than createCipheriv: its AES-GCM runs on libuv's thread pool, so chunks are
// encrypted off the event loop and in parallel with the SHA-256 of the next ones, and a decrypt
// that fails its tag check hands back no plaintext at all.
const { subtle } = webcrypto;

declare const chunkKey: unique symbol;
/** An object key inside WebCrypto, for one use (encrypt or decrypt); only importObjectKey makes one. */
export type ChunkKey = webcrypto.CryptoKey & { readonly [chunkKey]: true };

/** Imports the raw key (WebCrypto keeps its own copy), then overwrites the caller's bytes. */
export async function importObjectKey(raw: ObjectKey, usage: 'encrypt' | 'decrypt'): Promise<ChunkKey> {
  try {
    return (await subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [usage])) as ChunkKey;
  } finally {
    raw.fill(0);
  }
}

/** nonce and ciphertext ‖ tag of one chunk, ready to be written as its record. */
export async function sealChunk(
  key: ChunkKey,
  header: Buffer,
  place: ChunkPlace,
  plaintext: Uint8Array,
): Promise<[Buffer, Buffer]> {
  const nonce = chunkNonce(place);
  const sealed = await subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: chunkAad(header, place), tagLength: TAG_BYTES * 8 },
    key,
    plaintext,
  );
  return [nonce, Buffer.from(sealed)];
}

/** The chunk's plaintext, or null when its tag does not verify for this key, header and place. */
export async function openChunk(
  key: ChunkKey,
  header: Buffer,
  place: ChunkPlace,
  sealed: Uint8Array,
): Promise<Buffer | null> {
  if (sealed.length < TAG_BYTES) return null;
  try {
    const plaintext = await subtle.decrypt(
      { name: 'AES-GCM', iv: chunkNonce(place), additionalData: chunkAad(header, place), tagLength: TAG_BYTES * 8 },
      key,
      sealed,
    );
    return Buffer.from(plaintext);
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationError') return null;
    throw error;
  }
}
