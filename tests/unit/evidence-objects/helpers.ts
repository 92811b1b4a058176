import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach } from 'vitest';
import { ingestFile, type IngestedObject } from '../../../electron/core/kernel/files/objects/index.js';
import { generateDataKey, type DataKey } from '../../../electron/core/kernel/vault/keys.js';

/** The smallest chunk the format allows: keeps multi-chunk objects small in tests. */
export const SMALL_CHUNK = 64 * 1024;

/** A fresh temp folder per call, removed after each test. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-objects-'));
    made.push(dir);
    return dir;
  };
}

export interface Store {
  objectsDir: string;
  dataKey: DataKey;
  /** A folder outside the store for sources and exports. */
  work: string;
}

export function makeStore(tempDir: () => string): Store {
  const vault = tempDir();
  return { objectsDir: path.join(vault, 'objects'), dataKey: generateDataKey(), work: tempDir() };
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Pseudo-random bytes with a marker planted every `markerEvery` bytes. */
export function sampleBytes(size: number, marker = 'PLAINTEXT-MARKER-VICTIM-NAME', markerEvery = 8192): Buffer {
  const bytes = randomBytes(size);
  for (let offset = 0; offset + marker.length <= size; offset += markerEvery) bytes.write(marker, offset, 'latin1');
  return bytes;
}

export function writeSource(store: Store, bytes: Uint8Array, name = 'statement.pdf'): string {
  const file = path.join(store.work, name);
  fs.writeFileSync(file, bytes);
  return file;
}

export async function ingestBytes(store: Store, bytes: Uint8Array, chunkSize = SMALL_CHUNK): Promise<IngestedObject> {
  return ingestFile(writeSource(store, bytes), { objectsDir: store.objectsDir, dataKey: store.dataKey, chunkSize });
}

export const objectPath = (store: Store, objectId: string): string => path.join(store.objectsDir, objectId);

/** Every entry of a folder (names only), sorted; [] when it does not exist. */
export function listing(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/**
 * A byte stream of `totalBytes` generated on demand (no file), hashed as it goes. Each piece is a
 * new buffer, as a real source gives, so memory stays flat only if the consumer lets it go.
 */
export function generatedStream(
  totalBytes: number,
  pieceBytes = 256 * 1024,
): { stream: Readable; sha256: () => string } {
  const base = randomBytes(pieceBytes);
  const hash = createHash('sha256');
  let sent = 0;
  let counter = 0;
  const stream = new Readable({
    read() {
      if (sent >= totalBytes) {
        this.push(null);
        return;
      }
      const length = Math.min(pieceBytes, totalBytes - sent);
      const piece = Buffer.from(base.subarray(0, length));
      if (length >= 4) piece.writeUInt32BE(counter++ >>> 0, 0);
      hash.update(piece);
      sent += length;
      this.push(piece);
    },
  });
  return { stream, sha256: () => hash.digest('hex') };
}
