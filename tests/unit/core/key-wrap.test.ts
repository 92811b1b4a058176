import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  keyWrapAad,
  unwrapDataKey,
  unwrapObjectKey,
  wrapDataKey,
  wrapObjectKey,
  type WrappedKey,
} from '../../../electron/core/kernel/vault/key-wrap.js';
import {
  generateDataKey,
  generateObjectKey,
  type DataKey,
  type ObjectKey,
  type RecoveryKey,
} from '../../../electron/core/kernel/vault/keys.js';
import { deriveRecoveryKey, generateRecoverySymbols } from '../../../electron/core/kernel/vault/recovery-key.js';

/** A wrapping key for the data key, cheap to make (HKDF, not Argon2id). */
const newRecoveryKey = (): RecoveryKey => deriveRecoveryKey(generateRecoverySymbols(), randomBytes(32));

const aad = keyWrapAad({ formatVersion: 1, vaultId: '7d0c1a36-6f5e-4d1e-9f43-3c2b1a0f9e8d', purpose: 'passphrase' });

function flipBit(buffer: Buffer, index = 0): Buffer {
  const copy = Buffer.from(buffer);
  copy[index] = copy[index]! ^ 0x01;
  return copy;
}

describe('key wrap (AES-256-GCM)', () => {
  it('unwraps what it wrapped, with a fresh nonce each time', () => {
    const kek = newRecoveryKey();
    const key = generateDataKey();
    const a = wrapDataKey(kek, key, aad);
    const b = wrapDataKey(kek, key, aad);
    expect(unwrapDataKey(kek, a, aad)).toEqual(key);
    expect(a.nonce.equals(b.nonce)).toBe(false);
    expect(a.ciphertext.equals(key)).toBe(false);
  });

  it('refuses a wrong wrapping key and any tampering (nonce, ciphertext, tag, associated data)', () => {
    const kek = newRecoveryKey();
    const key = generateDataKey();
    const wrapped = wrapDataKey(kek, key, aad);
    const tampered: WrappedKey[] = [
      { ...wrapped, nonce: flipBit(wrapped.nonce) },
      { ...wrapped, ciphertext: flipBit(wrapped.ciphertext, 31) },
      { ...wrapped, tag: flipBit(wrapped.tag, 15) },
      { ...wrapped, tag: wrapped.tag.subarray(0, 12) },
      { ...wrapped, ciphertext: wrapped.ciphertext.subarray(0, 31) },
    ];
    for (const t of tampered) expect(unwrapDataKey(kek, t, aad)).toBeNull();
    expect(unwrapDataKey(newRecoveryKey(), wrapped, aad)).toBeNull();
    expect(unwrapDataKey(kek, wrapped, flipBit(aad, 3))).toBeNull();
  });

  it('binds the wrap to its purpose and vault: a passphrase wrap is not a recovery wrap', () => {
    const kek = newRecoveryKey();
    const wrapped = wrapDataKey(kek, generateDataKey(), aad);
    const vaultId = '7d0c1a36-6f5e-4d1e-9f43-3c2b1a0f9e8d';
    expect(unwrapDataKey(kek, wrapped, keyWrapAad({ formatVersion: 1, vaultId, purpose: 'recovery-key' }))).toBeNull();
    expect(unwrapDataKey(kek, wrapped, keyWrapAad({ formatVersion: 2, vaultId, purpose: 'passphrase' }))).toBeNull();
    expect(
      unwrapDataKey(
        kek,
        wrapped,
        keyWrapAad({ formatVersion: 1, vaultId: 'aaaaaaaa-6f5e-4d1e-9f43-3c2b1a0f9e8d', purpose: 'passphrase' }),
      ),
    ).toBeNull();
  });

  it('wraps an object key under the data key, and nothing else unwraps it', () => {
    const dataKey = generateDataKey();
    const objectKey = generateObjectKey();
    const wrapped = wrapObjectKey(dataKey, objectKey, aad);
    expect(unwrapObjectKey(dataKey, wrapped, aad)).toEqual(objectKey);
    expect(unwrapObjectKey(generateDataKey(), wrapped, aad)).toBeNull();
  });

  it('only wraps 32-byte keys under 32-byte keys (checked at run time too, for a key that bypassed the types)', () => {
    expect(() => wrapDataKey(randomBytes(16) as RecoveryKey, generateDataKey(), aad)).toThrow(RangeError);
    expect(() => wrapDataKey(newRecoveryKey(), randomBytes(31) as DataKey, aad)).toThrow(RangeError);
    expect(() => wrapObjectKey(generateDataKey(), randomBytes(31) as ObjectKey, aad)).toThrow(RangeError);
  });
});
