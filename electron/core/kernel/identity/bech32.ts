/**
 * Bech32 (BIP-173), the text form of age's keys: `age1…` recipients and `AGE-SECRET-KEY-1…`
 * identities. Written here rather than imported so the vault's keys depend on no transitive
 * package; tests check it against the reference `age-keygen` and the age-encryption library.
 */
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) checksum ^= GENERATOR[i]!;
  }
  return checksum >>> 0;
}

function expandPrefix(prefix: string): number[] {
  const codes = [...prefix].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >>> 5), 0, ...codes.map((c) => c & 31)];
}

/** Regroups bits (8 → 5 to encode, 5 → 8 to decode); null when the padding is not zeros. */
function regroup(data: ArrayLike<number>, from: number, to: number, pad: boolean): number[] | null {
  let accumulator = 0;
  let bits = 0;
  const out: number[] = [];
  const mask = (1 << to) - 1;
  for (let i = 0; i < data.length; i++) {
    accumulator = (accumulator << from) | data[i]!;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((accumulator >>> bits) & mask);
    }
  }
  if (pad) {
    if (bits > 0) out.push((accumulator << (to - bits)) & mask);
  } else if (bits >= from || ((accumulator << (to - bits)) & mask) !== 0) {
    return null;
  }
  return out;
}

/** The Bech32 text of `bytes` under `prefix` (lower case; age writes identities upper case). */
export function bech32Encode(prefix: string, bytes: Uint8Array): string {
  const lower = prefix.toLowerCase();
  const words = regroup(bytes, 8, 5, true)!;
  const check = polymod([...expandPrefix(lower), ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checkWords = [0, 1, 2, 3, 4, 5].map((i) => (check >>> (5 * (5 - i))) & 31);
  return `${lower}1${[...words, ...checkWords].map((w) => CHARSET[w]).join('')}`;
}

/**
 * The prefix and bytes of a Bech32 text, or null when it is not one: mixed case, a character
 * outside the alphabet, a wrong checksum. Length is not limited to BIP-173's 90 (age's are longer).
 */
export function bech32Decode(text: string): { prefix: string; bytes: Uint8Array } | null {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return null;
  const lower = text.toLowerCase();
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || lower.length - separator - 1 < 6) return null;
  const prefix = lower.slice(0, separator);
  if ([...prefix].some((c) => c.charCodeAt(0) < 33 || c.charCodeAt(0) > 126)) return null;
  const words: number[] = [];
  for (const c of lower.slice(separator + 1)) {
    const word = CHARSET.indexOf(c);
    if (word < 0) return null;
    words.push(word);
  }
  if (polymod([...expandPrefix(prefix), ...words]) !== 1) return null;
  const bytes = regroup(words.slice(0, -6), 5, 8, false);
  return bytes === null ? null : { prefix, bytes: Uint8Array.from(bytes) };
}
