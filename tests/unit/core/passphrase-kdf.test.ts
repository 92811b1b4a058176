import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KDF_COST,
  derivePassphraseKey,
  kdfProblem,
  KDF_FLOORS,
  newArgon2idParams,
} from '../../../electron/core/kernel/vault/passphrase-kdf.js';
import { caught, FLOOR_KDF } from './helpers.js';

describe('passphrase KDF (Argon2id)', () => {
  it('defaults to a strong cost, well above the floors', () => {
    expect(DEFAULT_KDF_COST.memoryKiB).toBe(256 * 1024);
    expect(DEFAULT_KDF_COST.parallelism).toBe(4);
    expect(DEFAULT_KDF_COST.iterations).toBeGreaterThanOrEqual(4);
    expect(kdfProblem(DEFAULT_KDF_COST, 16)).toBeNull();
  });

  it(
    'refuses each floor that is broken as KDF_TOO_WEAK, in words for the person (no ' + 'parameter names or numbers)',
    () => {
      expect(kdfProblem(FLOOR_KDF, KDF_FLOORS.saltBytes)).toBeNull();
      const cases: Parameters<typeof kdfProblem>[] = [
        [{ ...FLOOR_KDF, memoryKiB: 65535 }, 16],
        [{ ...FLOOR_KDF, iterations: 2 }, 16],
        [{ ...FLOOR_KDF, parallelism: 0 }, 16],
        [FLOOR_KDF, 15],
      ];
      for (const args of cases) {
        const problem = kdfProblem(...args);
        expect(problem?.code).toBe('KDF_TOO_WEAK');
        expect(problem?.reason).toBe('vault.kdfTooWeak');
        expect(problem?.message).toMatch(/weaker passphrase protection than Casefile allows/);
      }
    },
  );

  it('treats absurdly high parameters as a damaged key file, not as work to do', () => {
    expect(kdfProblem({ ...FLOOR_KDF, memoryKiB: 64 * 1024 * 1024 }, 16)?.code).toBe('VAULT_CORRUPT');
    expect(kdfProblem({ ...FLOOR_KDF, iterations: 1_000_000 }, 16)?.code).toBe('VAULT_CORRUPT');
  });

  it('refuses to make or use parameters below the floors', async () => {
    expect(() => newArgon2idParams({ ...FLOOR_KDF, memoryKiB: 32 * 1024 })).toThrow(
      /weaker passphrase protection than Casefile allows/,
    );
    const weak = { ...newArgon2idParams(FLOOR_KDF), iterations: 1 };
    expect((await caught(() => derivePassphraseKey('anything at all', weak))).code).toBe('KDF_TOO_WEAK');
  });

  it('derives a 32-byte key that depends on passphrase and salt, not on Unicode composition', async () => {
    const params = newArgon2idParams(FLOOR_KDF);
    const composed = 'Témoin café déjà vu'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const a = await derivePassphraseKey(composed, params);
    expect(a).toHaveLength(32);
    expect(await derivePassphraseKey(decomposed, params)).toEqual(a);
    expect((await derivePassphraseKey('Temoin cafe deja vu', params)).equals(a)).toBe(false);
    expect((await derivePassphraseKey(composed, newArgon2idParams(FLOOR_KDF))).equals(a)).toBe(false);
  });

  it('derives a key at the default cost (how long it takes is a figure of tests/bench/kdf.bench.test.ts)', async () => {
    const params = newArgon2idParams();
    expect(params.memoryKiB).toBe(DEFAULT_KDF_COST.memoryKiB);
    const key = await derivePassphraseKey('a passphrase to derive', params);
    expect(key).toHaveLength(32);
  });
});
