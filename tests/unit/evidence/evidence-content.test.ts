import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE } from '../core/helpers.js';
import {
  addFile,
  bytesWithMarker,
  objectFiles,
  openCase,
  sha256Of,
  useEvidenceFiles,
  writeSource,
  type EvidenceFile,
} from './evidence-fixture.js';

const evidenceFile = useEvidenceFiles();

async function itemWithCase(ef: EvidenceFile) {
  const theCase = await openCase(ef);
  const item = await ef.call('evidence.create', {
    caseId: theCase.id,
    type: 'digital',
    description: 'Phone extraction',
  });
  return { theCase, item };
}

const contentRowCount = (ef: EvidenceFile) =>
  ef.rawDatabase((db) => db.prepare('SELECT count(*) FROM evidence_contents').pluck().get() as number);

/** Sends `bytes` through evidence.upload* in chunks of `chunkBytes`. */
async function upload(ef: EvidenceFile, itemId: string, bytes: Buffer, name: string, chunkBytes = 256 * 1024) {
  const job = await ef.call('evidence.uploadBegin', { itemId, name, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    const data = bytes.subarray(offset, offset + chunkBytes).toString('base64');
    await ef.call('evidence.uploadChunk', { jobId: job.jobId, offset, data });
  }
  await ef.call('evidence.uploadEnd', { jobId: job.jobId });
  return ef.settle(job.jobId);
}

describe('adding files', () => {
  it('ingests a file chosen in the dialog (by token): SHA-256 and size recorded, audited with the hash', async () => {
    const ef = await evidenceFile();
    const { theCase, item } = await itemWithCase(ef);
    const bytes = bytesWithMarker(3 * 1024 * 1024 + 17, 'MARKER');
    const source = writeSource(ef, bytes, 'extraction.bin');
    ef.ports.toAdd = [source, ef.work]; // a folder among the choices is left out
    const { files } = await ef.call('evidence.chooseFiles', {});
    expect(files).toEqual([
      { token: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'extraction.bin', size: bytes.length },
    ]);
    const started = await ef.call('evidence.ingest', { itemId: item.id, token: files[0]!.token });
    expect(started).toMatchObject({
      kind: 'ingest',
      state: 'running',
      itemId: item.id,
      fileName: 'extraction.bin',
      bytesTotal: bytes.length,
    });
    const job = await ef.settle(started.jobId);
    expect(job).toMatchObject({ state: 'done', bytesDone: bytes.length, bytesTotal: bytes.length });
    expect(job.kind === 'ingest' && job.result).toMatchObject({
      fileName: 'extraction.bin',
      size: bytes.length,
      sha256: sha256Of(bytes),
      verification: 'unchecked',
    });

    const record = await ef.call('evidence.get', { itemId: item.id });
    expect(record.contents).toHaveLength(1);
    expect(record.integrity).toBe('unchecked');
    const [summary] = (await ef.call('evidence.list', { caseId: theCase.id })).items;
    expect(summary).toMatchObject({ contentCount: 1, contentBytes: bytes.length });
    const [row] = (await ef.call('audit.list', { caseId: theCase.id })).items;
    expect(row).toMatchObject({
      action: 'evidence.content.add',
      details: { sha256: sha256Of(bytes), size: bytes.length, number: 'E-0001' },
    });
    expect(JSON.stringify(row)).not.toContain('extraction.bin');
    expect(objectFiles(ef)).toHaveLength(1);

    // A token is good once.
    expect((await ef.refusal('evidence.ingest', { itemId: item.id, token: files[0]!.token })).code).toBe('NOT_FOUND');
  });

  it('ingests a dropped file sent in base64 chunks into the same pipeline', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithCase(ef);
    const bytes = bytesWithMarker(5 * 1024 * 1024 + 3, 'DROPPED');
    const job = await upload(ef, item.id, bytes, 'video.mp4', 1024 * 1024);
    expect(job).toMatchObject({ state: 'done', bytesDone: bytes.length });
    expect(job.kind === 'ingest' && job.result?.sha256).toBe(sha256Of(bytes));
    expect((await ef.call('evidence.get', { itemId: item.id })).contents.map((c) => c.fileName)).toEqual(['video.mp4']);
  });

  it('holds an upload to its announced size and offsets', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithCase(ef);
    const job = await ef.call('evidence.uploadBegin', { itemId: item.id, name: 'a.jpg', size: 6 });
    const chunk = (bytes: string) => Buffer.from(bytes).toString('base64');
    expect((await ef.refusal('evidence.uploadChunk', { jobId: job.jobId, offset: 3, data: chunk('abc') })).code).toBe(
      'CONFLICT',
    );
    await ef.call('evidence.uploadChunk', { jobId: job.jobId, offset: 0, data: chunk('abc') });
    expect((await ef.refusal('evidence.uploadEnd', { jobId: job.jobId })).message).toMatch(
      /Only part of the file arrived \(3 of 6 bytes\)/,
    );
    expect(
      (await ef.refusal('evidence.uploadChunk', { jobId: job.jobId, offset: 3, data: chunk('defg') })).message,
    ).toMatch(/More of the file arrived than was announced/);
    expect((await ef.refusal('evidence.uploadChunk', { jobId: job.jobId, offset: 3, data: 'not base64!' })).code).toBe(
      'VALIDATION',
    );
    await ef.call('evidence.uploadChunk', { jobId: job.jobId, offset: 3, data: chunk('def') });
    await ef.call('evidence.uploadEnd', { jobId: job.jobId });
    const done = await ef.settle(job.jobId);
    expect(done.kind === 'ingest' && done.result?.sha256).toBe(sha256Of(Buffer.from('abcdef')));
    expect((await ef.refusal('evidence.uploadChunk', { jobId: job.jobId, offset: 6, data: chunk('g') })).code).toBe(
      'CONFLICT',
    );
  });

  it('refuses files on a destroyed item', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithCase(ef);
    await ef.call('custody.add', {
      itemId: item.id,
      kind: 'destroyed',
      at: '2026-03-10T08:00:00.000Z',
      persons: ['Officer'],
      purpose: 'Disposal order',
    });
    expect((await ef.refusal('evidence.uploadBegin', { itemId: item.id, name: 'a.jpg', size: 1 })).code).toBe(
      'CONFLICT',
    );
  });
});

