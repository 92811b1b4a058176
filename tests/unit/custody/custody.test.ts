import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { loadEvidenceForPrinciples } from '../../../electron/core/evidence/evidence-principles.js';
import {
  custodySummaries,
  evidenceDescriptions,
  evidenceNumbers,
  listCustodyForTimeline,
  listEvidenceCollections,
} from '../../../electron/core/evidence/evidence-timeline.js';
import { timelineWords } from '../../../shared/timeline/event-titles.js';
import { describe, expect, it } from 'vitest';
import {
  addFile,
  at,
  bytesWithMarker,
  objectFiles,
  openCase,
  sha256Of,
  START,
  useEvidenceFiles,
  writeSource,
  type EvidenceFile,
} from '../evidence/evidence-fixture.js';

const evidenceFile = useEvidenceFiles();

async function phoneWithFile(ef: EvidenceFile, bytes = bytesWithMarker(400_000, 'C')) {
  const theCase = await openCase(ef);
  const item = await ef.call('evidence.create', {
    caseId: theCase.id,
    type: 'digital',
    description: 'Seized phone',
    collectedAt: at(START, -300),
    timeZone: 'Africa/Bangui',
  });
  const job = await addFile(ef, item.id, writeSource(ef, bytes, 'phone.bin'));
  return { theCase, item, content: job.kind === 'ingest' ? job.result! : undefined, bytes };
}

const collected = (at: string) => ({
  kind: 'collected' as const,
  at,
  persons: ['Investigator One'],
  purpose: 'Seized at the scene',
});

