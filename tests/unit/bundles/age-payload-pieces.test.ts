import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeHeader, readHeader } from '../../../electron/core/bundles/age-header.js';
import { decryptPayload, encryptPayload } from '../../../electron/core/bundles/age-payload.js';
import { SEAL_THREAD_FROM_BYTES } from '../../../electron/core/bundles/payload-sealer.js';
import { ByteReader } from '../../../electron/core/bundles/byte-reader.js';

// The payload is sealed from the source's pieces gathered into batches of 16 chunks, here or on a thread of
// its own (a large payload): whatever the pieces' sizes, wherever a batch ends, and even from a source that
// fills one buffer again and again, the reference `age` tool must read back the very bytes given.
const CHUNK = 64 * 1024;
const BATCH = 16 * CHUNK;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-age-pieces-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const identityFile = path.join(work, 'identity.txt');
execFileSync('age-keygen', ['-o', identityFile], { stdio: 'ignore' });
const recipient = execFileSync('age-keygen', ['-y', identityFile]).toString().trim();
const identity = fs
  .readFileSync(identityFile, 'utf8')
  .split('\n')
  .find((line) => line.startsWith('AGE-SECRET-KEY-1'))!;

/** The plaintext cut into pieces of the sizes given, in turn; `reuse`: every piece is the same buffer, refilled. */
async function* piecesOf(plaintext: Buffer, sizes: number[], reuse: boolean): AsyncGenerator<Buffer> {
  const shared = Buffer.alloc(Math.max(...sizes));
  for (let offset = 0, turn = 0; offset < plaintext.length; turn += 1) {
    const piece = plaintext.subarray(offset, offset + sizes[turn % sizes.length]!);
    offset += piece.length;
    if (!reuse) {
      yield Buffer.from(piece);
      continue;
    }
    piece.copy(shared);
    yield shared.subarray(0, piece.length);
    shared.fill(0xee); // what a source reusing its buffer does before the next piece
  }
}

async function ageFile(plaintext: Buffer, sizes: number[], reuse: boolean, thread: boolean): Promise<string> {
  const { header, fileKey } = await makeHeader({ kind: 'recipients', recipients: [recipient] });
  const sealed: Buffer[] = [header];
  // The size told is a hint only: a large one has the chunks sealed on the thread, whatever comes.
  const options = thread ? { expectedBytes: SEAL_THREAD_FROM_BYTES } : {};
  for await (const part of encryptPayload(fileKey, piecesOf(plaintext, sizes, reuse), options)) {
    sealed.push(Buffer.from(part));
  }
  const file = path.join(work, `${sealed.length}-${sizes.join('-')}-${reuse}-${thread}.age`);
  fs.writeFileSync(file, Buffer.concat(sealed));
  return file;
}

const layouts: { name: string; bytes: number; sizes: number[] }[] = [
  { name: 'one piece of many chunks', bytes: 5 * CHUNK + 7, sizes: [5 * CHUNK + 7] },
  { name: 'pieces of exactly one chunk', bytes: 4 * CHUNK, sizes: [CHUNK] },
  { name: 'pieces ending exactly on a chunk, the last one too', bytes: 6 * CHUNK, sizes: [2 * CHUNK, CHUNK] },
  { name: 'small odd pieces spanning chunks', bytes: 3 * CHUNK + 1, sizes: [1, 70_000, 4096, 12_345] },
  { name: 'pieces larger than a chunk by a little', bytes: 7 * CHUNK + 100, sizes: [CHUNK + 16, CHUNK - 1] },
  { name: 'less than a chunk', bytes: 1000, sizes: [300] },
  { name: 'nothing at all', bytes: 0, sizes: [1] },
  { name: 'exactly one batch', bytes: BATCH, sizes: [BATCH] },
  { name: 'one batch and one byte', bytes: BATCH + 1, sizes: [BATCH + 1] },
  { name: 'many batches, ending on one, in pieces across them', bytes: 6 * BATCH, sizes: [BATCH - 1, 3 * CHUNK + 2] },
  { name: 'many batches in small pieces', bytes: 5 * BATCH + 12_345, sizes: [70_000, 1, 300_000] },
];

describe('the age payload, sealed from pieces of any size', () => {
  for (const layout of layouts) {
    for (const [reuse, thread] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ]) {
      const how = `${reuse ? ', from a source reusing its buffer' : ''}${thread ? ', on the sealing thread' : ''}`;
      it(`${layout.name}${how}: age -d reads the same`, async () => {
        const plaintext = randomBytes(layout.bytes);
        const file = await ageFile(plaintext, layout.sizes, reuse!, thread!);
        const opened = execFileSync('age', ['-d', '-i', identityFile, file], { maxBuffer: 64 * 1024 * 1024 });
        expect(opened.equals(plaintext)).toBe(true);

        const raw = new ByteReader(
          (async function* () {
            yield fs.readFileSync(file);
          })(),
        );
        const { fileKey } = await readHeader(raw, { identities: [identity] });
        const read: Buffer[] = [];
        for await (const chunk of decryptPayload(fileKey, raw)) read.push(chunk);
        expect(Buffer.concat(read).equals(plaintext)).toBe(true);
      });
    }
  }
});

describe('the byte reader', () => {
  async function* source(pieces: Buffer[]): AsyncGenerator<Buffer> {
    yield* pieces;
  }

  it('hands out views of the pieces it read, copying only a read that spans two', async () => {
    const first = randomBytes(100);
    const second = randomBytes(50);
    const reader = new ByteReader(source([first, second]));
    const inside = await reader.read(60);
    expect(inside.buffer).toBe(first.buffer); // a view, not a copy
    expect(inside.equals(first.subarray(0, 60))).toBe(true);
    const spanning = await reader.read(60);
    expect(spanning.equals(Buffer.concat([first.subarray(60), second.subarray(0, 20)]))).toBe(true);
    const some = await reader.readSome(1000);
    expect(some.buffer).toBe(second.buffer);
    expect(some.equals(second.subarray(20))).toBe(true);
    expect((await reader.readSome(1000)).length).toBe(0);
    expect(reader.position).toBe(150);
  });

  it('reads up to a delimiter across pieces, and gives fewer bytes only where the stream ends', async () => {
    const reader = new ByteReader(
      source([Buffer.from('age-encryption.org/v1\n-> X25519 abc\n--'), Buffer.from('- mac\nrest')]),
    );
    expect((await reader.read(22)).toString()).toBe('age-encryption.org/v1\n');
    expect((await reader.readThrough(Buffer.from('\n--- '), 1024))?.toString()).toBe('-> X25519 abc\n--- ');
    expect(await reader.readThrough(Buffer.from('\n--- '), 1024)).toBeNull();
    expect((await reader.read(4)).toString()).toBe('mac\n');
    expect((await reader.read(10)).toString()).toBe('rest');
  });
});