describe('cancelling', () => {
  it('a cancelled upload leaves nothing: no object, no temp file, no row', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithCase(ef);
    const job = await ef.call('evidence.uploadBegin', { itemId: item.id, name: 'big.bin', size: 8 * 1024 * 1024 });
    await ef.call('evidence.uploadChunk', {
      jobId: job.jobId,
      offset: 0,
      data: bytesWithMarker(1024 * 1024, 'X').toString('base64'),
    });
    const cancelled = await ef.call('jobs.cancel', { jobId: job.jobId });
    expect(cancelled.state).toBe('cancelled');
    expect(objectFiles(ef)).toEqual([]);
    expect(await contentRowCount(ef)).toBe(0);
    expect(
      (await ef.refusal('evidence.uploadChunk', { jobId: job.jobId, offset: 1024 * 1024, data: 'AAAA' })).message,
    ).toMatch(/cancelled/);
  });

  it('a cancelled ingest of a chosen file leaves nothing either', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithCase(ef);
    const source = writeSource(ef, bytesWithMarker(48 * 1024 * 1024, 'Y', 1024 * 1024));
    ef.ports.toAdd = [source];
    const { files } = await ef.call('evidence.chooseFiles', {});
    const job = await ef.call('evidence.ingest', { itemId: item.id, token: files[0]!.token });
    const cancelled = await ef.call('jobs.cancel', { jobId: job.jobId });
    expect(cancelled.state).toBe('cancelled');
    expect(objectFiles(ef)).toEqual([]);
    expect(await contentRowCount(ef)).toBe(0);
    expect((await ef.call('evidence.get', { itemId: item.id })).contents).toEqual([]);
  });

  it('locking the vault stops a running ingest and keeps nothing', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithCase(ef);
    const job = await ef.call('evidence.uploadBegin', { itemId: item.id, name: 'big.bin', size: 4 * 1024 * 1024 });
    await ef.call('evidence.uploadChunk', {
      jobId: job.jobId,
      offset: 0,
      data: Buffer.alloc(1024 * 1024, 1).toString('base64'),
    });
    ef.ws.lock('user');
    // The aborted ingest removes its temp file asynchronously; on a busy machine that takes a moment.
    await expect.poll(() => objectFiles(ef), { timeout: 5_000, interval: 25 }).toEqual([]);
    await ef.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect((await ef.refusal('jobs.get', { jobId: job.jobId })).code).toBe('NOT_FOUND');
    expect(await contentRowCount(ef)).toBe(0);
  });
});

