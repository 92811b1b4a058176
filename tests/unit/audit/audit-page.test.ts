import { describe, expect, it } from 'vitest';
import { intake, useCaseFiles, type CaseFile } from '../cases/case-file-fixture.js';
import { writeAuditRows } from './audit-rows-fixture.js';

const caseFile = useCaseFiles();

/** Every page of a request, followed by its cursor to the end. */
async function allPages(cf: CaseFile, request: Parameters<CaseFile['call']>[1] & object) {
  const pages = [];
  let after: string | undefined;
  do {
    const page = await cf.call('audit.page', { ...request, ...(after === undefined ? {} : { after }) } as never);
    pages.push(page);
    after = page.next;
  } while (after !== undefined);
  return pages;
}

describe('audit.page', () => {
  it("pages a case's rows newest first by cursor: every row once, in order, none of another case", async () => {
    const cf = await caseFile();
    const first = (await cf.call('cases.create', intake({ title: 'First' }))).id;
    const second = (await cf.call('cases.create', intake({ title: 'Second' }))).id;
    await writeAuditRows(cf, first, 449);
    await writeAuditRows(cf, second, 30);

    const pages = await allPages(cf, { caseId: first, sort: { by: 'seq', direction: 'desc' }, limit: 200 });
    expect(pages.map((page) => page.rows.length)).toEqual([200, 200, 50]);
    const seqs = pages.flatMap((page) => page.rows.map((row) => row.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(450);
    expect(pages.flatMap((page) => page.rows).every((row) => row.caseId === first)).toBe(true);
    expect(seqs.at(-1)).toBe(1);
    // Counted on the first page only: a later page is read by its index alone.
    expect(pages[0]!.counts).toEqual({ matching: 450, total: 450 });
    expect(pages.slice(1).map((page) => page.counts)).toEqual([undefined, undefined]);
    expect(pages.at(-1)!.next).toBeUndefined();
  });

  it('pages the whole vault oldest first, and a row written between two pages comes in its place', async () => {
    const cf = await caseFile();
    const id = (await cf.call('cases.create', intake())).id;
    await writeAuditRows(cf, id, 9);
    const firstPage = await cf.call('audit.page', { sort: { by: 'seq', direction: 'asc' }, limit: 6 });
    expect(firstPage.rows.map((row) => row.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    await cf.call('cases.update', { caseId: id, changes: { urgent: true } });
    const rest = await cf.call('audit.page', {
      sort: { by: 'seq', direction: 'asc' },
      limit: 6,
      after: firstPage.next!,
    });
    expect(rest.rows.map((row) => row.seq)).toEqual([7, 8, 9, 10, 11]);
    expect(rest.rows.at(-1)!.action).toBe('case.update');
    expect(rest.next).toBeUndefined();
  });

  it('searches who acted, in SQL, counting the rows kept out of the case', async () => {
    const cf = await caseFile();
    const id = (await cf.call('cases.create', intake())).id;
    await writeAuditRows(cf, id, 5, 'Amina Diallo');
    await writeAuditRows(cf, id, 7, 'Jonas_Berg');
    const amina = await cf.call('audit.page', { caseId: id, search: 'amina', sort: { by: 'seq', direction: 'desc' } });
    expect(amina.rows.map((row) => row.actor)).toEqual(Array(5).fill('Amina Diallo'));
    expect(amina.counts).toEqual({ matching: 5, total: 13 });
    // LIKE's own characters are searched as they are: `_` is not any one character ("Amina Diallo").
    const underscore = await cf.call('audit.page', { caseId: id, search: 'a_d' });
    expect(underscore.counts?.matching).toBe(0);
  });

  it('refuses a cursor that is not one it gave, or one of the other order, in words', async () => {
    const cf = await caseFile();
    const id = (await cf.call('cases.create', intake())).id;
    await writeAuditRows(cf, id, 5);
    const descending = await cf.call('audit.page', { caseId: id, sort: { by: 'seq', direction: 'desc' }, limit: 2 });
    const words = 'The list could not go on from where it was. Show it again from the top.';
    expect(
      await cf.refusal('audit.page', { caseId: id, sort: { by: 'seq', direction: 'asc' }, after: descending.next! }),
    ).toMatchObject({ code: 'VALIDATION', message: words });
    const forged = Buffer.from(JSON.stringify({ order: 'seq:desc', key: ['3'] })).toString('base64url');
    expect(
      await cf.refusal('audit.page', { caseId: id, sort: { by: 'seq', direction: 'desc' }, after: forged }),
    ).toMatchObject({ message: words });
    expect(await cf.refusal('audit.page', { caseId: id, after: 'bm90LWpzb24' })).toMatchObject({ message: words });
  });
});
