import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseKeyFile,
  readKeyFile,
  serializeKeyFile,
  writeKeyFile,
  type KeyFile,
} from '../../../electron/core/kernel/vault/key-file.js';
import { newArgon2idParams } from '../../../electron/core/kernel/vault/passphrase-kdf.js';
import { testClock } from '../../clock.js';
import { caught, FLOOR_KDF, modeOf, useTempDirs } from './helpers.js';
import type { LooseJson } from './loose-json.js';

const tempDir = useTempDirs();

function sampleKeyFile(): KeyFile {
  const wrapped = () => ({ nonce: randomBytes(12), ciphertext: randomBytes(32), tag: randomBytes(16) });
  return {
    formatVersion: 1,
    vaultId: randomUUID(),
    createdAt: testClock.iso(),
    cipher: 'chacha20',
    passphrase: { kdf: newArgon2idParams(FLOOR_KDF), wrapped: wrapped() },
    recoveryKey: { kdf: { algorithm: 'hkdf-sha256', salt: randomBytes(32) }, wrapped: wrapped() },
  };
}

const codeOf = async (text: string) => (await caught(() => parseKeyFile(text))).code;

function edited(mutate: (json: LooseJson) => void): string {
  const json = JSON.parse(serializeKeyFile(sampleKeyFile()));
  mutate(json);
  return JSON.stringify(json);
}

describe('vault.json key file', () => {
  it('round-trips through its JSON form', () => {
    const keyFile = sampleKeyFile();
    expect(parseKeyFile(serializeKeyFile(keyFile))).toEqual(keyFile);
  });

  it('says NOT_A_VAULT for something that is not a Casefile key file', async () => {
    expect(await codeOf('garbage{')).toBe('NOT_A_VAULT');
    expect(await codeOf('[1,2,3]')).toBe('NOT_A_VAULT');
    expect(await codeOf('null')).toBe('NOT_A_VAULT');
    expect(await codeOf(edited((j) => (j.magic = 'keepass')))).toBe('NOT_A_VAULT');
  });

  it('says VAULT_TOO_NEW for a format version above the one it knows, whatever the rest looks like', async () => {
    const error = await caught(() =>
      parseKeyFile(JSON.stringify({ magic: 'casefile-vault', formatVersion: 2, anything: 'new' })),
    );
    expect(error.code).toBe('VAULT_TOO_NEW');
    expect(error.message).toMatch(/created by a newer version of Casefile; update the app/);
  });

  it('says VAULT_CORRUPT for our key file with a damaged field', async () => {
    expect(await codeOf(edited((j) => delete j.dataKey.recoveryKey))).toBe('VAULT_CORRUPT');
    expect(await codeOf(edited((j) => (j.dataKey.passphrase.tag = 'AAAA')))).toBe('VAULT_CORRUPT');
    expect(await codeOf(edited((j) => (j.dataKey.passphrase.ciphertext = 'not base64!')))).toBe('VAULT_CORRUPT');
    expect(await codeOf(edited((j) => (j.database.cipher = 'aes128cbc')))).toBe('VAULT_CORRUPT');
    expect(await codeOf(edited((j) => (j.formatVersion = 0)))).toBe('VAULT_CORRUPT');
    expect(await codeOf(edited((j) => (j.vaultId = 'x')))).toBe('VAULT_CORRUPT');
  });

  it('reads null where there is no key file, and refuses a directory or an oversized file', async () => {
    const dir = tempDir();
    expect(readKeyFile(path.join(dir, 'vault.json'))).toBeNull();
    fs.mkdirSync(path.join(dir, 'vault.json'));
    expect((await caught(() => readKeyFile(path.join(dir, 'vault.json')))).code).toBe('NOT_A_VAULT');
    const big = path.join(tempDir(), 'vault.json');
    fs.writeFileSync(big, ' '.repeat(100_000));
    expect((await caught(() => readKeyFile(big))).code).toBe('NOT_A_VAULT');
  });

  it('writes atomically: owner-only, no temp file left, replaced whole', () => {
    const dir = tempDir();
    const file = path.join(dir, 'vault.json');
    const first = sampleKeyFile();
    writeKeyFile(file, first);
    expect(modeOf(file)).toBe(0o600);
    const second = sampleKeyFile();
    writeKeyFile(file, second);
    expect(readKeyFile(file)).toEqual(second);
    expect(modeOf(file)).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['vault.json']);
  });
});
