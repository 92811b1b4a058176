import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EvidenceObjectError,
  exportObject,
  openObjectStream,
  verifyObject,
  type IngestedObject,
  type IntegrityProblem,
} from '../../../electron/core/kernel/files/objects/index.js';
import { generateDataKey } from '../../../electron/core/kernel/vault/keys.js';
import { HEADER_BYTES, RECORD_OVERHEAD } from '../../../electron/core/kernel/files/objects/format.js';
import {
  ingestBytes,
  listing,
  makeStore,
  objectPath,
  sampleBytes,
  SMALL_CHUNK,
  useTempDirs,
  type Store,
} from './helpers.js';

const tempDir = useTempDirs();
const C = SMALL_CHUNK;
const RECORD = C + RECORD_OVERHEAD;
const recordAt = (index: number) => HEADER_BYTES + index * RECORD;

interface Fixture {
  store: Store;
  object: IngestedObject;
  bytes: Buffer;
  file: string;
  original: Buffer;
}

/** An object of three whole chunks and a partial final one (or `size` bytes). */
async function fixture(size = 3 * C + 1000): Promise<Fixture> {
  const store = makeStore(tempDir);
  const bytes = sampleBytes(size);
  const object = await ingestBytes(store, bytes, C);
  const file = objectPath(store, object.objectId);
  return { store, object, bytes, file, original: fs.readFileSync(file) };
}

const verify = (f: Fixture, object: IngestedObject = f.object) =>
  verifyObject(f.store.objectsDir, object, f.store.dataKey);

/** What a reader of the stream gets before it errors, and the error. */
async function readUntilError(f: Fixture): Promise<{ received: Buffer; error: unknown }> {
  const parts: Buffer[] = [];
  try {
    for await (const part of openObjectStream(
      f.store.objectsDir,
      f.object.objectId,
      f.object.wrappedKey,
      f.store.dataKey,
    ))
      parts.push(part as Buffer);
  } catch (error) {
    return { received: Buffer.concat(parts), error };
  }
  return { received: Buffer.concat(parts), error: undefined };
}

async function expectProblem(f: Fixture, problem: IntegrityProblem | IntegrityProblem[]) {
  const accepted = Array.isArray(problem) ? problem : [problem];
  const result = await verify(f);
  expect(result.ok).toBe(false);
  expect(accepted).toContain(result.ok ? 'ok' : result.problem);
  return result;
}

function flipByte(file: string, offset: number): void {
  const bytes = fs.readFileSync(file);
  bytes[offset] = (bytes[offset] as number) ^ 0x01;
  fs.writeFileSync(file, bytes);
}