describe('verification', () => {
  it('detects a flipped byte in the object file, flags the content and the item, and audits it', async () => {
    const ef = await evidenceFile();
    const { theCase, item } = await itemWithCase(ef);
    const other = await ef.call('evidence.create', { caseId: theCase.id, type: 'photo_video', description: 'Photos' });
    await addFile(ef, item.id, writeSource(ef, bytesWithMarker(300_000, 'A'), 'a.bin'));
    await addFile(ef, other.id, writeSource(ef, bytesWithMarker(200_000, 'B'), 'b.bin'));

    const clean = await ef.settle((await ef.call('evidence.verify', {})).jobId);
    expect(clean).toMatchObject({
      state: 'done',
      contentsTotal: 2,
      contentsChecked: 2,
      failures: [],
      bytesDone: 500_000,
      bytesTotal: 500_000,
    });
    expect((await ef.call('evidence.get', { itemId: item.id })).integrity).toBe('verified');

    const [objectId] = await ef.rawDatabase(
      (db) => db.prepare('SELECT object_id FROM evidence_contents WHERE item_id = ?').pluck().all(item.id) as string[],
    );
    const file = path.join(ef.objectsDir, objectId!);
    const bytes = fs.readFileSync(file);
    bytes[1000] = bytes[1000]! ^ 0x01;
    fs.writeFileSync(file, bytes);

    const started = await ef.call('evidence.verify', { itemId: item.id });
    expect(started).toMatchObject({ kind: 'verify', itemId: item.id, contentsTotal: 1 });
    const job = await ef.settle(started.jobId);
    expect(job).toMatchObject({
      state: 'done',
      failures: [{ itemId: item.id, itemNumber: 'E-0001', fileName: 'a.bin', problem: 'tampered' }],
    });
    const record = await ef.call('evidence.get', { itemId: item.id });
    expect(record.integrity).toBe('failed');
    expect(record.contents[0]).toMatchObject({
      verification: 'failed',
      problem: 'tampered',
      verifiedAt: '2026-03-10T09:00:00.000Z',
    });
    const flagged = (await ef.call('evidence.list', { caseId: theCase.id })).items.map((i) => [i.number, i.integrity]);
    expect(flagged).toEqual([
      ['E-0001', 'failed'],
      ['E-0002', 'verified'],
    ]);
    // The log's filter by file check reads the same state, in SQL.
    for (const integrity of ['failed', 'verified', 'unchecked'] as const) {
      const page = await ef.call('evidence.page', { caseId: theCase.id, filters: { integrity } });
      expect([page.rows.map((i) => i.number), page.counts?.matching, page.counts?.withFiles]).toEqual([
        flagged.filter(([, state]) => state === integrity).map(([number]) => number),
        integrity === 'unchecked' ? 0 : 1,
        true,
      ]);
    }
    const [row] = (await ef.call('audit.list', { caseId: theCase.id })).items;
    expect(row).toMatchObject({
      action: 'evidence.content.verify_failed',
      details: { problem: 'tampered', number: 'E-0001' },
    });
  });

  it('detects a truncated object', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithCase(ef);
    await addFile(ef, item.id, writeSource(ef, bytesWithMarker(2_500_000, 'T')));
    const [objectId] = objectFiles(ef);
    const file = path.join(ef.objectsDir, objectId!);
    fs.truncateSync(file, fs.statSync(file).size - 200_000);
    const job = await ef.settle((await ef.call('evidence.verify', { caseId: item.caseId })).jobId);
    expect(job.kind === 'verify' && job.failures.map((f) => f.problem)).toEqual(['truncated']);
  });
});

