import { describe, expect, it } from 'vitest';
import { useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { victim } from '../people/people-fixture.js';
import { caseToHandOver, sendCase, importInto, testKeys } from './bundle-fixture.js';

// "Take theirs" decides about a conflict as the preview showed it: if the record changes here between the
// preview and the import, the choice no longer speaks for it and the import is refused, nothing written.
const evidenceFile = useEvidenceFiles();

const send = (from: EvidenceFile, fromName: string, toName: string, caseId: string, file: string) =>
  sendCase(from, { from: fromName, to: toName }, caseId, file);

describe('taking theirs on a conflict', () => {
  it('is refused when the record changed here after the preview, and applies when it did not', async () => {
    const [a, b] = [await evidenceFile(), await evidenceFile()];
    const { theCase } = await caseToHandOver(a);
    await importInto(b, testKeys('B'), { file: await send(a, 'A', 'B', theCase.id, 'first.casefile') });
    const victimRecord = (await a.call('people.list', { caseId: theCase.id })).items.find((p) => p.code === 'V-01')!;
    await a.call('people.update', { personId: victimRecord.id, profile: victim('adult', { language: 'ln' }) });
    b.clock.advance(60_000);
    await b.call('people.update', { personId: victimRecord.id, profile: victim('adult', { language: 'en' }) });
    const file = await send(a, 'A', 'B', theCase.id, 'second.casefile');
    const key = `people:${victimRecord.id}`;

    const preview = await importInto(b, testKeys('B'), { file, dryRun: true });
    const token = preview.conflicts.find((c) => c.key === key)!.token;
    expect(token).toMatch(/^[0-9a-f]{64}$/);

    // B edits the record again (here: the language again) after the preview: the choice is refused.
    b.clock.advance(60_000);
    await b.call('people.update', { personId: victimRecord.id, profile: victim('adult', { language: 'sg' }) });
    const imports = () => b.rawDatabase((db) => db.prepare(`SELECT count(*) FROM bundle_imports`).pluck().get());
    const before = await imports();
    await expect(importInto(b, testKeys('B'), { file, takeTheirs: new Map([[key, token]]) })).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'bundle.changedHereSincePreview',
    });
    expect(await imports()).toBe(before);
    const inB = async () =>
      (await b.call('people.list', { caseId: theCase.id })).items.find((p) => p.id === victimRecord.id)!;
    expect((await inB()).profile).toMatchObject({ language: 'sg' });

    // Checked again: the new token takes theirs.
    const again = await importInto(b, testKeys('B'), { file, dryRun: true });
    const fresh = again.conflicts.find((c) => c.key === key)!.token;
    expect(fresh).not.toBe(token);
    await importInto(b, testKeys('B'), { file, takeTheirs: new Map([[key, fresh]]) });
    expect((await inB()).profile).toMatchObject({ language: 'ln' });
  });
});
