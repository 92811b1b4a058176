import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCaseBundle } from '../../../electron/core/bundles/bundle-service.js';
import { addFile, bytesWithMarker, objectFiles, useEvidenceFiles, writeSource } from '../evidence/evidence-fixture.js';
import type { EvidenceFile } from '../evidence/evidence-fixture.js';
import { caseToHandOver, importInto, recipientOf, servicesOf, testKeys } from './bundle-fixture.js';

// The export sends each evidence file with the SHA-256 recorded at its ingest without hashing the bytes
// again (bundle-export.ts says why they cannot differ without the vault's keys). Whatever is done to the
// vault's objects, no bundle ever delivers other bytes under that hash: an object altered or replaced by
// another's file does not read back (the export refuses it, and writes nothing), and contents swapped in
// the database itself, which takes the vault's keys, are refused by the reader, which hashes every byte.
const evidenceFile = useEvidenceFiles();

interface StoredContent {
  id: string;
  objectId: string;
  sha256: string;
  size: number;
}

const contentsOf = (ef: EvidenceFile) =>
  ef.rawDatabase(
    (db) =>
      db
        .prepare(`SELECT id, object_id AS objectId, sha256, size FROM evidence_contents ORDER BY seq`)
        .all() as StoredContent[],
  );

async function exportTo(ef: EvidenceFile, caseId: string, name: string): Promise<string> {
  const destination = path.join(ef.work, name);
  const { ctx, vault } = await servicesOf(ef);
  try {
    await exportCaseBundle(ctx, testKeys('Investigator One'), {
      caseId,
      destination,
      audience: { kind: 'recipients', recipients: [recipientOf('Legal Officer')] },
      omit: [],
      to: 'Legal Officer',
    });
  } finally {
    vault.close();
  }
  return destination;
}

/**
 * Swaps what two contents record of their files (hash and size), as only someone holding the vault's key could:
 * each row then names the other's object (the object ids themselves are held by other records too).
 */
const swapRecorded = (ef: EvidenceFile, a: StoredContent, b: StoredContent) =>
  ef.rawDatabase((db) => {
    db.exec('DROP TRIGGER evidence_contents_hash_fixed');
    const record = db.prepare('UPDATE evidence_contents SET sha256 = ?, size = ? WHERE id = ?');
    record.run(b.sha256, b.size, a.id);
    record.run(a.sha256, a.size, b.id);
  });

describe('a bundle carries the SHA-256 recorded at ingest', () => {
  it('refuses to export an evidence object with a byte flipped, and writes no bundle', async () => {
    const a = await evidenceFile();
    const { theCase } = await caseToHandOver(a);
    const [first] = await contentsOf(a);
    const object = path.join(a.objectsDir, first!.objectId);
    const bytes = fs.readFileSync(object);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    fs.writeFileSync(object, bytes);
    await expect(exportTo(a, theCase.id, 'flipped.casefile')).rejects.toMatchObject({
      reason: 'evidence.contentTampered',
    });
    expect(fs.existsSync(path.join(a.work, 'flipped.casefile'))).toBe(false);
  });

  it("refuses to export an evidence object replaced by another object's file, and writes no bundle", async () => {
    const a = await evidenceFile();
    const { theCase } = await caseToHandOver(a);
    const [first, second] = await contentsOf(a);
    fs.copyFileSync(path.join(a.objectsDir, second!.objectId), path.join(a.objectsDir, first!.objectId));
    await expect(exportTo(a, theCase.id, 'replaced.casefile')).rejects.toMatchObject({
      reason: 'evidence.contentTampered',
    });
    expect(fs.existsSync(path.join(a.work, 'replaced.casefile'))).toBe(false);
  });

  it('refuses to export contents swapped in the database when their sizes differ', async () => {
    const a = await evidenceFile();
    const { theCase } = await caseToHandOver(a);
    const [first, second] = await contentsOf(a);
    expect(first!.size).not.toBe(second!.size);
    await swapRecorded(a, first!, second!);
    await expect(exportTo(a, theCase.id, 'swapped.casefile')).rejects.toMatchObject({
      reason: 'bundle.contentChanged',
    });
    expect(fs.existsSync(path.join(a.work, 'swapped.casefile'))).toBe(false);
  });

  it('has the reader refuse contents of one size swapped in the database, and write nothing', async () => {
    const a = await evidenceFile();
    const { theCase, item } = await caseToHandOver(a);
    await addFile(a, item.id, writeSource(a, bytesWithMarker(200_000, 'X'), 'second-export.mp4'));
    const same = (await contentsOf(a)).filter((content) => content.size === 200_000);
    expect(same).toHaveLength(2);
    await swapRecorded(a, same[0]!, same[1]!);
    // Each object reads back authentic, under the other's recorded hash: the sender cannot tell.
    const bundle = await exportTo(a, theCase.id, 'swapped.casefile');

    const b = await evidenceFile();
    await expect(importInto(b, testKeys('Legal Officer'), { file: bundle })).rejects.toMatchObject({
      reason: 'bundle.damaged',
    });
    const counts = await b.rawDatabase((db) => ({
      cases: db.prepare('SELECT count(*) FROM cases').pluck().get(),
      contents: db.prepare('SELECT count(*) FROM evidence_contents').pluck().get(),
    }));
    expect(counts).toEqual({ cases: 0, contents: 0 });
    expect(objectFiles(b)).toEqual([]);
  });
});
