import { describe, expect, it } from 'vitest';
import { openCase, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';
import type { Omission } from '../../../electron/core/bundles/bundle-format.js';
import { subject, victim } from '../people/people-fixture.js';
import { caseToHandOver, sendCase, importInto, SECRET_NAME, testKeys } from './bundle-fixture.js';

// A case already in the vault: each record is compared with the version last exchanged in a bundle.
// Changed only by the sender: taken; only here: kept; on both sides (or no version exchanged): listed
// with both versions, ours kept unless the user takes theirs. Never decided by an edit time.
const evidenceFile = useEvidenceFiles();

/** A vault and the name of its holder's keys (testKeys): bundles go from one holder to another's recipient. */
interface Holder {
  ef: EvidenceFile;
  name: string;
}

const send = (from: Holder, to: Holder, caseId: string, file: string, omit: Omission[] = []) =>
  sendCase(from.ef, { from: from.name, to: to.name }, caseId, file, omit);

/** Taking theirs names a conflict as a preview just found it (its token), as the app and the CLI do. */
async function receive(to: Holder, file: string, options: { dryRun?: boolean; takeTheirs?: string[] } = {}) {
  const named = options.takeTheirs ?? [];
  const previewed = named.length > 0 ? await importInto(to.ef, testKeys(to.name), { file, dryRun: true }) : null;
  const takeTheirs = new Map(
    (previewed?.conflicts ?? []).filter((c) => named.includes(c.key)).map((c) => [c.key, c.token] as const),
  );
  return importInto(to.ef, testKeys(to.name), { file, dryRun: options.dryRun ?? false, takeTheirs });
}

const holders = async <const N extends readonly string[]>(...names: N) =>
  (await Promise.all(names.map(async (name) => ({ ef: await evidenceFile(), name })))) as { [K in keyof N]: Holder };

describe('a bundle for a case the vault already holds', () => {
  it('merges three ways from the version last exchanged; edit times decide nothing', async () => {
    const [A, B] = await holders('A', 'B');
    const [a, b] = [A.ef, B.ef];
    const { theCase, item } = await caseToHandOver(a);
    await receive(B, await send(A, B, theCase.id, 'first.casefile'));
    const people = (await a.call('people.list', { caseId: theCase.id })).items;
    const witness = people.find((p) => p.code === 'W-01')!;
    const victimRecord = people.find((p) => p.code === 'V-01')!;
    const manualEvent = async (ef: EvidenceFile) =>
      (await ef.call('timeline.list', { caseId: theCase.id })).dated.find((e) => e.title.startsWith('S-01 met'));
    const event = await manualEvent(a);

    // B's edits are the later ones: a later edit time must not win, nor an unchanged record lose.
    await a.call('evidence.update', { itemId: item.id, changes: { description: 'CCTV export, camera 2' } });
    await a.call('people.update', { personId: victimRecord.id, profile: victim('adult', { language: 'ln' }) });
    await a.call('timeline.update', {
      eventId: event!.id,
      event: {
        date: { precision: 'month', from: '2026-02' },
        kind: 'incident',
        title: 'S-01 met V-01 at the well',
        basis: 'reported_by_source',
      },
    });
    b.clock.advance(120_000);
    await b.call('people.update', { personId: victimRecord.id, profile: victim('adult', { language: 'en' }) });
    await b.call('people.update', {
      personId: witness.id,
      profile: { role: 'witness', sex: 'male', ageBand: 'adult', language: 'en' },
    });
    // B has no version of the timeline event from an exchange (as after a bundle of an older Casefile).
    await b.rawDatabase((db) => db.prepare(`DELETE FROM bundle_row_bases WHERE table_name = 'timeline_events'`).run());
    const second = await send(A, B, theCase.id, 'second.casefile');

    const preview = await receive(B, second, { dryRun: true });
    expect(preview.caseExists).toBe(true);
    const counts = (table: string) => preview.tables.find((t) => t.table === table);
    // Changed by A only: taken, though its edit time is older than anything in B.
    expect(counts('evidence_items')).toMatchObject({ changed: 1, kept: 0, conflicting: 0 });
    // Changed by B only (the witness): kept; changed by both (the victim): a conflict, though B's is "newer".
    expect(counts('people')).toMatchObject({ changed: 0, kept: 1, conflicting: 1 });
    // No version exchanged and different: a conflict, never a guess.
    expect(counts('timeline_events')).toMatchObject({ changed: 0, kept: 0, conflicting: 1 });
    const keys = preview.conflicts.map((c) => c.key);
    expect(keys).toEqual(expect.arrayContaining([`people:${victimRecord.id}`, `timeline_events:${event!.id}`]));
    expect(keys).not.toContain(`people:${witness.id}`);
    const conflict = preview.conflicts.find((c) => c.key === `people:${victimRecord.id}`)!;
    expect(String(conflict.ours.profile)).toContain('"en"');
    expect(String(conflict.theirs.profile)).toContain('"ln"');

    await receive(B, second, { takeTheirs: [`people:${victimRecord.id}`] });
    expect((await b.call('evidence.get', { itemId: item.id })).description).toBe('CCTV export, camera 2');
    const inB = (await b.call('people.list', { caseId: theCase.id })).items;
    expect(inB.find((p) => p.id === victimRecord.id)!.profile).toMatchObject({ language: 'ln' });
    expect(inB.find((p) => p.id === witness.id)!.profile).toMatchObject({ language: 'en' });
    expect((await manualEvent(b))!.title).toBe('S-01 met V-01 at the market');

    // B answers: A takes B's witness (unchanged in A since A sent it); the victim is the same on both sides.
    const reply = await receive(A, await send(B, A, theCase.id, 'reply.casefile'));
    expect(reply.conflicts.map((c) => c.key)).not.toContain(`people:${witness.id}`);
    const inA = (await a.call('people.list', { caseId: theCase.id })).items;
    expect(inA.find((p) => p.id === witness.id)!.profile).toMatchObject({ language: 'en' });
    expect(inA.find((p) => p.id === victimRecord.id)!.profile).toMatchObject({ language: 'ln' });
  });

  it('merges with what was exchanged with that colleague: what went to another never stands for theirs', async () => {
    const [A, B, C] = await holders('A', 'B', 'C');
    const { theCase, item } = await caseToHandOver(A.ef);
    await receive(B, await send(A, B, theCase.id, 'to-b.casefile'));
    // A goes on and sends its newer version to C; B, which never saw it, answers with what it holds.
    await A.ef.call('evidence.update', { itemId: item.id, changes: { description: 'CCTV export, camera 2' } });
    await receive(C, await send(A, C, theCase.id, 'to-c.casefile'));
    const answer = await receive(A, await send(B, A, theCase.id, 'from-b.casefile'));
    // B's version is what A sent B: A's later edit is kept, not silently taken back.
    expect(answer.tables.find((t) => t.table === 'evidence_items')).toMatchObject({ changed: 0, conflicting: 0 });
    expect((await A.ef.call('evidence.get', { itemId: item.id })).description).toBe('CCTV export, camera 2');
  });

  it('refuses a bundle older than one already received from the same sender, writing nothing', async () => {
    const [A, B] = await holders('A', 'B');
    const { theCase, item } = await caseToHandOver(A.ef);
    const first = await send(A, B, theCase.id, 'first.casefile');
    A.ef.clock.advance(60_000);
    await A.ef.call('evidence.update', { itemId: item.id, changes: { description: 'CCTV export, camera 2' } });
    A.ef.clock.advance(60_000);
    await receive(B, await send(A, B, theCase.id, 'second.casefile'));
    // The first bundle arrives late: merged now, it would put the older description back.
    await expect(receive(B, first)).rejects.toThrow(/older than one you already received/);
    expect((await B.ef.call('evidence.get', { itemId: item.id })).description).toBe('CCTV export, camera 2');
  });

  it('never lets a withheld identity replace one this vault holds', async () => {
    const [A, B] = await holders('A', 'B');
    const [a, b] = [A.ef, B.ef];
    const { theCase } = await caseToHandOver(a);
    await receive(B, await send(A, B, theCase.id, 'first.casefile'));
    const victimRecord = (await a.call('people.list', { caseId: theCase.id })).items.find((p) => p.code === 'V-01')!;
    // A changes the victim's profile and sends the case without identities.
    await a.call('people.update', { personId: victimRecord.id, profile: victim('adult', { language: 'ln' }) });
    const preview = await receive(B, await send(A, B, theCase.id, 'no-names.casefile', ['identities']));
    expect(preview.conflicts.map((c) => c.key)).not.toContain(`people:${victimRecord.id}`);
    const identity = await b.rawDatabase(
      (db) => db.prepare(`SELECT identity FROM people WHERE id = ?`).pluck().get(victimRecord.id) as string,
    );
    expect(identity).toContain(SECRET_NAME);
    const inB = (await b.call('people.list', { caseId: theCase.id })).items;
    expect(inB.find((p) => p.id === victimRecord.id)!.profile).toMatchObject({ language: 'ln' });

    // A bundle passed on by a vault that only ever had the withheld identity (it does not say it left
    // identities out) must not replace it either.
    const [C] = await holders('C');
    const c = C.ef;
    await receive(C, await send(A, C, theCase.id, 'to-c.casefile', ['identities']));
    await c.call('people.update', { personId: victimRecord.id, profile: victim('adult', { language: 'sg' }) });
    await receive(B, await send(C, B, theCase.id, 'from-c.casefile'), { takeTheirs: [`people:${victimRecord.id}`] });
    const still = await b.rawDatabase(
      (db) => db.prepare(`SELECT identity FROM people WHERE id = ?`).pluck().get(victimRecord.id) as string,
    );
    expect(still).toContain(SECRET_NAME);
  });

  it('never lets a case received without identities and sent back blank what the first vault holds', async () => {
    const [A, B] = await holders('A', 'B');
    const { theCase } = await caseToHandOver(A.ef);
    const people = (await A.ef.call('people.list', { caseId: theCase.id })).items;
    const mother = people.find((p) => p.code === 'V-01')!;
    const father = await A.ef.call('people.add', { caseId: theCase.id, profile: subject() });
    await A.ef.call('paternity.add', {
      caseId: theCase.id,
      child: {
        motherId: mother.id,
        subjectId: father.id,
        birth: { precision: 'month', from: '2025-11' },
        reportedOn: '2026-03-09',
        status: 'reported',
        memberStateContact: { state: 'Permanent mission, legal adviser', on: '2026-03-10', how: 'note_verbale' },
      },
    });
    const held = (ef: EvidenceFile) =>
      ef.rawDatabase((db) => ({
        identity: db.prepare(`SELECT identity FROM people WHERE id = ?`).pluck().get(mother.id) as string,
        contact: db.prepare(`SELECT member_state_contact FROM paternity_children`).pluck().get() as string | null,
        files: db.prepare(`SELECT file_name FROM evidence_contents ORDER BY file_name`).pluck().all() as string[],
      }));
    const before = await held(A.ef);
    expect(before.contact).toContain('Permanent mission');
    await receive(B, await send(A, B, theCase.id, 'no-names.casefile', ['identities']));
    const atB = await held(B.ef);
    expect(atB.contact).toBeNull();
    expect(atB.files.every((name) => /^file-\d+/.test(name))).toBe(true);
    // B edits the case and sends it back with everything it holds: its stand-ins must not replace A's values.
    await B.ef.call('people.update', { personId: mother.id, profile: victim('adult', { language: 'sg' }) });
    await receive(A, await send(B, A, theCase.id, 'back.casefile'));
    const after = await held(A.ef);
    expect(after).toEqual(before);
    const inA = (await A.ef.call('people.list', { caseId: theCase.id })).items;
    expect(inA.find((p) => p.id === mother.id)!.profile).toMatchObject({ language: 'sg' });
  });

  it('merges custody chains both holders went on logging: the import succeeds, each chain stays numbered', async () => {
    const [A, B] = await holders('A', 'B');
    const [a, b] = [A.ef, B.ef];
    const { theCase, item } = await caseToHandOver(a);
    await receive(B, await send(A, B, theCase.id, 'first.casefile'));
    const examine = async (ef: EvidenceFile, after: number, by: string) => {
      ef.clock.advance(after);
      await ef.call('custody.add', {
        itemId: item.id,
        kind: 'examined',
        at: new Date(ef.clock.now).toISOString(),
        persons: [by],
        purpose: `Examined by ${by}`,
      });
    };
    // Both go on: B examines it first, then A (later by the clock), each twice.
    await examine(b, 30_000, 'Legal Officer');
    await examine(a, 60_000, 'Investigator One');
    await examine(b, 60_000, 'Legal Officer again');
    await examine(a, 60_000, 'Investigator One again');
    await receive(B, await send(A, B, theCase.id, 'second.casefile'));
    await receive(A, await send(B, A, theCase.id, 'reply.casefile'));
    // A logs on after the merge: its own chronology still holds.
    await examine(a, 60_000, 'Investigator One once more');

    const chain = async (ef: EvidenceFile) => (await ef.call('custody.list', { itemId: item.id })).items;
    const inA = await chain(a);
    const inB = await chain(b);
    for (const events of [inA, inB]) {
      const numbers = events.map((e) => e.sequence);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    const purposes = (events: typeof inA) => events.map((e) => e.purpose).filter((p) => p.startsWith('Examined'));
    expect(new Set(purposes(inA))).toEqual(new Set([...purposes(inB), 'Examined by Investigator One once more']));
    expect(purposes(inA)).toHaveLength(5);
  });

  it('never reaches another case: a record this vault keeps in another case refuses the whole bundle', async () => {
    const [A, B] = await holders('A', 'B');
    const [a, b] = [A.ef, B.ef];
    const { theCase } = await caseToHandOver(a);
    await receive(B, await send(A, B, theCase.id, 'first.casefile'));
    const witness = (await a.call('people.list', { caseId: theCase.id })).items.find((p) => p.code === 'W-01')!;
    // A sender who knows a record's id puts it, "newer", in a bundle of another case: received as it is,
    // it would move B's witness out of her case.
    const other = await openCase(a, { title: 'Another allegation' });
    await a.rawDatabase((db) =>
      db
        .prepare(`UPDATE people SET case_id = ?, updated_at = '2099-01-01T00:00:00.000Z' WHERE id = ?`)
        .run(other.id, witness.id),
    );
    const crafted = await send(A, B, other.id, 'crafted.casefile');

    await expect(receive(B, crafted)).rejects.toThrow(/damaged|altered/i);
    const still = await b.rawDatabase(
      (db) => db.prepare(`SELECT case_id FROM people WHERE id = ?`).pluck().get(witness.id) as string,
    );
    expect(still).toBe(theCase.id);
    const cases = await b.rawDatabase((db) => db.prepare(`SELECT count(*) FROM cases`).pluck().get() as number);
    expect(cases).toBe(1);
  });
});
