import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importObjectKey } from '../../../electron/core/kernel/files/objects/chunk-cipher.js';
import {
  unwrapObjectKey as unwrapObjectKeyBytes,
  wrapObjectKey as wrapObjectKeyBytes,
} from '../../../electron/core/kernel/files/objects/format.js';
import { openVaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import {
  keyWrapAad,
  unwrapDataKey,
  unwrapObjectKey,
  wrapDataKey,
  wrapObjectKey,
} from '../../../electron/core/kernel/vault/key-wrap.js';
import {
  generateDataKey,
  generateObjectKey,
  type DataKey,
  type ObjectKey,
  type PassphraseKey,
  type RecoveryKey,
} from '../../../electron/core/kernel/vault/keys.js';
import { derivePassphraseKey, newArgon2idParams } from '../../../electron/core/kernel/vault/passphrase-kdf.js';
import {
  deriveRecoveryKey,
  generateRecoverySymbols,
  type RecoverySymbols,
} from '../../../electron/core/kernel/vault/recovery-key.js';

// `npx tsc -p tests` checks this file: each @ts-expect-error below fails the type check the day
// the line under it compiles, i.e. the day two keys of different kinds become interchangeable.

const aad = keyWrapAad({ formatVersion: 1, vaultId: '7d0c1a36-6f5e-4d1e-9f43-3c2b1a0f9e8d', purpose: 'passphrase' });

/** Never called: only type-checked. Each swapped or untyped argument must be a compile error. */
async function swappedArguments(
  dataKey: DataKey,
  passphraseKey: PassphraseKey,
  recoveryKey: RecoveryKey,
  objectKey: ObjectKey,
  symbols: RecoverySymbols,
): Promise<void> {
  const wrapped = wrapDataKey(passphraseKey, dataKey, aad);
  // @ts-expect-error the data key and its wrapping key swapped
  wrapDataKey(dataKey, passphraseKey, aad);
  // @ts-expect-error the data key and the recovery key swapped
  wrapDataKey(dataKey, recoveryKey, aad);
  // @ts-expect-error an object key never wraps the data key
  wrapDataKey(objectKey, dataKey, aad);
  // @ts-expect-error a data key is not a passphrase key
  unwrapDataKey(dataKey, wrapped, aad);
  // @ts-expect-error the object key and the data key swapped
  wrapObjectKey(objectKey, dataKey, aad);
  // @ts-expect-error a passphrase key never wraps an object key
  wrapObjectKey(passphraseKey, objectKey, aad);
  // @ts-expect-error an object key cannot unwrap another
  unwrapObjectKey(objectKey, wrapped, aad);
  // @ts-expect-error what an object-key unwrap gives is an object key, not a data key
  const notADataKey: DataKey | null = unwrapObjectKey(dataKey, wrapped, aad);
  // @ts-expect-error what a data-key unwrap gives is a data key, not an object key
  const notAnObjectKey: ObjectKey | null = unwrapDataKey(recoveryKey, wrapped, aad);
  // @ts-expect-error the object-format wrap: object key and data key swapped
  wrapObjectKeyBytes(objectKey, dataKey, 'a'.repeat(32));
  // @ts-expect-error the object-format unwrap needs the data key
  unwrapObjectKeyBytes(objectKey, Buffer.alloc(61), 'a'.repeat(32));
  // @ts-expect-error only an object key is imported as a chunk cipher key
  importObjectKey(dataKey);
  // @ts-expect-error the database opens with the data key only
  openVaultDatabase('casefile.db', passphraseKey, { isNew: false });
  // @ts-expect-error the recovery secret and its salt swapped
  deriveRecoveryKey(randomBytes(32), symbols);
  // @ts-expect-error a plain buffer is no key: keys come from generate, derive or unwrap
  wrapDataKey(randomBytes(32), dataKey, aad);
  // @ts-expect-error a plain buffer is no data key
  wrapObjectKey(randomBytes(32), objectKey, aad);
  void notADataKey;
  void notAnObjectKey;
}
void swappedArguments;

describe('typed keys', () => {
  it('wraps and unwraps with keys of the right kinds, made by the functions that generate or derive them', async () => {
    const dataKey = generateDataKey();
    const passphraseKey = await derivePassphraseKey(
      'a passphrase for the typed keys',
      newArgon2idParams({ memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 }),
    );
    const recoveryKey = deriveRecoveryKey(generateRecoverySymbols(), randomBytes(32));
    const objectKey = generateObjectKey();
    const viaPassphrase: DataKey | null = unwrapDataKey(passphraseKey, wrapDataKey(passphraseKey, dataKey, aad), aad);
    const viaRecovery: DataKey | null = unwrapDataKey(recoveryKey, wrapDataKey(recoveryKey, dataKey, aad), aad);
    const object: ObjectKey | null = unwrapObjectKey(dataKey, wrapObjectKey(dataKey, objectKey, aad), aad);
    expect(viaPassphrase).toEqual(dataKey);
    expect(viaRecovery).toEqual(dataKey);
    expect(object).toEqual(objectKey);
    // Keys stay plain buffers at run time, so locking can still overwrite them.
    dataKey.fill(0);
    expect(dataKey.equals(Buffer.alloc(32))).toBe(true);
  });

  it('no code outside the functions that make keys casts a buffer to a key type', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../electron');
    const makers = new Set([
      'core/kernel/vault/keys.ts',
      'core/kernel/vault/key-wrap.ts',
      'core/kernel/vault/passphrase-kdf.ts',
      'core/kernel/vault/recovery-key.ts',
      'core/kernel/files/objects/chunk-cipher.ts',
    ]);
    const cast = /\bas\s+(DataKey|PassphraseKey|RecoveryKey|ObjectKey|RecoverySymbols|ChunkKey|DataKeyWrappingKey)\b/;
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) {
          const relative = path.relative(root, full).split(path.sep).join('/');
          if (!makers.has(relative) && cast.test(fs.readFileSync(full, 'utf8'))) offenders.push(relative);
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
    // The check itself sees a cast when there is one.
    expect(cast.test('const key = bytes as DataKey;')).toBe(true);
  });
});
