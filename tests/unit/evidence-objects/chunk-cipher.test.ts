import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importObjectKey, openChunk, sealChunk } from '../../../electron/core/kernel/files/objects/chunk-cipher.js';
import {
  chunkAad,
  chunkNonce,
  encodeHeader,
  newObjectId,
  TAG_BYTES,
} from '../../../electron/core/kernel/files/objects/format.js';
import type { ObjectKey } from '../../../electron/core/kernel/vault/keys.js';

describe('sealChunk', () => {
  it('writes the record one update of the whole chunk would: the ciphertext only comes in pieces', () => {
    const raw = randomBytes(32);
    const key = importObjectKey(Buffer.from(raw) as ObjectKey);
    const header = encodeHeader(newObjectId(), 1024 * 1024);
    const place = { index: 3, final: false };
    const plaintext = randomBytes(1024 * 1024 - 5); // not a whole number of pieces
    const record = sealChunk(key, header, place, plaintext);

    const cipher = createCipheriv('aes-256-gcm', raw, chunkNonce(place), { authTagLength: TAG_BYTES });
    cipher.setAAD(chunkAad(header, place));
    const whole = Buffer.concat([chunkNonce(place), cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    expect(record.length).toBeGreaterThan(3);
    expect(Buffer.concat(record).equals(whole)).toBe(true);
    const sealed = Buffer.concat(record.slice(1));
    expect(openChunk(key, header, place, sealed)?.equals(plaintext)).toBe(true);
  });

  it('seals an empty final chunk as a nonce and a tag', () => {
    const key = importObjectKey(randomBytes(32) as ObjectKey);
    const header = encodeHeader(newObjectId(), 64 * 1024);
    const record = sealChunk(key, header, { index: 0, final: true }, new Uint8Array(0));
    expect(record.map((part) => part.length)).toEqual([chunkNonce({ index: 0, final: true }).length, TAG_BYTES]);
  });
});

describe('openChunk', () => {
  const key = importObjectKey(randomBytes(32) as ObjectKey);
  const header = encodeHeader(newObjectId(), 1024 * 1024);
  const place = { index: 7, final: true };
  const sealedBytes = (plaintext: Uint8Array) => Buffer.concat(sealChunk(key, header, place, plaintext).slice(1));

  // Around the size of the pieces sealing makes, and a whole chunk.
  it.each([0, 1, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 1024 * 1024])(
    'gives back exactly the %i bytes that were sealed',
    (size) => {
      const plaintext = randomBytes(size);
      const opened = openChunk(key, header, place, sealedBytes(plaintext));
      expect(opened?.equals(plaintext)).toBe(true);
    },
  );

  it('gives no plaintext at all for a chunk whose ciphertext, tag, place or header was altered', () => {
    const sealed = sealedBytes(randomBytes(64 * 1024 + 1));
    const flipped = (at: number) => {
      const copy = Buffer.from(sealed);
      copy[at] = (copy[at] ?? 0) ^ 1;
      return copy;
    };
    expect(openChunk(key, header, place, flipped(0))).toBeNull();
    expect(openChunk(key, header, place, flipped(64 * 1024))).toBeNull(); // in the second piece sealed
    expect(openChunk(key, header, place, flipped(sealed.length - 1))).toBeNull(); // in the tag
    expect(openChunk(key, header, place, sealed.subarray(0, sealed.length - 1))).toBeNull();
    expect(openChunk(key, header, { index: 7, final: false }, sealed)).toBeNull();
    expect(openChunk(key, encodeHeader(newObjectId(), 1024 * 1024), place, sealed)).toBeNull();
    expect(openChunk(key, header, place, sealed)).not.toBeNull(); // the same bytes, unaltered, do open
  });
});
