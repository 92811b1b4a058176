import { createHash } from 'node:crypto';

/**
 * The safety number two colleagues compare to know they hold each other's real keys, derived as
 * Signal derives its safety numbers (numeric fingerprint, version 0):
 *  1. each party's fingerprint is SHA-512 iterated 5200 times over
 *     `version (2 bytes, 0) ‖ signing key ‖ age public key`, then `digest ‖ signing key` each round;
 *  2. its first 30 bytes, as six 5-byte big-endian numbers each taken modulo 100000, give 30 digits;
 *  3. the two parties' 30 digits are put in ascending order and joined: 60 digits in 12 groups of 5.
 * Sorting makes the number the same on both laptops; it covers both keys of both parties, so a
 * substituted recipient or signing key on either side changes it.
 */
const ITERATIONS = 5200;
const VERSION = Buffer.from([0, 0]);

export interface PartyKeys {
  signingPublicKey: Uint8Array;
  agePublicKey: Uint8Array;
}

function partyDigits(party: PartyKeys): string {
  const signing = Buffer.from(party.signingPublicKey);
  let hash = Buffer.concat([VERSION, signing, Buffer.from(party.agePublicKey)]);
  for (let i = 0; i < ITERATIONS; i++) hash = createHash('sha512').update(hash).update(signing).digest();
  let digits = '';
  for (let chunk = 0; chunk < 6; chunk++) {
    const value = hash.readUIntBE(chunk * 5, 5) % 100_000;
    digits += value.toString().padStart(5, '0');
  }
  return digits;
}

/** The 60-digit safety number of two parties, as 12 groups of 5 digits separated by spaces. */
export function safetyNumber(mine: PartyKeys, theirs: PartyKeys): string {
  const both = [partyDigits(mine), partyDigits(theirs)].sort().join('');
  return both.match(/.{5}/g)!.join(' ');
}
