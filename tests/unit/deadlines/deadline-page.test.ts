import { describe, expect, it } from 'vitest';
import { deadlinePage } from '../../../electron/core/deadlines/deadline-page.js';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { DeadlinePageRequest } from '../../../shared/contract/deadlines.js';
import type { MethodInput } from '../../../shared/contract/index.js';
import { deadlinesOf, intake, jumpTo, useCaseFiles, withCoreContext, type CaseFile } from './deadlines-fixture.js';

const open = useCaseFiles();

/** Three cases whose incidents start the rapid-response clocks, one deadline closed on time, one late. */
async function threeCases(file: CaseFile): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, from] of ['2026-03-09T22:00', '2026-03-08T10:00', '2026-03-09T06:00'].entries()) {
    const record = await file.call(
      'cases.create',
      intake({
        title: `Case ${index + 1}`,
        dateReceived: '2026-03-10',
        incidentDates: [{ precision: 'exact', from, timeZone: 'UTC' }],
      }),
    );
    ids.push(record.id);
  }
  const [first, second] = [await deadlinesOf(file, ids[0]), await deadlinesOf(file, ids[1])];
  await file.call('deadlines.close', { deadlineId: first[0]!.id, action: 'Done on time' });
  await jumpTo(file, '2026-03-13T06:00:00.000Z');
  await file.call('deadlines.close', { deadlineId: second[0]!.id, action: 'Done late' });
  return ids;
}

/** Every page of a request, by its cursors. */
async function everyPage(file: CaseFile, request: MethodInput<'deadlines.page'>) {
  const pages = [];
  let after: string | undefined;
  do {
    const page = await file.call('deadlines.page', { ...request, ...(after === undefined ? {} : { after }) });
    pages.push(page);
    after = page.next;
  } while (after !== undefined);
  return pages;
}

describe('deadlines.page', () => {
  it('pages every case most urgent first, in the order of deadlines.list, closed ones last on request', async () => {
    const file = await open();
    await threeCases(file);
    for (const includeClosed of [false, true]) {
      const listed = (await deadlinesOf(file, undefined, includeClosed)).map((item) => item.id);
      const pages = await everyPage(file, { filters: { includeClosed }, limit: 2 });
      expect(pages.flatMap((page) => page.rows.map((item) => item.id))).toEqual(listed);
      expect(pages.every((page) => page.matching === listed.length)).toBe(true);
      expect(pages.slice(0, -1).every((page) => page.rows.length === 2)).toBe(true);
    }
    const all = await everyPage(file, { filters: { includeClosed: true }, limit: 200 });
    expect(all[0]!.rows.slice(-2).map((item) => item.state)).toEqual(['closed_late', 'closed']);
  });

  it('counts the open deadlines by where they stand now, as deadlineState does', async () => {
    const file = await open();
    await threeCases(file);
    const listed = await deadlinesOf(file);
    const page = await file.call('deadlines.page', { limit: 1 });
    const count = (state: string) => listed.filter((item) => item.state === state).length;
    expect(page.counts).toEqual({ overdue: count('overdue'), dueSoon: count('due_soon'), open: count('open') });
    expect(page.counts.overdue + page.counts.dueSoon + page.counts.open).toBe(listed.length);
    expect(page.counts.overdue).toBeGreaterThan(0);
  });

  it('narrows to one case, by id or reference, and offers every case listed as a choice', async () => {
    const file = await open();
    const ids = await threeCases(file);
    const record = await file.call('cases.get', { caseId: ids[2]! });
    const byReference = await file.call('deadlines.page', { filters: { caseId: record.reference } });
    expect(byReference.rows.map((item) => item.id)).toEqual((await deadlinesOf(file, ids[2])).map((item) => item.id));
    expect(byReference.rows.every((item) => item.caseId === ids[2])).toBe(true);
    expect(byReference.cases.map((listed) => listed.id).sort()).toEqual([...ids].sort());
  });

  it('refuses a cursor it did not give, or one of the other direction, in words', async () => {
    const file = await open();
    await threeCases(file);
    const first = await file.call('deadlines.page', { limit: 2 });
    const words = 'The list could not go on from where it was. Show it again from the top.';
    expect(
      await file.refusal('deadlines.page', { sort: { by: 'urgency', direction: 'desc' }, after: first.next! }),
    ).toMatchObject({ code: 'VALIDATION', message: words });
    const forged = Buffer.from(JSON.stringify({ order: 'urgency:asc', key: [0, 0, 5, 0, 1] })).toString('base64url');
    expect(await file.refusal('deadlines.page', { after: forged })).toMatchObject({ message: words });
  });

  it('reads a page through migration 0032’s indexes, never sorting every deadline', async () => {
    const file = await open();
    const ids = await threeCases(file);
    const first = await file.call('deadlines.page', { filters: { includeClosed: true }, limit: 2 });
    const plans = await withCoreContext(file, (ctx) => {
      const db = ctx.db();
      const explained: string[] = [];
      // The page's own statements, each explained with the values it is run with.
      const explaining = new Proxy(db, {
        get(target, name: keyof VaultDatabase) {
          if (name !== 'prepare') {
            const value = target[name];
            return typeof value === 'function' ? value.bind(target) : value;
          }
          return (sql: string) => {
            const statement = target.prepare(sql);
            if (!sql.includes('LIMIT @limit')) return statement;
            return {
              all: (params: Record<string, unknown>) => {
                const plan = target.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
                explained.push(plan.map((step) => step.detail).join(' | '));
                return statement.all(params);
              },
            };
          };
        },
      });
      for (const filters of [{ includeClosed: true }, { caseId: ids[1]!, includeClosed: true }, {}])
        deadlinePage(
          ctx.ports,
          explaining,
          DeadlinePageRequest.parse({ filters, limit: 2, after: 'caseId' in filters ? undefined : first.next }),
          file.clock.now,
        );
      return explained;
    });
    expect(plans).toHaveLength(3);
    expect(plans[0]).toContain('deadlines_by_urgency');
    expect(plans[1]).toContain('deadlines_by_case_urgency');
    expect(plans[2]).toContain('deadlines_by_urgency');
    for (const plan of plans) expect(plan).not.toContain('TEMP B-TREE');
  });
});