describe('export', () => {
  it('writes the exact bytes where the user chose, and audits it; a cancelled dialog writes nothing', async () => {
    const ef = await evidenceFile();
    const { theCase, item } = await itemWithCase(ef);
    const bytes = bytesWithMarker(1_234_567, 'E');
    const job = await addFile(ef, item.id, writeSource(ef, bytes, 'statement.pdf'));
    const contentId = job.kind === 'ingest' ? job.result!.id : '';

    ef.ports.exportTo = null;
    expect(await ef.call('evidence.export', { itemId: item.id, contentId })).toEqual({ cancelled: true });
    const destination = path.join(ef.work, 'exported.pdf');
    ef.ports.exportTo = destination;
    const saved = await ef.call('evidence.export', { itemId: item.id, contentId });
    expect(saved).toEqual({ cancelled: false, path: destination, size: bytes.length, sha256: sha256Of(bytes) });
    expect(fs.readFileSync(destination).equals(bytes)).toBe(true);
    expect(ef.ports.suggestedNames).toEqual(['statement.pdf', 'statement.pdf']);
    const exports = (await ef.call('audit.list', { caseId: theCase.id })).items.filter(
      (row) => row.action === 'evidence.content.export',
    );
    expect(exports).toHaveLength(1);
    expect(exports[0]?.details).toMatchObject({ contentId, sha256: sha256Of(bytes), destination });
  });

  it('refuses to export content that fails its check, and flags it', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithCase(ef);
    const job = await addFile(ef, item.id, writeSource(ef, bytesWithMarker(100_000, 'F')));
    const [objectId] = objectFiles(ef);
    fs.rmSync(path.join(ef.objectsDir, objectId!));
    ef.ports.exportTo = path.join(ef.work, 'out.bin');
    const refused = await ef.refusal('evidence.export', {
      itemId: item.id,
      contentId: job.kind === 'ingest' ? job.result!.id : '',
    });
    expect(refused.code).toBe('NOT_FOUND');
    expect(fs.existsSync(path.join(ef.work, 'out.bin'))).toBe(false);
    expect((await ef.call('evidence.get', { itemId: item.id })).contents[0]).toMatchObject({
      verification: 'failed',
      problem: 'missing',
    });
  });
});

describe('unlock', () => {
  it('removes objects no row knows, and keeps the others', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithCase(ef);
    await addFile(ef, item.id, writeSource(ef, bytesWithMarker(70_000, 'K')));
    const [kept] = objectFiles(ef);
    const orphan = path.join(ef.objectsDir, 'ab'.repeat(16));
    const leftover = path.join(ef.objectsDir, '.tmp-deadbeef-000000000000');
    // The sweep compares file times with the real clock (the file system's): a date in 2001 is old on any run.
    const longAgo = new Date('2001-01-01T00:00:00.000Z');
    for (const file of [orphan, leftover]) {
      fs.writeFileSync(file, 'ciphertext whose key was never stored');
      fs.utimesSync(file, longAgo, longAgo);
    }
    ef.ws.lock('user');
    await ef.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(objectFiles(ef)).toEqual([kept]);
  });
});
