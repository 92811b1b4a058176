import { describe, expect, it } from 'vitest';
import { MINUTE, objectFiles, openCase, START, useEvidenceFiles, writeSource } from './evidence-fixture.js';

// evidence.ingest with newItem: the item is logged by the ingest, with its file, in one transaction.

const newEvidenceFile = useEvidenceFiles();

describe('evidence.ingest with a new item', () => {
  it('logs the item and its file together, dated when it was asked for', async () => {
    const ef = await newEvidenceFile();
    const theCase = await openCase(ef);
    ef.ports.toAdd = [writeSource(ef, Buffer.from('bytes of a photo'), 'photo.jpg')];
    const { files } = await ef.call('evidence.chooseFiles', {});
    const started = await ef.call('evidence.ingest', {
      newItem: { caseId: theCase.id, type: 'digital', description: 'Photo of the gate' },
      token: files[0]!.token,
    });
    // Nothing is logged until the file is in.
    expect((await ef.call('evidence.list', { caseId: theCase.id })).items).toEqual([]);
    ef.clock.advance(5 * MINUTE);
    const job = await ef.settle(started.jobId);
    expect(job.state).toBe('done');
    const item = await ef.call('evidence.get', { itemId: started.itemId });
    expect(item).toMatchObject({ number: 'E-0001', description: 'Photo of the gate', collectedAt: START });
    expect(item.contents.map((content) => content.fileName)).toEqual(['photo.jpg']);
    const trail = await ef.call('audit.list', { caseId: theCase.id });
    // Newest first: the item, then its file, both in the trail.
    expect(trail.items.map((row) => row.action).filter((action) => action.startsWith('evidence.'))).toEqual([
      'evidence.content.add',
      'evidence.create',
    ]);
  });

  it('refuses a new item that cannot be logged before reading the file, and keeps nothing', async () => {
    const ef = await newEvidenceFile();
    const theCase = await openCase(ef);
    ef.ports.toAdd = [writeSource(ef, Buffer.alloc(1024, 1), 'dump.bin')];
    const { files } = await ef.call('evidence.chooseFiles', {});
    const future = new Date(ef.clock.now + 60 * MINUTE).toISOString();
    const refused = await ef.refusal('evidence.ingest', {
      newItem: { caseId: theCase.id, type: 'digital', description: 'Phone dump', collectedAt: future },
      token: files[0]!.token,
    });
    expect(refused.code).toBe('VALIDATION');
    expect((await ef.call('evidence.list', { caseId: theCase.id })).items).toEqual([]);
    expect(objectFiles(ef)).toEqual([]);
  });
});
