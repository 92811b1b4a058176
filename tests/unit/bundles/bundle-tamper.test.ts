import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCaseBundle } from '../../../electron/core/bundles/bundle-service.js';
import { objectFiles, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { caseToHandOver, importInto, noKeys, servicesOf, testKeys } from './bundle-fixture.js';

// A bundle cut short, flipped anywhere or with its chunks swapped is refused in words, and the
// receiving vault is left exactly as it was: no case row, no evidence object staged and left behind.
const evidenceFile = useEvidenceFiles();
const PASS = { kind: 'passphrase' as const, passphrase: 'hand-over words for the bundle', logN: 10 };
const SEALED_CHUNK = 64 * 1024 + 16;

let good: Buffer;
let payloadStart: number;

async function makeBundle(ef: EvidenceFile): Promise<Buffer> {
  const { theCase } = await caseToHandOver(ef, 300_000);
  const file = path.join(ef.work, 'good.casefile');
  const { ctx, vault } = await servicesOf(ef);
  try {
    await exportCaseBundle(ctx, testKeys('Investigator One'), {
      caseId: theCase.id,
      destination: file,
      audience: PASS,
      omit: [],
      to: 'Legal Officer',
    });
  } finally {
    vault.close();
  }
  return fs.readFileSync(file);
}

const flipped = (at: number) => {
  const copy = Buffer.from(good);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};
const chunkAt = (index: number) => payloadStart + 16 + index * SEALED_CHUNK;

function importBytes(ef: EvidenceFile, bytes: Buffer) {
  const file = path.join(ef.work, 'received.casefile');
  fs.writeFileSync(file, bytes);
  return importInto(ef, noKeys('Legal Officer'), { file, passphrase: PASS.passphrase });
}

async function expectRefusedUnchanged(bytes: Buffer, reason: string) {
  const ef = await evidenceFile();
  await expect(importBytes(ef, bytes)).rejects.toMatchObject({ reason });
  const counts = await ef.rawDatabase((db) => ({
    cases: db.prepare('SELECT count(*) FROM cases').pluck().get(),
    audit: db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'bundle.import'`).pluck().get(),
  }));
  expect(counts).toEqual({ cases: 0, audit: 0 });
  expect(objectFiles(ef)).toEqual([]);
}

describe('a tampered bundle', () => {
  // The tests run in order: the first makes the good bundle the others damage.
  it('is made once, whole, and imports', async () => {
    const ef = await evidenceFile();
    good = await makeBundle(ef);
    payloadStart = good.indexOf('\n--- ') + 1;
    payloadStart = good.indexOf('\n', payloadStart) + 1;
    expect(good.length).toBeGreaterThan(payloadStart + 16 + 5 * SEALED_CHUNK);
    const fresh = await evidenceFile();
    const preview = await importBytes(fresh, good);
    expect(preview.evidenceFiles).toBe(3);
  });

  it("with a byte flipped in the header's MAC is refused as damaged", async () => {
    await expectRefusedUnchanged(flipped(good.indexOf('\n--- ') + 8), 'bundle.damaged');
  });

  it("with a byte flipped in the header's stanza it opens for no key, and is refused", async () => {
    // The scrypt salt changed: the passphrase no longer unwraps the file key (age cannot tell this from a wrong one).
    // The salt is random base64: the byte is changed to another base64 letter, so that the header still parses
    // (a flipped bit can make a character that is not base64 at all, a damaged header, in about one run in ten).
    const at = good.indexOf('-> scrypt ') + 12;
    const changed = Buffer.from(good);
    changed[at] = good[at] === 0x41 ? 0x42 : 0x41; // 'A', or 'B' where it was 'A'
    await expectRefusedUnchanged(changed, 'bundle.notForThisVault');
  });

  it('with a byte flipped in the manifest (first chunk) is refused', async () => {
    await expectRefusedUnchanged(flipped(chunkAt(0) + 200), 'bundle.damaged');
  });

  it('with a byte flipped inside the evidence (a middle chunk) is refused', async () => {
    await expectRefusedUnchanged(flipped(chunkAt(3) + 1000), 'bundle.damaged');
  });

  it('with a byte flipped in the last tag is refused', async () => {
    await expectRefusedUnchanged(flipped(good.length - 1), 'bundle.damaged');
  });

  it('cut short at a chunk boundary is refused as incomplete', async () => {
    await expectRefusedUnchanged(good.subarray(0, chunkAt(3)), 'bundle.cutShort');
  });

  it('cut short inside a chunk is refused', async () => {
    await expectRefusedUnchanged(good.subarray(0, chunkAt(3) + 500), 'bundle.damaged');
  });

  it('with two chunks swapped is refused', async () => {
    const swapped = Buffer.from(good);
    good.copy(swapped, chunkAt(1), chunkAt(2), chunkAt(3));
    good.copy(swapped, chunkAt(2), chunkAt(1), chunkAt(2));
    await expectRefusedUnchanged(swapped, 'bundle.damaged');
  });

  it('with bytes added after the end is refused', async () => {
    await expectRefusedUnchanged(Buffer.concat([good, Buffer.alloc(40, 1)]), 'bundle.damaged');
  });
});
