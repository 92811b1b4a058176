import { describe, expect, it } from 'vitest';
import { formatEvidenceNumber, parseEvidenceNumber } from '../../../shared/domain/evidence.js';
import { arrangements, consent, victim } from '../people/people-fixture.js';
import { at, MINUTE, openCase, START, useEvidenceFiles } from './evidence-fixture.js';

const evidenceFile = useEvidenceFiles();

describe('evidence numbers', () => {
  it('formats and parses E-0001, with more digits after 9999', () => {
    expect(formatEvidenceNumber(1)).toBe('E-0001');
    expect(formatEvidenceNumber(10_000)).toBe('E-10000');
    expect(parseEvidenceNumber('E-0042')).toBe(42);
    expect(parseEvidenceNumber('E-42')).toBeNull();
    expect(parseEvidenceNumber('E-0000')).toBeNull();
  });

  it('numbers items per case, in order, and never reuses a number', async () => {
    const ef = await evidenceFile();
    const first = await openCase(ef);
    const second = await openCase(ef);
    const a1 = await ef.call('evidence.create', { caseId: first.id, type: 'physical', description: 'Torn shirt' });
    const b1 = await ef.call('evidence.create', { caseId: second.id, type: 'digital', description: 'Phone' });
    const a2 = await ef.call('evidence.create', { caseId: first.id, type: 'documentary', description: 'Pay slip' });
    expect([a1.number, a2.number, b1.number]).toEqual(['E-0001', 'E-0002', 'E-0001']);
    // An item cannot be removed, even by someone holding the key: the number stays taken.
    const removal = await ef.rawDatabase((db) => {
      try {
        db.prepare('DELETE FROM evidence_items WHERE id = ?').run(a2.id);
        return 'removed';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(removal).toMatch(/never removed/);
    const a3 = await ef.call('evidence.create', { caseId: first.id, type: 'other', description: 'Note' });
    expect(a3.number).toBe('E-0003');
    const { items } = await ef.call('evidence.list', { caseId: first.id });
    expect(items.map((item) => item.number)).toEqual(['E-0001', 'E-0002', 'E-0003']);
  });
});

describe('quick capture', () => {
  it('saves a complete item from case, type and description, collected now, and starts its clocks', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef, {
      incidentDates: [{ precision: 'exact', from: '2026-03-09T22:00', timeZone: 'Africa/Bangui' }],
    });
    const item = await ef.call('evidence.create', { caseId: theCase.id, type: 'biological', description: 'Swab kit' });
    expect(item).toMatchObject({
      number: 'E-0001',
      collectedAt: START,
      copyRole: 'evidentiary_original',
      status: 'collected',
      confidentiality: 'confidential',
      storageLocation: '',
      personIds: [],
      interviewIds: [],
      markers: [],
      contents: [],
      integrity: 'no_content',
    });
    const { items } = await ef.call('deadlines.list', { caseId: theCase.id });
    const clocks = items.map((deadline) => deadline.clockId);
    expect(clocks).toEqual(expect.arrayContaining(['forensic_exam', 'hiv_pep', 'emergency_contraception']));
    const audit = (await ef.call('audit.list', { caseId: theCase.id })).items.map((row) => row.action);
    expect(audit).toContain('evidence.create');
  });

  it('starts the CCTV clocks from the identification time', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    await ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'photo_video',
      description: 'Camera at the gate',
      markers: ['cctv'],
      identifiedAt: at(START, -120),
    });
    const { items } = await ef.call('deadlines.list', { caseId: theCase.id });
    const request = items.find((deadline) => deadline.clockId === 'cctv_request');
    expect(request?.dueAt).toBe(at(START, -120 + 24 * 60));
  });

  it('refuses a collection in the future and what a quick capture cannot be: a description left blank', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    expect(
      (await ef.refusal('evidence.create', { caseId: theCase.id, type: 'physical', description: '   ' })).code,
    ).toBe('VALIDATION');
    const future = await ef.refusal('evidence.create', {
      caseId: theCase.id,
      type: 'physical',
      description: 'Shirt',
      collectedAt: at(START, 10),
    });
    expect(future.message).toMatch(/future/);
    // A minute of difference between the window's clock and the core's is not the future.
    await ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'physical',
      description: 'Shirt',
      collectedAt: at(START, 0.5),
    });
  });
});

