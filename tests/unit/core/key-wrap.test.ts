import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyWrapAad, unwrapKey, wrapKey, type WrappedKey } from '../../../electron/core/kernel/vault/key-wrap.js';

const aad = keyWrapAad({ formatVersion: 1, vaultId: '7d0c1a36-6f5e-4d1e-9f43-3c2b1a0f9e8d', purpose: 'passphrase' });

function flipBit(buffer: Buffer, index = 0): Buffer {
  const copy = Buffer.from(buffer);
  copy[index] = copy[index]! ^ 0x01;
  return copy;
}

describe('key wrap (AES-256-GCM)', () => {
  it('unwraps what it wrapped, with a fresh nonce each time', () => {
    const kek = randomBytes(32);
    const key = randomBytes(32);
    const a = wrapKey(kek, key, aad);
    const b = wrapKey(kek, key, aad);
    expect(unwrapKey(kek, a, aad)).toEqual(key);
    expect(a.nonce.equals(b.nonce)).toBe(false);
    expect(a.ciphertext.equals(key)).toBe(false);
  });

  it('refuses a wrong wrapping key and any tampering (nonce, ciphertext, tag, associated data)', () => {
    const kek = randomBytes(32);
    const key = randomBytes(32);
    const wrapped = wrapKey(kek, key, aad);
    const tampered: WrappedKey[] = [
      { ...wrapped, nonce: flipBit(wrapped.nonce) },
      { ...wrapped, ciphertext: flipBit(wrapped.ciphertext, 31) },
      { ...wrapped, tag: flipBit(wrapped.tag, 15) },
      { ...wrapped, tag: wrapped.tag.subarray(0, 12) },
      { ...wrapped, ciphertext: wrapped.ciphertext.subarray(0, 31) },
    ];
    for (const t of tampered) expect(unwrapKey(kek, t, aad)).toBeNull();
    expect(unwrapKey(randomBytes(32), wrapped, aad)).toBeNull();
    expect(unwrapKey(kek, wrapped, flipBit(aad, 3))).toBeNull();
  });

  it('binds the wrap to its purpose and vault: a passphrase wrap is not a recovery wrap', () => {
    const kek = randomBytes(32);
    const wrapped = wrapKey(kek, randomBytes(32), aad);
    const vaultId = '7d0c1a36-6f5e-4d1e-9f43-3c2b1a0f9e8d';
    expect(unwrapKey(kek, wrapped, keyWrapAad({ formatVersion: 1, vaultId, purpose: 'recovery-key' }))).toBeNull();
    expect(unwrapKey(kek, wrapped, keyWrapAad({ formatVersion: 2, vaultId, purpose: 'passphrase' }))).toBeNull();
    expect(
      unwrapKey(kek, wrapped, keyWrapAad({ formatVersion: 1, vaultId: 'aaaaaaaa-6f5e-4d1e-9f43-3c2b1a0f9e8d', purpose: 'passphrase' })),
    ).toBeNull();
  });

  it('only wraps 32-byte keys under 32-byte keys', () => {
    expect(() => wrapKey(randomBytes(16), randomBytes(32), aad)).toThrow(RangeError);
    expect(() => wrapKey(randomBytes(32), randomBytes(31), aad)).toThrow(RangeError);
  });
});
