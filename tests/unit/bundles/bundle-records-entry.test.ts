import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeHeader } from '../../../electron/core/bundles/age-header.js';
import { encryptPayload } from '../../../electron/core/bundles/age-payload.js';
import {
  BUNDLE_FORMAT_VERSION,
  BUNDLE_MAGIC,
  entryLabel,
  RECORDS_ENTRY_LIMIT,
} from '../../../electron/core/bundles/bundle-format.js';
import { readBundle } from '../../../electron/core/bundles/bundle-read.js';
import { messageText } from '../../../shared/i18n/messages.js';
import { testKeys } from './bundle-fixture.js';

// A table's rows, signed and hashed by their sender, can still be anything: rows that are not JSON are
// a damaged bundle, and rows larger than any case Casefile makes are refused before they are read.
const PASS = { kind: 'passphrase' as const, passphrase: 'hand-over words for the bundle', logN: 10 };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A signed bundle of one records entry: `body` as its bytes, `size` as the size the manifest gives it,
 * `version` the bundle format number its manifest carries.
 */
async function bundleOf(body: Buffer, size = body.length, version = BUNDLE_FORMAT_VERSION): Promise<string> {
  const keys = testKeys('A');
  const manifest = {
    format: 'casefile-bundle',
    version,
    createdAt: '2026-03-10T09:00:00.000Z',
    bundleId: randomUUID(),
    case: { id: randomUUID(), reference: 'CF-2026-0001' },
    sender: {
      signingKey: keys.signer!.publicKey.toString('base64'),
      fingerprint: keys.signer!.fingerprint,
      recipient: null,
    },
    audience: { kind: 'passphrase' },
    omitted: [],
    entries: [
      { name: 'records/cases', kind: 'records', size, sha256: createHash('sha256').update(body).digest('hex') },
    ],
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const signature = Buffer.from(
    JSON.stringify({ algorithm: 'ed25519', signature: keys.signer!.sign(manifestBytes).toString('base64') }),
  );
  const plaintext = async function* () {
    yield BUNDLE_MAGIC;
    yield entryLabel({ name: 'manifest', kind: 'manifest', size: manifestBytes.length });
    yield manifestBytes;
    yield entryLabel({ name: 'signature', kind: 'signature', size: signature.length });
    yield signature;
    yield entryLabel({ name: 'records/cases', kind: 'records', size });
    yield body;
  };
  const { header, fileKey } = await makeHeader(PASS);
  const sealed: Buffer[] = [header];
  for await (const chunk of encryptPayload(fileKey, plaintext())) sealed.push(chunk);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bundle-'));
  dirs.push(dir);
  const file = path.join(dir, 'crafted.casefile');
  fs.writeFileSync(file, Buffer.concat(sealed));
  return file;
}

const read = (file: string) =>
  readBundle(file, { keys: { passphrase: PASS.passphrase }, lookupSigner: () => null, onRecords: () => undefined });

describe("a bundle's records entry", () => {
  it('that is not JSON is a damaged bundle, said in words', async () => {
    await expect(read(await bundleOf(Buffer.from('{"table":"cases","rows":[')))).rejects.toMatchObject({
      code: 'VALIDATION',
      reason: 'bundle.damaged',
    });
    await expect(read(await bundleOf(Buffer.from('{"table":"cases","rows":[7]}')))).rejects.toMatchObject({
      reason: 'bundle.damaged',
    });
  });

  it('larger than any case makes is refused before it is read', async () => {
    // Only its size is given: the reader refuses on the label, without reading (or holding) its bytes.
    const file = await bundleOf(Buffer.alloc(0), RECORDS_ENTRY_LIMIT + 1);
    await expect(read(file)).rejects.toMatchObject({ code: 'VALIDATION', reason: 'bundle.tooLarge' });
    expect(RECORDS_ENTRY_LIMIT).toBeLessThanOrEqual(64 * 1024 * 1024);
  });

  it('of a bundle a newer Casefile made is refused in words that say so, not as damaged', async () => {
    const body = Buffer.from('{"table":"cases","rows":[]}');
    const newer = await bundleOf(body, body.length, BUNDLE_FORMAT_VERSION + 1);
    await expect(read(newer)).rejects.toMatchObject({ code: 'VALIDATION', reason: 'bundle.newerCasefile' });
    expect(messageText('en', 'errors.bundle.newerCasefile')).toBe(
      'This bundle was made by a newer Casefile. Update Casefile to open it.',
    );
    expect(messageText('fr', 'errors.bundle.newerCasefile')).toContain('version plus récente de Casefile');
    // Today's bundles, and those of the first format, are read.
    await expect(read(await bundleOf(body))).resolves.toMatchObject({ manifest: { version: BUNDLE_FORMAT_VERSION } });
    await expect(read(await bundleOf(body, body.length, 1))).resolves.toMatchObject({ manifest: { version: 1 } });
  });
});
