import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCaseBundle, importCaseBundle } from '../../../electron/core/bundles/bundle-service.js';
import { openCase, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import { caseToHandOver, noKeys, servicesOf } from './bundle-fixture.js';

// A case already in the vault: the bundle's newer versions are applied, a record edited on both
// sides is never overwritten silently — listed with both versions, kept unless the user takes theirs.
const evidenceFile = useEvidenceFiles();
const PASS = { kind: 'passphrase' as const, passphrase: 'hand-over words for the bundle', logN: 10 };

async function send(from: EvidenceFile, caseId: string, name: string): Promise<string> {
  const file = path.join(from.work, name);
  const { ctx, vault } = await servicesOf(from);
  try {
    await exportCaseBundle(ctx, noKeys('A'), { caseId, destination: file, audience: PASS, omit: [], to: 'B' });
  } finally {
    vault.close();
  }
  return file;
}

async function receive(to: EvidenceFile, file: string, options: { dryRun?: boolean; takeTheirs?: string[] } = {}) {
  const { ctx, vault } = await servicesOf(to);
  try {
    return await importCaseBundle(ctx, noKeys('B'), {
      file,
      passphrase: PASS.passphrase,
      dryRun: options.dryRun ?? false,
      acceptUnknownSigner: true,
      takeTheirs: new Set(options.takeTheirs ?? []),
    });
  } finally {
    vault.close();
  }
}

describe('a bundle for a case the vault already holds', () => {
  it('applies newer versions, lists a conflict side by side, keeps ours unless told to take theirs', async () => {
    const a = await evidenceFile();
    const b = await evidenceFile();
    const { theCase, item } = await caseToHandOver(a);
    await receive(b, await send(a, theCase.id, 'first.casefile'));

    // A retitles the case; both edit the witness's profile, B later.
    const witness = (await a.call('people.list', { caseId: theCase.id })).items.find((p) => p.code === 'W-01')!;
    a.clock.advance(60_000);
    await a.call('cases.update', { caseId: theCase.id, changes: { title: 'Allegation at the water point' } });
    await a.call('evidence.update', { itemId: item.id, changes: { description: 'CCTV export, camera 2' } });
    await a.call('people.update', {
      personId: witness.id,
      profile: { role: 'witness', sex: 'male', ageBand: 'adult', language: 'fr' },
    });
    b.clock.advance(120_000);
    await b.call('people.update', {
      personId: witness.id,
      profile: { role: 'witness', sex: 'male', ageBand: 'adult', language: 'en' },
    });
    const second = await send(a, theCase.id, 'second.casefile');

    const preview = await receive(b, second, { dryRun: true });
    expect(preview.caseExists).toBe(true);
    // Newer on the sender's side only: applied. Edited on both sides (B's edit of a person also marks
    // the case changed, and with no common version recorded, the later edit cannot be told from a
    // deliberate one): both listed, ours kept.
    expect(preview.tables.find((t) => t.table === 'timeline_events')).toMatchObject({ same: 1, conflicting: 0 });
    expect(preview.tables.find((t) => t.table === 'evidence_items')).toMatchObject({ changed: 1, conflicting: 0 });
    expect(preview.conflicts.map((c) => c.key)).toEqual([`cases:${theCase.id}`, `people:${witness.id}`]);
    const conflict = preview.conflicts[1];
    expect(String(conflict!.ours.profile)).toContain('"en"');
    expect(String(conflict!.theirs.profile)).toContain('"fr"');

    await receive(b, second);
    expect((await b.call('cases.get', { caseId: theCase.id })).title).toBe(theCase.title);
    expect((await b.call('evidence.get', { itemId: item.id })).description).toBe('CCTV export, camera 2');
    const kept = (await b.call('people.list', { caseId: theCase.id })).items.find((p) => p.id === witness.id)!;
    expect(JSON.stringify(kept)).toContain('"en"');

    await receive(b, second, { takeTheirs: [`cases:${theCase.id}`, `people:${witness.id}`] });
    expect((await b.call('cases.get', { caseId: theCase.id })).title).toBe('Allegation at the water point');
    const taken = (await b.call('people.list', { caseId: theCase.id })).items.find((p) => p.id === witness.id)!;
    expect(JSON.stringify(taken)).toContain('"fr"');
  });

  it('never reaches another case: a record this vault keeps in another case refuses the whole bundle', async () => {
    const a = await evidenceFile();
    const b = await evidenceFile();
    const { theCase } = await caseToHandOver(a);
    await receive(b, await send(a, theCase.id, 'first.casefile'));
    const witness = (await a.call('people.list', { caseId: theCase.id })).items.find((p) => p.code === 'W-01')!;
    // A sender who knows a record's id puts it, "newer", in a bundle of another case: received as it is,
    // it would move B's witness out of her case.
    const other = await openCase(a, { title: 'Another allegation' });
    await a.rawDatabase((db) =>
      db
        .prepare(`UPDATE people SET case_id = ?, updated_at = '2099-01-01T00:00:00.000Z' WHERE id = ?`)
        .run(other.id, witness.id),
    );
    const crafted = await send(a, other.id, 'crafted.casefile');

    await expect(receive(b, crafted)).rejects.toThrow(/damaged|altered/i);
    const still = await b.rawDatabase(
      (db) => db.prepare(`SELECT case_id FROM people WHERE id = ?`).pluck().get(witness.id) as string,
    );
    expect(still).toBe(theCase.id);
    const cases = await b.rawDatabase((db) => db.prepare(`SELECT count(*) FROM cases`).pluck().get() as number);
    expect(cases).toBe(1);
  });
});