describe('the chain of custody', () => {
  it('appends events in order, and refuses one dated before the last with a clear message', async () => {
    const ef = await evidenceFile();
    const { item } = await phoneWithFile(ef);
    const first = await ef.call('custody.add', { itemId: item.id, ...collected(at(START, -240)) });
    const sealed = await ef.call('custody.add', {
      itemId: item.id,
      kind: 'sealed',
      at: at(START, -200),
      persons: ['Investigator One'],
      purpose: 'Sealed in bag',
      sealNumber: 'S-000417',
    });
    expect([first.sequence, sealed.sequence]).toEqual([1, 2]);
    const early = await ef.refusal('custody.add', {
      itemId: item.id,
      kind: 'opened',
      at: at(START, -220),
      persons: ['Analyst'],
      purpose: 'Extraction',
    });
    expect(early.code).toBe('CONFLICT');
    expect(early).toMatchObject({
      reason: 'custody.notChronological',
      params: { number: 'E-0001', sequence: 2, kind: 'sealed' },
    });
    expect(early.message).toMatch(
      /chronological: its last event \(number 2, “Sealed”\) is dated 10 March 2026 at 05:40 UTC/,
    );
    const future = await ef.refusal('custody.add', {
      itemId: item.id,
      kind: 'opened',
      at: at(START, 30),
      persons: ['Analyst'],
      purpose: 'Extraction',
    });
    expect(future.message).toMatch(/future/);
    // The same minute as the last event is not before it.
    await ef.call('custody.add', {
      itemId: item.id,
      kind: 'opened',
      at: at(START, -200),
      persons: ['Analyst'],
      purpose: 'Extraction',
      sealNumber: 'S-000417',
      recheckHash: false,
    });
    expect((await ef.call('custody.list', { itemId: item.id })).items.map((event) => event.kind)).toEqual([
      'collected',
      'sealed',
      'opened',
    ]);
  });

  it(
    'asks each kind for what it needs: from and to for a hand-over, a seal number ' +
      'for a sealing, someone who acted',
    async () => {
      const ef = await evidenceFile();
      const { item } = await phoneWithFile(ef);
      const handover = await ef.refusal('custody.add', {
        itemId: item.id,
        kind: 'handed_over',
        at: START,
        from: 'Investigator One',
        purpose: 'To the lab',
      });
      expect(handover).toMatchObject({
        reason: 'custody.handOverNames',
        fields: [
          { path: ['to'], problem: 'invalid' },
          { path: ['persons'], problem: 'invalid' },
        ],
      });
      expect(handover.message).toMatch(/A hand-over names who gave/);
      expect(
        (await ef.refusal('custody.add', { itemId: item.id, kind: 'sealed', at: START, persons: ['A'], purpose: 'x' }))
          .message,
      ).toMatch(/seal number/);
      expect(
        (await ef.refusal('custody.add', { itemId: item.id, kind: 'examined', at: START, purpose: 'x' })).message,
      ).toMatch(/at least one person/);
      expect(
        (
          await ef.refusal('custody.add', {
            itemId: item.id,
            kind: 'examined',
            at: START,
            persons: ['A'],
            purpose: ' ',
          })
        ).code,
      ).toBe('VALIDATION');
    },
  );

  it(
    're-hashes the files at a hand-over and keeps the result on the event; a damaged ' +
      'file is recorded as failed and flagged',
    async () => {
      const ef = await evidenceFile();
      const { theCase, item, content, bytes } = await phoneWithFile(ef);
      await ef.call('custody.add', { itemId: item.id, ...collected(at(START, -240)) });
      const handover = await ef.call('custody.add', {
        itemId: item.id,
        kind: 'handed_over',
        at: at(START, -120),
        from: 'Investigator One',
        to: 'Lab technician',
        purpose: 'Forensic extraction',
      });
      expect(handover.hashChecks).toEqual([
        { contentId: content!.id, fileName: 'phone.bin', sha256: sha256Of(bytes), result: 'match', checkedAt: START },
      ]);
      // Not asked for at a sealing, unless requested.
      const sealed = await ef.call('custody.add', {
        itemId: item.id,
        kind: 'sealed',
        at: at(START, -100),
        persons: ['Lab technician'],
        purpose: 'Resealed',
        sealNumber: 'S-2',
      });
      expect(sealed.hashChecks).toEqual([]);

      const changedOriginals = async () =>
        (await ef.call('principles.check', { caseId: theCase.id })).findings
          .filter((finding) => finding.code === 'R12_ORIGINAL_CHANGED')
          .map((finding) => finding.params?.evidence);
      expect(await changedOriginals()).toEqual([]);

      const [objectId] = objectFiles(ef);
      const file = path.join(ef.objectsDir, objectId!);
      const damaged = fs.readFileSync(file);
      damaged[damaged.length - 5] = damaged[damaged.length - 5]! ^ 0xff;
      fs.writeFileSync(file, damaged);
      const examined = await ef.call('custody.add', {
        itemId: item.id,
        kind: 'sent_to_lab',
        at: at(START, -60),
        persons: ['Courier'],
        purpose: 'Analysis',
        recheckHash: true,
      });
      expect(examined.hashChecks[0]).toMatchObject({ result: 'failed', problem: 'tampered' });
      const record = await ef.call('evidence.get', { itemId: item.id });
      expect(record).toMatchObject({ status: 'at_lab', integrity: 'failed' });
      const actions = (await ef.call('audit.list', { caseId: theCase.id })).items.map((row) => row.action);
      expect(actions.slice(0, 2)).toEqual(['custody.add', 'evidence.content.verify_failed']);
      // R12 reads the failed check: the evidentiary original itself no longer is what was collected.
      expect(await changedOriginals()).toEqual(['E-0001']);
    },
  );

  it('closes the log at destruction, which the item status follows', async () => {
    const ef = await evidenceFile();
    const { item } = await phoneWithFile(ef);
    await ef.call('custody.add', {
      itemId: item.id,
      kind: 'destroyed',
      at: at(START, -10),
      persons: ['Officer'],
      purpose: 'Court order',
    });
    expect((await ef.call('evidence.get', { itemId: item.id })).status).toBe('destroyed');
    const after = await ef.refusal('custody.add', {
      itemId: item.id,
      kind: 'examined',
      at: START,
      persons: ['A'],
      purpose: 'x',
    });
    expect(after.message).toMatch(/destroyed/);
  });

  it('keeps the log append-only even for someone holding the key', async () => {
    const ef = await evidenceFile();
    const { item } = await phoneWithFile(ef);
    await ef.call('custody.add', { itemId: item.id, ...collected(at(START, -240)) });
    const attempts = await ef.rawDatabase((db) =>
      ['UPDATE custody_events SET purpose = ?', 'DELETE FROM custody_events WHERE purpose <> ?'].map((sql) => {
        try {
          db.prepare(sql).run('rewritten');
          return 'changed';
        } catch (error) {
          return (error as Error).message;
        }
      }),
    );
    expect(attempts).toEqual(['custody events are never changed', 'custody events are never removed']);
    const hashChange = await ef.rawDatabase((db) => {
      try {
        db.prepare("UPDATE evidence_contents SET sha256 = replace(sha256, substr(sha256, 1, 1), 'f')").run();
        return 'changed';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(hashChange).toMatch(/never changes/);
  });
});

describe('the chronology', () => {
  it('gets each collection and custody event with its item number and a summary in the user’s words', async () => {
    const ef = await evidenceFile();
    const { theCase, item } = await phoneWithFile(ef);
    await ef.call('custody.add', {
      itemId: item.id,
      kind: 'handed_over',
      at: at(START, -100),
      from: 'Investigator One',
      to: 'Lab',
      purpose: 'Extraction',
      recheckHash: false,
    });
    await ef.call('custody.add', {
      itemId: item.id,
      kind: 'sealed',
      at: at(START, -90),
      persons: ['Lab'],
      purpose: 'Resealed',
      sealNumber: 'S-7',
    });
    const [evidence, numbers, descriptions, custody, summaries] = await ef.rawDatabase((db) => {
      const moments = listCustodyForTimeline(db, theCase.id);
      return [
        listEvidenceCollections(db, theCase.id),
        evidenceNumbers(db, theCase.id),
        evidenceDescriptions(db, [item.id]),
        moments,
        custodySummaries(
          db,
          moments.map(({ id }) => id),
        ),
      ];
    });
    expect(evidence).toEqual([
      {
        id: item.id,
        sequence: 1,
        type: 'digital',
        collectedAt: at(START, -300),
        timeZone: 'Africa/Bangui',
        confidentiality: item.confidentiality,
      },
    ]);
    expect(numbers).toEqual(new Map([[item.id, 'E-0001']]));
    expect(descriptions).toEqual(new Map([[item.id, 'Seized phone']]));
    const worded = custody.map(({ id, itemNumber, kind, at: when }) => ({
      itemNumber,
      kind,
      at: when,
      summary: timelineWords.custodySummary('en', summaries.get(id)!),
    }));
    expect(worded).toEqual([
      {
        itemNumber: 'E-0001',
        kind: 'handed_over',
        at: at(START, -100),
        summary: 'Investigator One → Lab — Extraction',
      },
      { itemNumber: 'E-0001', kind: 'sealed', at: at(START, -90), summary: 'Resealed — seal S-7' },
    ]);
  });
});

describe('the custody report', () => {
  it('is an A4 PDF with every event and hash, paginated, saved where the user chose, and audited', async () => {
    const ef = await evidenceFile();
    const { theCase, item, bytes } = await phoneWithFile(ef);
    await ef.call('custody.add', {
      itemId: item.id,
      ...collected(at(START, -240)),
      timeZone: 'Africa/Bangui',
      location: 'Field office, Bangui',
    });
    for (let i = 0; i < 14; i++) {
      await ef.call('custody.add', {
        itemId: item.id,
        kind: i % 2 === 0 ? 'handed_over' : 'examined',
        at: at(START, -230 + i * 10),
        ...(i % 2 === 0 ? { from: `Custodian ${i}`, to: `Custodian ${i + 1}` } : { persons: [`Analyst ${i}`] }),
        purpose: `Step ${i}: ${'a long explanation of why the item moved, written in full sentences, '.repeat(3)}`,
        note: i === 3 ? 'ملاحظة: تم فحص الختم وهو سليم' : undefined,
      });
    }
    const destination = path.join(ef.work, 'report.pdf');
    ef.ports.exportTo = destination;
    const saved = await ef.call('custody.report', { itemId: item.id });
    expect(saved).toMatchObject({ cancelled: false, path: destination });
    expect(ef.ports.suggestedNames).toEqual([`custody-${theCase.reference}-E-0001-en.pdf`]);
    const pdfBytes = fs.readFileSync(destination);
    expect(saved.cancelled === false && saved.sha256).toBe(sha256Of(pdfBytes));

    const pdf = await PDFDocument.load(pdfBytes);
    const pages = pdf.getPages();
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.getSize()).toEqual({ width: 595.28, height: 841.89 });

    const text = execFileSync('pdftotext', ['-layout', destination, '-'], { encoding: 'utf8' });
    expect(text).toContain(sha256Of(bytes));
    expect(text).toContain(`Page 1 of ${pages.length}`);
    expect(text).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(text.match(new RegExp(`${theCase.reference}`, 'g'))?.length).toBeGreaterThanOrEqual(pages.length);
    expect(text.match(/CONFIDENTIAL/g)?.length).toBeGreaterThanOrEqual(pages.length);
    // Every hand-over and examination re-checked the file; the collection did not.
    expect(text.match(/matches the SHA-256 at collection/g)).toHaveLength(14);
    expect(text.match(new RegExp(sha256Of(bytes), 'g'))).toHaveLength(15);
    for (let i = 0; i < 14; i++) expect(text).toContain(`Step ${i}:`);

    const fonts = execFileSync('pdffonts', [destination], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // Every font embedded, as a subset.
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+Noto\S+\s+CID TrueType\s+Identity-H\s+yes\s/);

    const audit = (await ef.call('audit.list', { caseId: theCase.id })).items[0];
    expect(audit).toMatchObject({
      action: 'custody.report',
      details: { number: 'E-0001', sha256: sha256Of(pdfBytes), destination },
    });
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const ef = await evidenceFile();
    const { item } = await phoneWithFile(ef);
    ef.ports.exportTo = null;
    expect(await ef.call('custody.report', { itemId: item.id })).toEqual({ cancelled: true });
    expect(fs.readdirSync(ef.work)).toEqual(['phone.bin']);
  });
});

describe('the principles snapshot', () => {
  it(
    'gives R12 each item with its collection hash, its integrity and its custody log ' + 'in the log’s own kinds',
    async () => {
      const ef = await evidenceFile();
      const { theCase, item, bytes } = await phoneWithFile(ef);
      await ef.call('custody.add', { itemId: item.id, ...collected(at(START, -240)) });
      await ef.call('custody.add', {
        itemId: item.id,
        kind: 'sealed',
        at: at(START, -230),
        persons: ['A'],
        purpose: 'Sealed',
        sealNumber: 'S-1',
      });
      await ef.call('custody.add', {
        itemId: item.id,
        kind: 'copied',
        at: at(START, -220),
        persons: ['Analyst'],
        purpose: 'Working copy',
        recheckHash: false,
      });
      const [forRules] = await ef.rawDatabase((db) => loadEvidenceForPrinciples(db, theCase.id));
      expect(forRules).toMatchObject({
        number: 'E-0001',
        copyRole: 'evidentiary_original',
        sha256AtCollection: sha256Of(bytes),
      });
      expect(forRules?.integrity).not.toBe('failed');
      expect(forRules?.custodyEvents.map((event) => event.kind)).toEqual(['collected', 'sealed', 'copied']);
    },
  );
});
