import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { safetyNumber, type PartyKeys } from '../../../electron/core/kernel/identity/safety-number.js';

const party = (): PartyKeys => ({ signingPublicKey: randomBytes(32), agePublicKey: randomBytes(32) });

describe('the safety number', () => {
  it('is the same computed on either laptop, 60 digits in groups of 5', () => {
    const alice = party();
    const bob = party();
    expect(safetyNumber(alice, bob)).toBe(safetyNumber(bob, alice));
    expect(safetyNumber(alice, bob)).toMatch(/^(\d{5} ){11}\d{5}$/);
  });

  it('changes when either key of either party is replaced', () => {
    const alice = party();
    const bob = party();
    const number = safetyNumber(alice, bob);
    expect(safetyNumber(alice, { ...bob, signingPublicKey: randomBytes(32) })).not.toBe(number);
    expect(safetyNumber(alice, { ...bob, agePublicKey: randomBytes(32) })).not.toBe(number);
    expect(safetyNumber({ ...alice, agePublicKey: randomBytes(32) }, bob)).not.toBe(number);
    expect(safetyNumber(alice, party())).not.toBe(number);
  });
});
