import { hashRaw } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { CasefileError } from '../../../../shared/contract/index.js';
import { KEY_BYTES, type PassphraseKey } from './keys.js';

/** Argon2id parameters as stored beside the wrapped key (memory in KiB, as Argon2 counts it). */
export interface Argon2idParams {
  algorithm: 'argon2id';
  /** Argon2 version 0x13 (19): the only one we write or accept. */
  version: 19;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: Buffer;
}

export type Argon2idCost = Pick<Argon2idParams, 'memoryKiB' | 'iterations' | 'parallelism'>;

/**
 * Below these a key file is refused (a downgrade attack makes the passphrase cheap to guess).
 * The floor matches Bitwarden's Argon2id minimums.
 */
export const KDF_FLOORS = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1, saltBytes: 16 } as const;

/** Above these the parameters cannot be ours: refusing them stops a key file from exhausting memory or time. */
export const KDF_CEILINGS = { memoryKiB: 4 * 1024 * 1024, iterations: 64, parallelism: 64, saltBytes: 64 } as const;

/**
 * Measured on the 2-core build machine: m=256 MiB, p=4 takes ~0.35 s at t=4 and ~0.47 s at t=6.
 * Machines with more cores run the 4 lanes in parallel and finish sooner.
 */
export const DEFAULT_KDF_COST: Argon2idCost = { memoryKiB: 256 * 1024, iterations: 6, parallelism: 4 };

export const SALT_BYTES = 16;

/** Which bound the parameters break, as the refusal to throw; null when they are within bounds. */
export function kdfProblem(cost: Argon2idCost, saltBytes: number): CasefileError | null {
  if (
    cost.memoryKiB < KDF_FLOORS.memoryKiB ||
    cost.iterations < KDF_FLOORS.iterations ||
    cost.parallelism < KDF_FLOORS.parallelism ||
    saltBytes < KDF_FLOORS.saltBytes
  ) {
    return new CasefileError('KDF_TOO_WEAK', 'vault.kdfTooWeak');
  }
  if (
    cost.memoryKiB > KDF_CEILINGS.memoryKiB ||
    cost.iterations > KDF_CEILINGS.iterations ||
    cost.parallelism > KDF_CEILINGS.parallelism ||
    saltBytes > KDF_CEILINGS.saltBytes
  ) {
    return new CasefileError('VAULT_CORRUPT', 'vault.kdfOutOfBounds');
  }
  return null;
}

export function assertKdfWithinBounds(params: Argon2idParams): void {
  const problem = kdfProblem(params, params.salt.length);
  if (problem) throw problem;
}

/** Fresh parameters for a new wrap: the given cost (checked against the floors) and a new random salt. */
export function newArgon2idParams(cost: Argon2idCost = DEFAULT_KDF_COST): Argon2idParams {
  const params: Argon2idParams = {
    algorithm: 'argon2id',
    version: 19,
    memoryKiB: cost.memoryKiB,
    iterations: cost.iterations,
    parallelism: cost.parallelism,
    salt: randomBytes(SALT_BYTES),
  };
  assertKdfWithinBounds(params);
  return params;
}

/**
 * Argon2id(passphrase) → 32-byte key-encryption key. The passphrase is NFC-normalised so the
 * same typed characters give the same key whatever the keyboard or OS composed.
 */
export async function derivePassphraseKey(passphrase: string, params: Argon2idParams): Promise<PassphraseKey> {
  assertKdfWithinBounds(params);
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  try {
    const key = await hashRaw(secret, {
      algorithm: 2, // Argon2id (a const enum in the typings)
      version: 1, // 0x13
      memoryCost: params.memoryKiB,
      timeCost: params.iterations,
      parallelism: params.parallelism,
      outputLen: KEY_BYTES,
      salt: params.salt,
    });
    return key as PassphraseKey;
  } finally {
    secret.fill(0);
  }
}
