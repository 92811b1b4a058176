import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../core/helpers.js';
import { addFile, at, bytesWithMarker, openCase, START, useEvidenceFiles, writeSource } from './evidence-fixture.js';

const evidenceFile = useEvidenceFiles();

const marker = (stem: string) => `${stem}-${randomBytes(6).toString('hex')}`;

/** Files under `dir` holding any marker (or its random tail) in UTF-8 or UTF-16LE. */
function hits(dir: string, markers: readonly string[]): string[] {
  const needles = markers.flatMap((text) => {
    const tail = text.slice(text.lastIndexOf('-') + 1);
    return [text, tail].flatMap((form) => [Buffer.from(form, 'utf8'), Buffer.from(form, 'utf16le')]);
  });
  return listFiles(dir).filter((file) => {
    const bytes = fs.readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
}

describe('no plaintext in the vault folder', () => {
  it('keeps file content, descriptions, places and custody text encrypted at rest', async () => {
    const ef = await evidenceFile();
    const inFile = marker('CONTENU-Témoin');
    const inUpload = marker('UPLOAD-ضحية');
    const inDescription = marker('Description-Ébène');
    const inPlace = marker('Lieu-Zoulou');
    const inCustody = marker('Garde-Свидетель');
    const markers = [inFile, inUpload, inDescription, inPlace, inCustody];

    const theCase = await openCase(ef);
    const item = await ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'digital',
      description: `Phone of ${inDescription}`,
      collectedWhere: { text: inPlace, confidentiality: 'strictly_confidential' },
      collectedAt: at(START, -60),
    });
    await addFile(ef, item.id, writeSource(ef, bytesWithMarker(2 * 1024 * 1024, inFile, 4096), `${inFile}.bin`));
    const dropped = bytesWithMarker(300_000, inUpload, 4096);
    const upload = await ef.call('evidence.uploadBegin', {
      itemId: item.id,
      name: `${inUpload}.jpg`,
      size: dropped.length,
    });
    await ef.call('evidence.uploadChunk', { jobId: upload.jobId, offset: 0, data: dropped.toString('base64') });
    await ef.call('evidence.uploadEnd', { jobId: upload.jobId });
    expect((await ef.settle(upload.jobId)).state).toBe('done');
    await ef.call('custody.add', {
      itemId: item.id,
      kind: 'handed_over',
      at: at(START, -30),
      from: inCustody,
      to: 'Lab',
      purpose: `Given by ${inCustody}`,
      note: inCustody,
    });
    await ef.settle((await ef.call('evidence.verify', {})).jobId);
    expect((await ef.call('evidence.get', { itemId: item.id })).contents).toHaveLength(2);

    // The sources outside the vault do hold the markers: the scan can see them.
    expect(hits(ef.work, [inFile])).toHaveLength(1);
    // While unlocked (WAL not yet checkpointed) and after locking.
    expect(hits(ef.dir, markers)).toEqual([]);
    ef.ws.lock('user');
    expect(listFiles(ef.objectsDir)).toHaveLength(2);
    expect(hits(ef.dir, markers)).toEqual([]);
  });
});
