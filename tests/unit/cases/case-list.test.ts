import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/contract/index.js';
import { PASSPHRASE } from '../core/helpers.js';
import { intake, MINUTE, useCaseFiles, victimProfile, type CaseFile } from './case-file-fixture.js';

const caseFile = useCaseFiles();

/** Three cases with different statuses, categories, urgency and dates; returns their ids by name. */
async function threeCases(cf: CaseFile) {
  const a = await cf.call(
    'cases.create',
    intake({ title: 'A', dateReceived: '2026-02-01', category: 'SE', urgent: false }),
  );
  cf.clock.advance(MINUTE);
  const b = await cf.call(
    'cases.create',
    intake({ title: 'B', dateReceived: '2026-01-15', category: 'SA', urgent: true }),
  );
  cf.clock.advance(MINUTE);
  const c = await cf.call(
    'cases.create',
    intake({ title: 'C', dateReceived: '2026-03-01', category: null, urgent: false }),
  );
  cf.clock.advance(MINUTE);
  await cf.call('cases.changeStatus', { caseId: a.id, to: 'under_investigation', reason: 'Credible' });
  return { a: a.id, b: b.id, c: c.id };
}

const titles = async (cf: CaseFile, query: MethodInput<'cases.list'>) =>
  (await cf.call('cases.list', query)).items.map((item) => item.title);

describe('cases.list', () => {
  it('lists the most recently changed first by default', async () => {
    const cf = await caseFile();
    await threeCases(cf);
    expect(await titles(cf, {})).toEqual(['A', 'C', 'B']);
  });

  it('sorts by reference, date received, last change, status (in workflow order) or urgency, either way', async () => {
    const cf = await caseFile();
    await threeCases(cf);
    expect(await titles(cf, { sort: { by: 'reference', direction: 'asc' } })).toEqual(['A', 'B', 'C']);
    expect(await titles(cf, { sort: { by: 'reference', direction: 'desc' } })).toEqual(['C', 'B', 'A']);
    expect(await titles(cf, { sort: { by: 'dateReceived', direction: 'asc' } })).toEqual(['B', 'A', 'C']);
    expect(await titles(cf, { sort: { by: 'updatedAt', direction: 'asc' } })).toEqual(['B', 'C', 'A']);
    // Ties (both preliminary assessment) fall back to the most recent change.
    expect(await titles(cf, { sort: { by: 'status', direction: 'asc' } })).toEqual(['C', 'B', 'A']);
    expect(await titles(cf, { sort: { by: 'status', direction: 'desc' } })).toEqual(['A', 'C', 'B']);
    expect(await titles(cf, { sort: { by: 'urgent', direction: 'desc' } })).toEqual(['B', 'A', 'C']);
  });

  it('sorts references by number, not as text (CF-2026-10000 after CF-2026-9999)', async () => {
    const cf = await caseFile();
    await cf.call('cases.create', intake({ title: 'first' }));
    cf.ws.lock('user');
    await cf.rawDatabase((db) => db.prepare(`UPDATE case_reference_counters SET last_number = 9998`).run());
    await cf.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    await cf.call('cases.create', intake({ title: '9999' }));
    await cf.call('cases.create', intake({ title: '10000' }));
    const { items } = await cf.call('cases.list', { sort: { by: 'reference', direction: 'asc' } });
    expect(items.map((item) => item.reference)).toEqual(['CF-2026-0001', 'CF-2026-9999', 'CF-2026-10000']);
  });

  it('filters by status, category and urgency, together', async () => {
    const cf = await caseFile();
    await threeCases(cf);
    const sorted = { sort: { by: 'reference', direction: 'asc' } } as const;
    expect(await titles(cf, { ...sorted, status: ['preliminary_assessment'] })).toEqual(['B', 'C']);
    expect(await titles(cf, { ...sorted, status: ['under_investigation', 'under_review'] })).toEqual(['A']);
    expect(await titles(cf, { ...sorted, status: [] })).toEqual([]);
    expect(await titles(cf, { ...sorted, category: ['SA', 'SE'] })).toEqual(['A', 'B']);
    expect(await titles(cf, { ...sorted, urgent: true })).toEqual(['B']);
    expect(await titles(cf, { ...sorted, urgent: false, status: ['preliminary_assessment'] })).toEqual(['C']);
  });

  it('shows victims by pseudonym code only, and counts the blocking principle findings', async () => {
    const cf = await caseFile();
    const { id } = await cf.call('cases.create', intake({ category: 'SE', subtype: 'exploitative_relationship' }));
    await cf.call('people.add', {
      caseId: id,
      profile: victimProfile('adult'),
      identity: { fullName: 'Amina Ndiaye' },
    });
    await cf.call('cases.changeStatus', { caseId: id, to: 'under_investigation', reason: 'Credible account' });
    await cf.call('cases.changeStatus', {
      caseId: id,
      to: 'not_substantiated',
      reason: 'Consensual relationship between adults',
      closureGround: 'consensual_between_adults',
    });

    await cf.call('people.add', {
      caseId: id,
      profile: { role: 'witness', sex: 'male', ageBand: 'adult', language: null },
    });
    await cf.call('people.add', { caseId: id, profile: victimProfile('minor'), identity: { fullName: 'Grace Mbaye' } });
    const { items } = await cf.call('cases.list', {});
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.victimCodes).toEqual(['V-01', 'V-02']);
    // V-02, a child, came forward after the case was closed as consensual between adults: R5 blocks.
    expect(item?.blockingFindings).toBeGreaterThanOrEqual(1);
    const { findings } = await cf.call('principles.check', { caseId: id });
    expect(item?.blockingFindings).toBe(findings.filter((f) => f.severity === 'block').length);
    expect(JSON.stringify(items)).not.toMatch(/Amina|Ndiaye|Grace|Mbaye/);
    expect(Object.keys(item ?? {})).not.toContain('location');
  });
});