describe('originals and working copies', () => {
  it('links a copy to an evidentiary original of the same case, and lists the copies on the original', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    const original = await ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'digital',
      description: 'Seized phone',
    });
    const copy = await ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'digital',
      description: 'Extraction, working copy',
      copyRole: 'working_copy',
      originalId: original.id,
    });
    expect(copy.originalNumber).toBe('E-0001');
    expect((await ef.call('evidence.get', { itemId: original.id })).copies).toEqual([
      { id: copy.id, number: 'E-0002' },
    ]);
    const [, listed] = (await ef.call('evidence.list', { caseId: theCase.id })).items;
    expect(listed).toMatchObject({ copyRole: 'working_copy', originalId: original.id, originalNumber: 'E-0001' });

    // A copy of a copy, a copy without its original, an original pointing at one, another case's item.
    const copyOfCopy = await ef.refusal('evidence.create', {
      caseId: theCase.id,
      type: 'digital',
      description: 'x',
      copyRole: 'working_copy',
      originalId: copy.id,
    });
    expect(copyOfCopy.message).toMatch(/from an evidentiary original/);
    const orphan = await ef.refusal('evidence.create', {
      caseId: theCase.id,
      type: 'digital',
      description: 'x',
      copyRole: 'working_copy',
    });
    expect(orphan.message).toMatch(/names the evidentiary original/);
    const pointing = await ef.refusal('evidence.create', {
      caseId: theCase.id,
      type: 'digital',
      description: 'x',
      originalId: original.id,
    });
    expect(pointing.message).toMatch(/Only a working copy links to an original/);
    const otherCase = await openCase(ef);
    const elsewhere = await ef.refusal('evidence.create', {
      caseId: otherCase.id,
      type: 'digital',
      description: 'x',
      copyRole: 'working_copy',
      originalId: original.id,
    });
    expect(elsewhere.message).toMatch(/same case/);
    // An original with copies cannot become a copy itself.
    const other = await ef.call('evidence.create', { caseId: theCase.id, type: 'digital', description: 'Laptop' });
    const demoted = await ef.refusal('evidence.update', {
      itemId: original.id,
      changes: { copyRole: 'working_copy', originalId: other.id },
    });
    expect(demoted.message).toMatch(/stays an evidentiary original/);
  });
});

