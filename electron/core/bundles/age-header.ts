import { Decrypter, Encrypter, type Recipient } from 'age-encryption';
import type { ByteReader } from './byte-reader.js';

// The header (stanzas and MAC) is made and read by age-encryption, the well-kept library; only
// the payload stream is ours (age-payload.ts), so that Node's native ChaCha20-Poly1305 does the bulk.

/** Who can open a bundle: one or more age X25519 recipients (`age1…`), or a passphrase (age scrypt). */
export type AgeAudience =
  | { kind: 'recipients'; recipients: readonly string[] }
  | {
      kind: 'passphrase';
      passphrase: string;
      /** log2 of scrypt's work; age's default 18 unless a test lowers it. */ logN?: number;
    };

/** What can open a bundle on this side: the vault's identity (`AGE-SECRET-KEY-1…`) and/or a passphrase. */
export interface AgeKeys {
  identities?: readonly string[];
  passphrase?: string;
}

const MAGIC = Buffer.from('age-encryption.org/v1\n');
const ARMOR = Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----');
const MAC_LINE = Buffer.from('\n--- ');
// Room for many recipients; a header larger than this is not one we would write or accept.
const HEADER_LIMIT = 64 * 1024;
// age writes an empty plaintext as the 16-byte payload nonce and one empty sealed chunk (16-byte tag).
const EMPTY_PAYLOAD_BYTES = 32;

export type HeaderProblem = 'not_age' | 'armored' | 'no_key' | 'damaged';

export class AgeHeaderError extends Error {
  constructor(readonly problem: HeaderProblem) {
    super(`age header: ${problem}`);
  }
}

/** A fresh file key and the header that wraps it for the audience. */
export async function makeHeader(audience: AgeAudience): Promise<{ header: Buffer; fileKey: Uint8Array }> {
  const encrypter = new Encrypter();
  let captured: Uint8Array | null = null;
  if (audience.kind === 'recipients') {
    if (audience.recipients.length === 0) throw new RangeError('a bundle needs at least one recipient');
    for (const recipient of audience.recipients) encrypter.addRecipient(recipient);
    // Sees the file key the library draws, and adds no stanza of its own.
    const capture: Recipient = {
      wrapFileKey(fileKey) {
        captured = Uint8Array.from(fileKey);
        return [];
      },
    };
    encrypter.addRecipient(capture);
  } else {
    encrypter.setPassphrase(audience.passphrase);
    if (audience.logN !== undefined) encrypter.setScryptWorkFactor(audience.logN);
  }
  const empty = await encrypter.encrypt(new Uint8Array(0));
  const header = Buffer.from(empty.subarray(0, empty.length - EMPTY_PAYLOAD_BYTES));
  if (captured === null) {
    // age keeps a scrypt stanza alone in its header, so the key is read back through it (a second scrypt).
    const decrypter = new Decrypter();
    decrypter.addPassphrase((audience as { passphrase: string }).passphrase);
    captured = await decrypter.decryptHeader(header);
  }
  return { header, fileKey: captured };
}

/** Reads the header off the front of a bundle and unwraps its file key with the keys given. */
export async function readHeader(reader: ByteReader, keys: AgeKeys): Promise<{ header: Buffer; fileKey: Uint8Array }> {
  const start = await reader.read(MAGIC.length);
  if (start.equals(ARMOR.subarray(0, start.length)) && start.length === MAGIC.length) {
    throw new AgeHeaderError('armored');
  }
  if (!start.equals(MAGIC)) throw new AgeHeaderError('not_age');
  const stanzas = await reader.readThrough(MAC_LINE, HEADER_LIMIT);
  if (stanzas === null) throw new AgeHeaderError('damaged');
  const mac = await reader.readThrough(Buffer.from('\n'), 128);
  if (mac === null) throw new AgeHeaderError('damaged');
  const header = Buffer.concat([start, stanzas, mac]);
  const decrypter = new Decrypter();
  for (const identity of keys.identities ?? []) decrypter.addIdentity(identity);
  if (keys.passphrase !== undefined) decrypter.addPassphrase(keys.passphrase);
  try {
    return { header, fileKey: await decrypter.decryptHeader(header) };
  } catch (error) {
    // The library says "no identity matched any of the file's recipients" when none of our keys fits.
    const message = error instanceof Error ? error.message : '';
    throw new AgeHeaderError(
      /no identity matched|incorrect passphrase|failed to decrypt/i.test(message) ? 'no_key' : 'damaged',
    );
  }
}
