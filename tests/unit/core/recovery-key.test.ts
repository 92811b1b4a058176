import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  deriveRecoveryKey,
  formatRecoveryKey,
  generateRecoverySymbols,
  parseRecoveryKey,
  RECOVERY_DATA_SYMBOLS,
  RECOVERY_KEY_LENGTH,
} from '../../../electron/core/kernel/vault/recovery-key.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPED = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/;

function newKey(): string {
  return formatRecoveryKey(generateRecoverySymbols());
}

function expectTypo(input: string): string {
  const parsed = parseRecoveryKey(input);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) throw new Error('unreachable');
  expect(parsed.message).toMatch(/^The recovery key has a typo/);
  return parsed.message;
}

describe('recovery key', () => {
  it('carries at least 128 bits, in Crockford base32, as 7 groups of 4 for writing down', () => {
    expect(RECOVERY_DATA_SYMBOLS * 5).toBeGreaterThanOrEqual(128);
    const keys = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const key = newKey();
      expect(key).toMatch(GROUPED);
      keys.add(key);
    }
    expect(keys.size).toBe(200);
  });

  it('uses every symbol of the alphabet (uniform 5-bit symbols)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++)
      for (const c of newKey().replaceAll('-', '').slice(0, RECOVERY_DATA_SYMBOLS)) seen.add(c);
    expect([...seen].sort().join('')).toBe(CROCKFORD);
  });

  it('reads back exactly the symbols it was made from', () => {
    const symbols = generateRecoverySymbols();
    const parsed = parseRecoveryKey(formatRecoveryKey(symbols));
    expect(parsed.ok && parsed.symbols.equals(symbols)).toBe(true);
  });

  it('forgives case, spaces, dashes and the look-alikes O/0, I/L/1', () => {
    const symbols = generateRecoverySymbols();
    const key = formatRecoveryKey(symbols);
    const variants = [
      key.toLowerCase(),
      key.replaceAll('-', ' '),
      key.replaceAll('-', ''),
      ` ${key.replaceAll('-', ' - ')}  `,
      key.replaceAll('-', '\u2013'), // en dash, as word processors turn them
      key.replaceAll('0', 'O'),
      key.replaceAll('0', 'o'),
      key.replaceAll('1', 'I'),
      key.replaceAll('1', 'l'),
      key.replaceAll('1', 'L'),
    ];
    for (const variant of variants) {
      const parsed = parseRecoveryKey(variant);
      expect(parsed.ok && parsed.symbols.equals(symbols), variant).toBe(true);
    }
  });

  it('catches every single wrong character as a typo', () => {
    const compact = newKey().replaceAll('-', '');
    for (let i = 0; i < RECOVERY_KEY_LENGTH; i++) {
      for (const c of CROCKFORD) {
        if (c === compact[i]) continue;
        const mistyped = compact.slice(0, i) + c + compact.slice(i + 1);
        expect(parseRecoveryKey(mistyped).ok, `position ${i} → ${c}`).toBe(false);
      }
    }
  });

  it('catches every swap of two different characters, adjacent or not', () => {
    for (let trial = 0; trial < 5; trial++) {
      const chars = [...newKey().replaceAll('-', '')];
      for (let i = 0; i < chars.length; i++) {
        for (let j = i + 1; j < chars.length; j++) {
          if (chars[i] === chars[j]) continue;
          const swapped = [...chars];
          [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
          expect(parseRecoveryKey(swapped.join('')).ok, `swap ${i}/${j}`).toBe(false);
        }
      }
    }
  });

  it('explains a typo without echoing the key', () => {
    const key = newKey();
    const compact = key.replaceAll('-', '');
    const wrongLast = compact.slice(0, -1) + (compact.endsWith('0') ? '1' : '0');
    const checkMessage = expectTypo(wrongLast);
    expect(checkMessage).toMatch(/Compare each group/);
    expect(expectTypo(key.slice(0, -5))).toMatch(/should have 28 characters \(7 groups of 4\); this one has 24/);
    expect(expectTypo(`${key}-A`)).toMatch(/this one has 29/);
    expect(expectTypo(key.replace(/^./, 'U'))).toMatch(/never use/);
    expect(expectTypo(key.replace(/^./, '*'))).toMatch(/never use/);
    for (const message of [checkMessage, expectTypo(key.slice(0, -5))]) {
      for (const group of key.split('-')) expect(message).not.toContain(group);
    }
  });

  it('derives its wrapping key with HKDF: deterministic, and bound to the vault salt', () => {
    const symbols = generateRecoverySymbols();
    const salt = randomBytes(32);
    const a = deriveRecoveryKey(symbols, salt);
    expect(a).toHaveLength(32);
    expect(deriveRecoveryKey(symbols, salt)).toEqual(a);
    expect(deriveRecoveryKey(symbols, randomBytes(32)).equals(a)).toBe(false);
    expect(deriveRecoveryKey(generateRecoverySymbols(), salt).equals(a)).toBe(false);
  });
});
