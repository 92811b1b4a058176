import { describe, expect, it } from 'vitest';
import { CASE_TABLES } from '../../../electron/core/bundles/case-tables.js';
import { intake, useCaseFiles, victimProfile, type CaseFile } from './case-file-fixture.js';

const caseFile = useCaseFiles();

/** A case closed as consensual between adults: a child victim added later makes R5 block. */
async function closedAsConsensual(cf: CaseFile, title: string): Promise<string> {
  const { id } = await cf.call('cases.create', intake({ title, category: 'SE', subtype: 'exploitative_relationship' }));
  await cf.call('people.add', { caseId: id, profile: victimProfile('adult'), identity: { fullName: 'Amina Ndiaye' } });
  await cf.call('cases.changeStatus', { caseId: id, to: 'under_investigation', reason: 'Credible account' });
  await cf.call('cases.changeStatus', {
    caseId: id,
    to: 'not_substantiated',
    reason: 'Consensual relationship between adults',
    closureGround: 'consensual_between_adults',
  });
  return id;
}

/** Each case's blocking count as the list shows it, and as the principles find it afresh. */
async function counts(cf: CaseFile, ids: readonly string[]) {
  const { items } = await cf.call('cases.list', {});
  const listed = ids.map((id) => items.find((item) => item.id === id)?.blockingFindings);
  const fresh = await Promise.all(
    ids.map(async (caseId) => {
      const { findings } = await cf.call('principles.check', { caseId });
      return findings.filter((finding) => finding.severity === 'block').length;
    }),
  );
  return { listed, fresh };
}

describe('the cases list keeps each case’s blocking count until the case changes', () => {
  it('counts again a case one of whose records changed, from this connection or another', async () => {
    const cf = await caseFile();
    const first = await closedAsConsensual(cf, 'First');
    const second = await closedAsConsensual(cf, 'Second');
    const before = await counts(cf, [first, second]);
    expect(before.listed).toEqual(before.fresh);

    // Through the app: a child victim comes forward in the first case; R5 now blocks there only.
    await cf.call('people.add', { caseId: first, profile: victimProfile('minor'), identity: { fullName: 'Grace' } });
    const afterChild = await counts(cf, [first, second]);
    expect(afterChild.listed).toEqual(afterChild.fresh);
    expect(afterChild.listed[0]).toBeGreaterThan(before.listed[0]!);
    expect(afterChild.listed[1]).toBe(before.listed[1]);

    // Through another connection (as the CLI writes), without any of the features' code: her age
    // band corrected to adult. The list must not keep the count it had.
    await cf.rawDatabase((db) =>
      db
        .prepare(
          `UPDATE people SET profile = json_set(profile, '$.ageBand', 'adult') WHERE case_id = ? AND code = 'V-02'`,
        )
        .run(first),
    );
    const afterFix = await counts(cf, [first, second]);
    expect(afterFix.listed).toEqual(afterFix.fresh);
    expect(afterFix.listed[0]).toBe(before.listed[0]);
  });

  it('moves a case’s counter for a write to any table that holds its records, and no other case’s', async () => {
    const cf = await caseFile();
    const first = await closedAsConsensual(cf, 'First');
    const second = await closedAsConsensual(cf, 'Second');
    const item = await cf.call('evidence.create', { caseId: first, type: 'physical', description: 'Torn shirt' });
    const [victim] = (await cf.call('people.list', { caseId: first })).items;
    await cf.rawDatabase((db) => {
      const triggers = new Set(
        (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string }[]).map(
          (row) => row.name,
        ),
      );
      // Every table a bundle carries as the case's own records (shared templates and the derived
      // search index aside) moves the counter on insert, update and delete.
      const missing = CASE_TABLES.filter((table) => table.shared !== true && table.derived !== true).flatMap(
        ({ table }) =>
          ['insert', 'update', 'delete']
            .map((change) => `case_version_${table}_${change}`)
            .filter((name) => !triggers.has(name)),
      );
      expect(missing).toEqual([]);

      const version = (caseId: string) =>
        (db.prepare('SELECT version FROM case_versions WHERE case_id = ?').get(caseId) as { version: number }).version;
      const [a, b] = [version(first), version(second)];
      // The case's own row, then a row that reaches its case only through its parent (an item).
      db.prepare(`UPDATE cases SET summary = 'Corrected' WHERE id = ?`).run(first);
      const afterCase = version(first);
      expect(afterCase).toBeGreaterThan(a);
      db.prepare('INSERT INTO evidence_people (item_id, person_id) VALUES (?, ?)').run(item.id, victim!.id);
      expect(version(first)).toBeGreaterThan(afterCase);
      const afterLink = version(first);
      db.prepare('DELETE FROM evidence_people WHERE item_id = ?').run(item.id);
      expect(version(first)).toBeGreaterThan(afterLink);
      expect(version(second)).toBe(b);
    });
  });
});