describe('links, changes and search', () => {
  it('links people and interviews of the case only', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    const person = await ef.call('people.add', { caseId: theCase.id, profile: victim() });
    const interview = await ef.call('interviews.plan', {
      caseId: theCase.id,
      personId: person.id,
      arrangements: arrangements(),
    });
    const item = await ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'photo_video',
      description: 'Photos of injuries',
      personIds: [person.id],
      interviewIds: [interview.id],
    });
    expect(item).toMatchObject({ personIds: [person.id], interviewIds: [interview.id] });
    // The item's screen names each interview by its interviewee's code, its status and its date.
    await ef.call('consents.record', consent(person.id, at(START, -90)));
    const conducted = await ef.call('interviews.markConducted', {
      interviewId: interview.id,
      conductedAt: at(START, -60),
    });
    const second = await ef.call('people.add', { caseId: theCase.id, profile: victim() });
    const planned = await ef.call('interviews.plan', {
      caseId: theCase.id,
      personId: second.id,
      arrangements: arrangements(),
    });
    await ef.call('evidence.update', { itemId: item.id, changes: { interviewIds: [planned.id, interview.id] } });
    const record = await ef.call('evidence.get', { itemId: item.id });
    expect(record.linkedInterviews).toEqual([
      {
        id: interview.id,
        personCode: person.code,
        status: 'conducted',
        scheduledAt: interview.scheduledAt,
        conductedAt: conducted.conductedAt,
      },
      { id: planned.id, personCode: second.code, status: 'planned', scheduledAt: planned.scheduledAt },
    ]);
    const otherCase = await openCase(ef);
    const stranger = await ef.call('people.add', { caseId: otherCase.id, profile: victim() });
    const refused = await ef.refusal('evidence.update', {
      itemId: item.id,
      changes: { personIds: [person.id, stranger.id] },
    });
    expect(refused.message).toMatch(/person of this case/);
    const unlinked = await ef.call('evidence.update', { itemId: item.id, changes: { interviewIds: [] } });
    expect(unlinked.interviewIds).toEqual([]);
    expect(unlinked.linkedInterviews).toEqual([]);
  });

  it(
    'changes fields, clears optional ones with null, audits the names of what ' +
      'changed, and keeps a destroyed item read-only',
    async () => {
      const ef = await evidenceFile();
      const theCase = await openCase(ef);
      const item = await ef.call('evidence.create', {
        caseId: theCase.id,
        type: 'physical',
        description: 'Shirt',
        collectedBy: 'Investigator One',
        collectedWhere: { text: 'Behind the clinic at the camp', confidentiality: 'strictly_confidential' },
        timeZone: 'Africa/Bangui',
      });
      expect(item.collectedWhere).toEqual({
        text: 'Behind the clinic at the camp',
        confidentiality: 'strictly_confidential',
      });
      ef.clock.advance(5 * MINUTE);
      const changed = await ef.call('evidence.update', {
        itemId: item.id,
        changes: { storageLocation: 'Evidence locker 2', status: 'in_storage', collectedBy: null },
      });
      expect(changed).toMatchObject({
        storageLocation: 'Evidence locker 2',
        status: 'in_storage',
        updatedAt: at(START, 5),
      });
      expect(changed.collectedBy).toBeUndefined();
      expect(changed.collectedWhere?.text).toBe('Behind the clinic at the camp');
      const [row] = (await ef.call('audit.list', { caseId: theCase.id })).items;
      expect(row).toMatchObject({ action: 'evidence.update' });
      expect(row?.details).toEqual({
        number: 'E-0001',
        changed: ['collectedBy', 'storageLocation', 'status'],
        status: 'in_storage',
      });
      expect(JSON.stringify(row)).not.toContain('Investigator One');

      expect(
        (await ef.refusal('evidence.update', { itemId: item.id, changes: { status: 'destroyed' } })).message,
      ).toMatch(/custody event/);
      await ef.call('custody.add', {
        itemId: item.id,
        kind: 'destroyed',
        at: at(START, 5),
        persons: ['Investigator One'],
        purpose: 'Court order 12/2026',
      });
      const locked = await ef.refusal('evidence.update', { itemId: item.id, changes: { description: 'Other' } });
      expect(locked).toMatchObject({ code: 'CONFLICT' });
    },
  );

  it('is found by number, type and description, never by where it was collected', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    await ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'photo_video',
      description: 'Clé USB contenant des vidéos',
      collectedWhere: { text: 'Quartier Zoulouvillage', confidentiality: 'strictly_confidential' },
    });
    const search = async (q: string) =>
      (await ef.call('search.query', { q, caseId: theCase.id })).items.filter((hit) => hit.kind === 'evidence');
    expect((await search('cle usb')).map((hit) => hit.label)).toEqual(['E-0001']);
    expect(await search('E-0001')).toHaveLength(1);
    expect(await search('photo video')).toHaveLength(1);
    expect(await search('Zoulouvillage')).toEqual([]);
  });

  it('filters the log by type and status', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    await ef.call('evidence.create', { caseId: theCase.id, type: 'physical', description: 'Shirt' });
    await ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'digital',
      description: 'Phone',
      status: 'in_storage',
    });
    expect(
      (await ef.call('evidence.list', { caseId: theCase.id, type: 'digital' })).items.map((i) => i.number),
    ).toEqual(['E-0002']);
    expect(
      (await ef.call('evidence.list', { caseId: theCase.id, status: 'collected' })).items.map((i) => i.number),
    ).toEqual(['E-0001']);
  });
});
