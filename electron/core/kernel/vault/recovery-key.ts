import { hkdfSync, randomBytes } from 'node:crypto';
import type { ReasonRef } from '../../../../shared/i18n/catalogue.js';
import { messageText } from '../../../../shared/i18n/messages.js';
import { KEY_BYTES, type RecoveryKey } from './keys.js';

/** Crockford's base32: no I, L, O or U, so what is written down reads back unambiguously. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 27 random symbols × 5 bits = 135 bits of entropy. */
export const RECOVERY_DATA_SYMBOLS = 27;
/** Plus one check symbol: 28 characters, written as 7 groups of 4. */
export const RECOVERY_KEY_LENGTH = RECOVERY_DATA_SYMBOLS + 1;
const RECOVERY_GROUP_SIZE = 4;

export const RECOVERY_SALT_BYTES = 32;
const HKDF_INFO = Buffer.from('casefile-vault/recovery-key-wrapping/v1', 'utf8');

// Check symbol: a weighted sum in GF(32) (x^5 + x^2 + 1). Each position has its own nonzero
// weight α^k, all distinct, so any single wrong symbol and any swap of two symbols is caught.
const FIELD_POLY = 0b100101;
function gfMul(a: number, b: number): number {
  let product = 0;
  for (let x = a, y = b; y > 0; y >>= 1) {
    if (y & 1) product ^= x;
    x <<= 1;
    if (x & 0b100000) x ^= FIELD_POLY;
  }
  return product;
}
/** α^k for k = 0..27 (α = 2 generates the 31 nonzero elements). */
const WEIGHTS: number[] = [];
for (let k = 0, w = 1; k < RECOVERY_KEY_LENGTH; k++, w = gfMul(w, 2)) WEIGHTS.push(w);

/** Sum over all 28 symbols, the check symbol weighted α^0: zero for a well-formed key. */
function syndrome(values: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum ^= gfMul(values[i]!, WEIGHTS[(i + 1) % RECOVERY_KEY_LENGTH]!);
  return sum;
}

function checkSymbol(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum ^= gfMul(data[i]!, WEIGHTS[i + 1]!);
  return sum;
}

declare const recoverySymbols: unique symbol;
/**
 * The 27 data symbols (values 0–31): the recovery secret. Zero it when done. Branded so it cannot
 * be swapped with the salt it is derived with; only generateRecoverySymbols and parseRecoveryKey make one.
 */
export type RecoverySymbols = Buffer & { readonly [recoverySymbols]: true };

export function generateRecoverySymbols(): RecoverySymbols {
  const symbols = randomBytes(RECOVERY_DATA_SYMBOLS);
  // 256 is a multiple of 32, so the low 5 bits of a random byte are uniform.
  for (let i = 0; i < symbols.length; i++) symbols[i] = symbols[i]! & 0b11111;
  return symbols as RecoverySymbols;
}

/** The form shown once and written down: `XXXX-XXXX-…` (7 groups of 4, the last ending in the check symbol). */
export function formatRecoveryKey(symbols: RecoverySymbols): string {
  if (symbols.length !== RECOVERY_DATA_SYMBOLS) throw new RangeError('wrong number of recovery symbols');
  const chars = [...symbols, checkSymbol(symbols)].map((v) => ALPHABET[v]!);
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += RECOVERY_GROUP_SIZE)
    groups.push(chars.slice(i, i + RECOVERY_GROUP_SIZE).join(''));
  return groups.join('-');
}

export type RecoveryKeyParse =
  | { ok: true; symbols: RecoverySymbols }
  | { ok: false; problem: 'length' | 'character' | 'check'; refusal: ReasonRef; message: string };

/** A typo, with its refusal and the same in English (never the key itself). */
function typo(problem: 'length' | 'character' | 'check', refusal: ReasonRef): RecoveryKeyParse {
  return { ok: false, problem, refusal, message: messageText('en', `errors.${refusal.reason}`, refusal.params) };
}
const DECODE: Record<string, number> = Object.fromEntries([...ALPHABET].map((c, i) => [c, i]));
// Characters people write for the ones Crockford left out.
Object.assign(DECODE, { O: 0, I: 1, L: 1 });

/**
 * Reads a recovery key as typed: case, spaces and dashes do not matter and O/0, I/L/1 are the
 * same. A typo is reported as a typo (before any key derivation); the messages never echo it.
 */
export function parseRecoveryKey(input: string): RecoveryKeyParse {
  const compact = input.toUpperCase().replace(/[\s\-\u2010-\u2015\u2212]/g, '');
  const values = new Uint8Array(compact.length);
  for (let i = 0; i < compact.length; i++) {
    const value = DECODE[compact[i]!];
    if (value === undefined) {
      values.fill(0);
      return typo('character', { reason: 'vault.recoveryKeyCharacter' });
    }
    values[i] = value;
  }
  if (values.length !== RECOVERY_KEY_LENGTH) {
    values.fill(0);
    return typo('length', {
      reason: 'vault.recoveryKeyLength',
      params: {
        expected: RECOVERY_KEY_LENGTH,
        groups: RECOVERY_KEY_LENGTH / RECOVERY_GROUP_SIZE,
        groupSize: RECOVERY_GROUP_SIZE,
        actual: values.length,
      },
    });
  }
  const valid = syndrome(values) === 0;
  const symbols = Buffer.from(values.subarray(0, RECOVERY_DATA_SYMBOLS)) as RecoverySymbols;
  values.fill(0);
  if (!valid) {
    symbols.fill(0);
    return typo('check', { reason: 'vault.recoveryKeyCheck' });
  }
  return { ok: true, symbols };
}

/** The recovery key already carries 135 bits of entropy: HKDF, not a slow KDF, turns it into a wrapping key. */
export function deriveRecoveryKey(symbols: RecoverySymbols, salt: Buffer): RecoveryKey {
  const derived = new Uint8Array(hkdfSync('sha256', symbols, salt, HKDF_INFO, KEY_BYTES));
  const key = Buffer.from(derived) as RecoveryKey;
  derived.fill(0);
  return key;
}

export function newRecoverySalt(): Buffer {
  return randomBytes(RECOVERY_SALT_BYTES);
}