describe('wrong keys', () => {
  it('a wrong data key is wrong_key, and the stream gives no plaintext', async () => {
    const f = await fixture();
    const otherKey = generateDataKey();
    expect(await verifyObject(f.store.objectsDir, f.object, otherKey)).toEqual({ ok: false, problem: 'wrong_key' });
    const parts: Buffer[] = [];
    const error = await (async () => {
      try {
        for await (const part of openObjectStream(f.store.objectsDir, f.object.objectId, f.object.wrappedKey, otherKey))
          parts.push(part as Buffer);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EvidenceObjectError);
    expect((error as EvidenceObjectError).problem).toBe('wrong_key');
    expect(parts).toEqual([]);
  });

  it("another object's wrapped key is wrong_key: wrapped keys are bound to their object", async () => {
    const f = await fixture();
    const other = await ingestBytes(f.store, sampleBytes(10));
    expect(await verify(f, { ...f.object, wrappedKey: other.wrappedKey })).toEqual({ ok: false, problem: 'wrong_key' });
  });
});

describe('a flipped byte', () => {
  // Every record: its nonce (index and flags), its ciphertext (first, middle, last byte) and its tag.
  const records = [0, 1, 2, 3];
  const placesIn = (index: number, recordLength: number): Array<[string, number]> =>
    [
      ['nonce index', 7],
      ['nonce index, high byte', 0],
      ['nonce flags', 11],
      ['first ciphertext byte', 12],
      ['middle ciphertext byte', 12 + Math.floor((recordLength - RECORD_OVERHEAD) / 2)],
      ['last ciphertext byte', recordLength - 17],
      ['tag', recordLength - 1],
    ].map(([label, offset]) => [`${label} of chunk ${index}`, recordAt(index) + (offset as number)]);

  for (const index of records) {
    const recordLength = index < 3 ? RECORD : 1000 + RECORD_OVERHEAD;
    it.each(placesIn(index, recordLength))('%s is tampered', async (_label, offset) => {
      const f = await fixture();
      flipByte(f.file, offset);
      expect(await verify(f)).toEqual({ ok: false, problem: 'tampered' });
      const { received, error } = await readUntilError(f);
      expect((error as EvidenceObjectError).problem).toBe('tampered');
      // Only the chunks before the damaged one were handed out, and they are the genuine ones.
      expect(received.length).toBe(index * C);
      expect(received.equals(f.bytes.subarray(0, index * C))).toBe(true);
    });
  }

  it('in the header (magic, version, chunk size, object id) is tampered', async () => {
    for (const offset of [0, 5, 7, 10, HEADER_BYTES - 1]) {
      const f = await fixture();
      flipByte(f.file, offset);
      expect(await verify(f), `header byte ${offset}`).toEqual({ ok: false, problem: 'tampered' });
    }
  });

  it('a changed object id in the header is tampered even when everything else is intact', async () => {
    const f = await fixture();
    const bytes = fs.readFileSync(f.file);
    randomBytes(16).copy(bytes, 10);
    fs.writeFileSync(f.file, bytes);
    expect(await verify(f)).toEqual({ ok: false, problem: 'tampered' });
  });

  it('another valid object put in its place is tampered', async () => {
    const f = await fixture();
    const other = await ingestBytes(f.store, sampleBytes(3 * C + 1000));
    fs.copyFileSync(objectPath(f.store, other.objectId), f.file);
    expect(await verify(f)).toEqual({ ok: false, problem: 'tampered' });
  });
});

describe('truncation', () => {
  const cuts: Array<[string, (length: number) => number]> = [
    ['the whole final chunk', () => recordAt(3)],
    ['the last two chunks', () => recordAt(2)],
    ['in the middle of a chunk', () => recordAt(1) + 5000],
    ['inside the final chunk', (length) => length - 10],
    ['just after a nonce', () => recordAt(2) + 12],
    ['to a few bytes of a record', () => recordAt(3) + 5],
    ['to the header alone', () => HEADER_BYTES],
    ['inside the header', () => 10],
    ['to nothing', () => 0],
  ];

  it.each(cuts)('cutting %s is truncated', async (_label, cutAt) => {
    const f = await fixture();
    fs.truncateSync(f.file, cutAt(f.original.length));
    expect(await verify(f)).toEqual({ ok: false, problem: 'truncated' });
  });

  it(
    'an object of whole chunks cut at a chunk boundary is truncated (its last chunk ' + 'is not marked final)',
    async () => {
      const f = await fixture(4 * C);
      fs.truncateSync(f.file, recordAt(3));
      expect(await verify(f)).toEqual({ ok: false, problem: 'truncated' });
      const { received, error } = await readUntilError(f);
      expect((error as EvidenceObjectError).problem).toBe('truncated');
      expect(received.equals(f.bytes.subarray(0, 2 * C))).toBe(true);
    },
  );

  it(
    'the stream alone (no recorded size) still reports a cut at a chunk boundary or ' + 'mid chunk as truncated',
    async () => {
      for (const cutAt of [recordAt(3), recordAt(1) + 5000]) {
        const f = await fixture();
        fs.truncateSync(f.file, cutAt);
        const { error } = await readUntilError(f);
        expect((error as EvidenceObjectError).problem).toBe('truncated');
      }
    },
  );
});

describe('reordering and extension', () => {
  function swapRecords(file: string, a: number, b: number): void {
    const bytes = fs.readFileSync(file);
    const first = Buffer.from(bytes.subarray(recordAt(a), recordAt(a) + RECORD));
    bytes.copy(bytes, recordAt(a), recordAt(b), recordAt(b) + RECORD);
    first.copy(bytes, recordAt(b));
    fs.writeFileSync(file, bytes);
  }

  it.each([
    [0, 1],
    [1, 2],
    [0, 2],
  ])('swapping chunks %i and %i is reordered', async (a, b) => {
    const f = await fixture();
    swapRecords(f.file, a, b);
    expect(await verify(f)).toEqual({ ok: false, problem: 'reordered' });
  });

  it('moving the final chunk before a whole one is detected', async () => {
    const f = await fixture();
    const bytes = fs.readFileSync(f.file);
    const moved = Buffer.concat([
      bytes.subarray(0, recordAt(2)),
      bytes.subarray(recordAt(3)),
      bytes.subarray(recordAt(2), recordAt(3)),
    ]);
    fs.writeFileSync(f.file, moved);
    await expectProblem(f, ['reordered', 'tampered']);
  });

  it('a duplicated chunk is detected', async () => {
    const f = await fixture();
    const bytes = fs.readFileSync(f.file);
    fs.writeFileSync(f.file, Buffer.concat([bytes.subarray(0, recordAt(2)), bytes.subarray(recordAt(1))]));
    await expectProblem(f, ['reordered', 'tampered']);
  });

  it.each([1, 100, RECORD, RECORD + 5])('appending %i bytes of garbage is detected', async (extra) => {
    const f = await fixture();
    fs.appendFileSync(f.file, randomBytes(extra));
    await expectProblem(f, 'tampered');
  });

  it('appending after an object of whole chunks is detected', async () => {
    const f = await fixture(2 * C);
    fs.appendFileSync(f.file, randomBytes(40));
    await expectProblem(f, 'tampered');
  });

  it('appending a genuine chunk of the same object is detected', async () => {
    const f = await fixture();
    fs.appendFileSync(f.file, f.original.subarray(recordAt(0), recordAt(1)));
    await expectProblem(f, ['tampered', 'reordered']);
  });
});

describe('missing, and records that disagree with the object', () => {
  it('a missing object file is missing', async () => {
    const f = await fixture();
    fs.rmSync(f.file);
    expect(await verify(f)).toEqual({ ok: false, problem: 'missing' });
    const { error } = await readUntilError(f);
    expect(error).toMatchObject({ problem: 'missing', code: 'NOT_FOUND' });
  });

  it('an intact object whose recorded hash or size is different is hash_mismatch or size_mismatch', async () => {
    const f = await fixture();
    expect(await verify(f, { ...f.object, sha256: 'a'.repeat(64) })).toEqual({ ok: false, problem: 'hash_mismatch' });
    expect(await verify(f, { ...f.object, size: f.object.size + 1 })).toEqual({ ok: false, problem: 'size_mismatch' });
  });

  it('refuses an object id that is not one (no path can be smuggled in)', async () => {
    const f = await fixture();
    await expect(verify(f, { ...f.object, objectId: `../${f.object.objectId}` })).rejects.toThrow(RangeError);
  });
});

describe('export of damaged content', () => {
  it('refuses to export a tampered object and leaves nothing at the destination', async () => {
    const f = await fixture();
    flipByte(f.file, recordAt(2) + 100);
    const destination = path.join(f.store.work, 'out', 'evidence.bin');
    fs.mkdirSync(path.dirname(destination));
    await expect(exportObject(f.store.objectsDir, f.object, f.store.dataKey, destination)).rejects.toMatchObject({
      problem: 'tampered',
    });
    expect(listing(path.dirname(destination))).toEqual([]);
  });

  it('refuses to export content that does not match its recorded hash', async () => {
    const f = await fixture();
    const destination = path.join(f.store.work, 'out', 'evidence.bin');
    fs.mkdirSync(path.dirname(destination));
    await expect(
      exportObject(f.store.objectsDir, { ...f.object, sha256: 'b'.repeat(64) }, f.store.dataKey, destination),
    ).rejects.toMatchObject({ problem: 'hash_mismatch' });
    expect(listing(path.dirname(destination))).toEqual([]);
  });
});
