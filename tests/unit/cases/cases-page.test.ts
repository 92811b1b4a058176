import { describe, expect, it } from 'vitest';
import type { CaseListItem, CasesPageRequest } from '../../../shared/contract/cases.js';
import { CASE_STATUSES } from '../../../shared/domain/case.js';
import { intake, MINUTE, useCaseFiles, victimProfile, type CaseFile } from './case-file-fixture.js';

const caseFile = useCaseFiles();

/**
 * 14 cases received on different days, every third urgent, categories SE, SA and none in turn;
 * some moved on to investigation, one archived, one with a victim. Returns them as cases.list does.
 */
async function manyCases(cf: CaseFile): Promise<CaseListItem[]> {
  const ids: string[] = [];
  for (let n = 0; n < 14; n += 1) {
    const day = String(1 + ((n * 5) % 28)).padStart(2, '0');
    const created = await cf.call(
      'cases.create',
      intake({
        title: `Allegation ${n}`,
        dateReceived: `2026-02-${day}`,
        category: ([null, 'SE', 'SA'] as const)[n % 3],
        urgent: n % 3 === 0,
      }),
    );
    ids.push(created.id);
    cf.clock.advance(MINUTE);
  }
  for (const id of [ids[1]!, ids[4]!, ids[9]!]) {
    await cf.call('cases.changeStatus', { caseId: id, to: 'under_investigation', reason: 'Credible' });
    cf.clock.advance(MINUTE);
  }
  await cf.call('people.add', { caseId: ids[2]!, profile: victimProfile('adult') });
  await cf.call('cases.archive', { caseId: ids[6]!, archived: true, reason: 'Duplicate' });
  return (await cf.call('cases.list', { includeArchived: true })).items;
}

/** Every page of one request, in order, and the counts each page came with (the first only). */
async function allPages(cf: CaseFile, request: CasesPageRequest) {
  const rows: CaseListItem[] = [];
  const counts: unknown[] = [];
  let after: string | undefined;
  do {
    const page = await cf.call('cases.page', { ...request, ...(after ? { after } : {}) });
    rows.push(...page.rows);
    counts.push(page.counts);
    after = page.next;
  } while (after);
  return { rows, counts };
}

type Key = (item: CaseListItem) => (string | number)[];
const KEYS: Record<NonNullable<CasesPageRequest['sort']>['by'], Key> = {
  reference: (item) => [item.reference.length, item.reference],
  dateReceived: (item) => [item.dateReceived, item.updatedAt, item.id],
  updatedAt: (item) => [item.updatedAt, item.id],
  status: (item) => [CASE_STATUSES.indexOf(item.status), item.updatedAt, item.id],
  urgent: (item) => [Number(item.urgent), item.updatedAt, item.id],
};

function sortedBy(items: readonly CaseListItem[], key: Key, direction: 'asc' | 'desc'): string[] {
  const compare = (a: CaseListItem, b: CaseListItem) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  };
  return [...items].sort((a, b) => (direction === 'asc' ? compare(a, b) : compare(b, a))).map((item) => item.title);
}

describe('cases.page', () => {
  it('reads every case once, a page at a time, in each order, with the rows cases.list gives', async () => {
    const cf = await caseFile();
    const all = await manyCases(cf);
    const open = all.filter((item) => !item.archived);
    for (const by of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
      for (const direction of ['asc', 'desc'] as const) {
        const { rows, counts } = await allPages(cf, { sort: { by, direction }, limit: 4 });
        expect(
          rows.map((item) => item.title),
          `${by} ${direction}`,
        ).toEqual(sortedBy(open, KEYS[by], direction));
        // The counts came with the first page only: the archived case is counted in the vault's total.
        expect(counts).toEqual([{ matching: 13, total: 14 }, undefined, undefined, undefined]);
      }
    }
    const { rows } = await allPages(cf, { limit: 200 });
    expect(rows).toEqual(expect.arrayContaining(open));
    expect(rows.find((item) => item.title === 'Allegation 2')?.victimCodes).toEqual(['V-01']);
  });

  it('filters by status, category, urgency and archiving in SQL, and searches the reference and title', async () => {
    const cf = await caseFile();
    const all = await manyCases(cf);
    const titles = async (request: CasesPageRequest) =>
      (await allPages(cf, { ...request, limit: 3, sort: { by: 'reference', direction: 'asc' } })).rows.map(
        (item) => item.title,
      );
    expect(await titles({ filters: { status: ['under_investigation'] } })).toEqual([
      'Allegation 1',
      'Allegation 4',
      'Allegation 9',
    ]);
    expect(await titles({ filters: { category: ['SA'], urgent: false } })).toEqual([
      'Allegation 2',
      'Allegation 5',
      'Allegation 8',
      'Allegation 11',
    ]);
    expect(await titles({ filters: { urgent: true } })).toEqual([
      'Allegation 0',
      'Allegation 3',
      'Allegation 9',
      'Allegation 12',
    ]);
    expect(await titles({ filters: { urgent: true, includeArchived: true } })).toEqual([
      'Allegation 0',
      'Allegation 3',
      'Allegation 6',
      'Allegation 9',
      'Allegation 12',
    ]);
    const eleventh = all.find((item) => item.title === 'Allegation 10')!;
    expect(await titles({ search: eleventh.reference })).toEqual(['Allegation 10']);
    // Its number as typed (11, the eleventh reference) finds it; 'Allegation 11' is found by its title.
    expect(eleventh.reference.endsWith('-0011')).toBe(true);
    expect(await titles({ search: '11' })).toEqual(['Allegation 10', 'Allegation 11']);
    expect(await titles({ search: 'allegation 1' })).toEqual([
      'Allegation 1',
      'Allegation 10',
      'Allegation 11',
      'Allegation 12',
      'Allegation 13',
    ]);
    const first = await cf.call('cases.page', { search: 'allegation 1', limit: 2 });
    expect(first.counts).toEqual({ matching: 5, total: 14 });
  });

  it('refuses a cursor of another order in plain words', async () => {
    const cf = await caseFile();
    await manyCases(cf);
    const first = await cf.call('cases.page', { limit: 2, sort: { by: 'updatedAt', direction: 'desc' } });
    expect(first.next).toBeDefined();
    const reply = await cf.attempt('cases.page', {
      limit: 2,
      after: first.next,
      sort: { by: 'reference', direction: 'asc' },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
