import { describe, expect, it } from 'vitest';
import type { PeopleListRequest, PersonSummary } from '../../../shared/contract/people.js';
import {
  guardian,
  MINUTE,
  openCase,
  START,
  subject,
  useCaseFiles,
  victim,
  witness,
  type CaseFile,
} from './people-fixture.js';

const caseFile = useCaseFiles();

const SECRET_NAME = 'Amina Ndakala-Secret';

/** 25 victims, 12 witnesses and 5 subjects in mixed order, minutes apart; every third victim strictly confidential. */
async function addPeople(cf: CaseFile, caseId: string): Promise<PersonSummary[]> {
  const added: PersonSummary[] = [];
  for (let n = 0; n < 25; n += 1) {
    const profile = n % 3 === 0 ? { ...victim(), confidentiality: 'strictly_confidential' as const } : victim();
    added.push(await cf.call('people.add', { caseId, profile }));
    cf.clock.advance(MINUTE);
    if (n % 2 === 0 && n < 24) added.push(await cf.call('people.add', { caseId, profile: witness() }));
    if (n % 5 === 0) added.push(await cf.call('people.add', { caseId, profile: subject() }));
    cf.clock.advance(MINUTE);
  }
  return added;
}

/** Every page of one query, in order. */
async function allPages(cf: CaseFile, request: PeopleListRequest): Promise<{ rows: PersonSummary[]; pages: number }> {
  const rows: PersonSummary[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await cf.call('people.page', { ...request, ...(after ? { after } : {}) });
    rows.push(...page.rows);
    after = page.next;
    pages += 1;
  } while (after);
  return { rows, pages };
}

const codes = (rows: readonly PersonSummary[]) => rows.map((row) => row.code);

describe('the people list a page at a time', () => {
  it('pages concatenate to the list by code (victims first, V-02 before V-10), both ways, and by time', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const other = await openCase(cf);
    const added = await addPeople(cf, caseId);
    await cf.call('people.add', { caseId: other.id, profile: victim() });
    const { items } = await cf.call('people.list', { caseId });
    expect(items).toHaveLength(42);

    const byCode = await allPages(cf, { caseId, limit: 5 });
    expect(byCode.pages).toBe(9);
    expect(byCode.rows).toEqual(items);
    expect(codes(byCode.rows).slice(8, 11)).toEqual(['V-09', 'V-10', 'V-11']);
    expect(codes(byCode.rows).slice(24, 26)).toEqual(['V-25', 'W-01']);

    const backwards = await allPages(cf, { caseId, limit: 7, sort: { by: 'code', direction: 'desc' } });
    expect(codes(backwards.rows)).toEqual(codes(items).reverse());

    const byAdded = await allPages(cf, { caseId, limit: 6, sort: { by: 'addedAt', direction: 'asc' } });
    const addedOrder = [...added].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    expect(codes(byAdded.rows)).toEqual(codes(addedOrder));
  });

  it('filters by role and confidentiality, and counts what matches out of the case', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    await addPeople(cf, caseId);
    const witnesses = await cf.call('people.page', { caseId, filters: { role: 'witness' }, limit: 5 });
    expect(witnesses.counts).toEqual({ matching: 12, total: 42 });
    expect(codes(witnesses.rows)).toEqual(['W-01', 'W-02', 'W-03', 'W-04', 'W-05']);
    // A later page is read by its index alone: the counts came with the first.
    const after = await cf.call('people.page', {
      caseId,
      filters: { role: 'witness' },
      limit: 5,
      after: witnesses.next,
    });
    expect(codes(after.rows)).toEqual(['W-06', 'W-07', 'W-08', 'W-09', 'W-10']);
    expect(after.counts).toBeUndefined();
    const confidential = await allPages(cf, {
      caseId,
      filters: { role: 'victim', confidentiality: 'strictly_confidential' },
    });
    expect(codes(confidential.rows)).toEqual(['V-01', 'V-04', 'V-07', 'V-10', 'V-13', 'V-16', 'V-19', 'V-22', 'V-25']);
  });

  it('narrows to the people with an identity recorded, by whether one is and never by what it holds', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    await addPeople(cf, caseId);
    const named = await cf.call('people.add', { caseId, profile: victim(), identity: { fullName: SECRET_NAME } });
    const unnamed = await cf.call('people.page', { caseId, filters: { role: 'victim' }, limit: 1 });
    await cf.call('people.setIdentity', {
      personId: unnamed.rows[0]!.id,
      identity: { contact: '+236 70 00 00 00', confidentiality: 'strictly_confidential' },
    });
    await cf.call('people.add', { caseId, profile: witness(), identity: { fullName: 'Another name' } });
    const recorded = await cf.call('people.page', { caseId, filters: { role: 'victim', identity: 'recorded' } });
    expect(codes(recorded.rows)).toEqual(['V-01', named.code]);
    expect(recorded.counts).toEqual({ matching: 2, total: 44 });
    expect(JSON.stringify(recorded)).not.toContain(SECRET_NAME);
  });

  it('searches the code as shown or as typed, and never an identity value', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    await addPeople(cf, caseId);
    const named = await cf.call('people.add', { caseId, profile: witness(), identity: { fullName: SECRET_NAME } });
    const search = async (text: string) => codes((await allPages(cf, { caseId, search: text })).rows);

    expect(await search('v1')).toEqual(['V-01']);
    expect(await search('w 012')).toEqual(['W-12']);
    expect(await search('V-1')).toEqual([
      'V-01',
      'V-10',
      'V-11',
      'V-12',
      'V-13',
      'V-14',
      'V-15',
      'V-16',
      'V-17',
      'V-18',
      'V-19',
    ]);
    expect(await search('3')).toEqual(['V-03', 'V-13', 'V-23', 'W-03', 'W-13', 'S-03']);
    expect(named.code).toBe('W-13');
    expect(await search('Amina')).toEqual([]);
    expect(await search('%')).toEqual([]);
  });

  it('gives the codes of the people a page refers to, though they are on another page', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const parent = await cf.call('people.add', { caseId, profile: guardian() });
    const child = await cf.call('people.add', { caseId, profile: victim('minor', { guardianPersonId: parent.id }) });
    const page = await cf.call('people.page', { caseId, limit: 1 });
    expect(codes(page.rows)).toEqual([child.code]);
    expect(page.codes).toEqual({ [parent.id]: 'G-01' });
  });

  it('refuses a cursor of another order, or one made up, in plain words', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    await addPeople(cf, caseId);
    const first = await cf.call('people.page', { caseId, limit: 3 });
    const wrongOrder = await cf.refusal('people.page', {
      caseId,
      limit: 3,
      sort: { by: 'addedAt', direction: 'asc' },
      after: first.next!,
    });
    expect(wrongOrder.code).toBe('VALIDATION');
    expect(wrongOrder.message).not.toMatch(/cursor|code:/i);
    const madeUp = Buffer.from(JSON.stringify({ order: 'code:asc', key: ['x', 1] })).toString('base64url');
    expect((await cf.refusal('people.page', { caseId, after: madeUp })).code).toBe('VALIDATION');
  });
});
