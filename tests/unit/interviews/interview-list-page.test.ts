import { describe, expect, it } from 'vitest';
import { caseRecords } from '../../../electron/core/cases/case-store.js';
import { followFindings } from '../../../electron/core/cases/case-status.js';
import { interviewListPage } from '../../../electron/core/interviews/interview-list-page.js';
import type { VaultDatabase } from '../../../electron/core/kernel/vault/database.js';
import { InterviewListRequest, type InterviewSummary } from '../../../shared/contract/interviews.js';
import {
  arrangements,
  at,
  consent,
  MINUTE,
  openCase,
  START,
  useCaseFiles,
  witness,
  type CaseFile,
} from '../people/people-fixture.js';

const caseFile = useCaseFiles();

/** How far from the clock's start each interview is planned, in minutes; null: not yet dated. */
const PLANNED = [-300, -120, null, -600, -120, 30, null, -45, -480, -300, -200, null, -30, -700];

/**
 * Six witnesses and fourteen interviews planned a minute apart, in the mixed order above; the
 * 2nd and 9th took place after the risk assessment (their date becomes when), the 6th and 12th
 * were cancelled. Another case holds an interview of its own.
 */
async function planInterviews(cf: CaseFile) {
  const { id: caseId } = await openCase(cf);
  const people = [];
  for (let n = 0; n < 6; n += 1) people.push(await cf.call('people.add', { caseId, profile: witness() }));
  for (const [n, minutes] of PLANNED.entries()) {
    const person = people[n % 6]!;
    const planned = await cf.call('interviews.plan', {
      caseId,
      personId: person.id,
      arrangements: { ...arrangements(), scheduledAt: minutes === null ? undefined : at(START, minutes) },
    });
    if (n === 1 || n === 8) {
      await cf.call('consents.record', consent(person.id, at(START, -800)));
      await cf.call('interviews.markConducted', { interviewId: planned.id, conductedAt: at(START, -179 + n) });
    }
    if (n === 5 || n === 11) await cf.call('interviews.cancel', { interviewId: planned.id, reason: 'Moved away' });
    cf.clock.advance(MINUTE);
  }
  const other = await openCase(cf);
  const outsider = await cf.call('people.add', { caseId: other.id, profile: witness() });
  await cf.call('interviews.plan', { caseId: other.id, personId: outsider.id, arrangements: arrangements() });
  const { items } = await cf.call('interviews.list', { caseId });
  return { caseId, items };
}

/** Every page of one query, in order. */
async function allPages(cf: CaseFile, request: InterviewListRequest) {
  const rows: InterviewSummary[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await cf.call('interviews.page', { ...request, ...(after ? { after } : {}) });
    rows.push(...page.rows);
    after = page.next;
    pages += 1;
  } while (after);
  return { rows, pages };
}

/** The list's order worked out here from the rows: by date (undated first), then in the order planned. */
function inListOrder(items: readonly InterviewSummary[], planOrder: readonly string[]): InterviewSummary[] {
  const dateOf = (row: InterviewSummary) => row.conductedAt ?? row.scheduledAt ?? '';
  return [...items].sort(
    (a, b) => dateOf(a).localeCompare(dateOf(b)) || planOrder.indexOf(a.id) - planOrder.indexOf(b.id),
  );
}

describe('the interviews list a page at a time', () => {
  it('pages concatenate to the list by date, undated first and ties in the order planned, both ways', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, items } = await planInterviews(cf);
    expect(items).toHaveLength(PLANNED.length);
    const planOrder = (await allPages(cf, { caseId, limit: 200 })).rows.map((row) => row.id);
    const expected = inListOrder(items, planOrder);

    const forwards = await allPages(cf, { caseId, limit: 4 });
    expect(forwards.pages).toBe(4);
    expect(forwards.rows).toEqual(expected);
    // The undated come first; a conducted interview is dated by when it took place, not when planned.
    expect(forwards.rows.slice(0, 3).map((row) => row.scheduledAt)).toEqual([undefined, undefined, undefined]);
    const dated = forwards.rows.map((row) => `${row.personCode} ${row.status}`);
    expect(dated.slice(3, 12)).toEqual([
      'W-02 planned', // -700
      'W-04 planned', // -600
      'W-01 planned', // -300, planned first
      'W-04 planned', // -300, planned after
      'W-05 planned', // -200
      'W-02 conducted', // -178 (planned for -120)
      'W-03 conducted', // -171 (planned for -480)
      'W-05 planned', // -120
      'W-02 planned', // -45
    ]);

    const backwards = await allPages(cf, { caseId, limit: 3, sort: { by: 'date', direction: 'desc' } });
    expect(backwards.rows).toEqual([...expected].reverse());
  });

  it('filters by status and searches the interviewee code, counting what matches out of the case', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, items } = await planInterviews(cf);
    const cancelled = await cf.call('interviews.page', { caseId, filters: { status: 'cancelled' } });
    expect(cancelled.counts).toEqual({ matching: 2, total: PLANNED.length });
    expect(cancelled.rows.map((row) => row.status)).toEqual(['cancelled', 'cancelled']);
    expect(cancelled.next).toBeUndefined();

    const ofW03 = await allPages(cf, { caseId, search: 'W-03', limit: 2 });
    expect(ofW03.rows.map((row) => row.personCode)).toEqual(['W-03', 'W-03']);
    expect(new Set(ofW03.rows.map((row) => row.id))).toEqual(
      new Set(items.filter((item) => item.personCode === 'W-03').map((item) => item.id)),
    );
    const planned = await cf.call('interviews.page', { caseId, search: '-0', filters: { status: 'planned' } });
    expect(planned.counts).toEqual({ matching: PLANNED.length - 4, total: PLANNED.length });
    const none = await cf.call('interviews.page', { caseId, search: '%' });
    expect(none).toMatchObject({ rows: [], counts: { matching: 0, total: PLANNED.length } });
  });

  it('finds the interviewee by the code as typed (w3, W 03, 3), as the people list does', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId, items } = await planInterviews(cf);
    const ofW03 = items.filter((item) => item.personCode === 'W-03').map((item) => item.id);
    for (const typed of ['w3', 'W 03', 'w-3', '3']) {
      const found = await cf.call('interviews.page', { caseId, search: typed });
      expect(new Set(found.rows.map((row) => row.id))).toEqual(new Set(ofW03));
      expect(found.counts).toEqual({ matching: ofW03.length, total: PLANNED.length });
    }
    // Another role's letter with the same number is someone else.
    expect((await cf.call('interviews.page', { caseId, search: 'v3' })).counts?.matching).toBe(0);
  });

  it('counts on the first page only: a later page is read without counting again', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId } = await planInterviews(cf);
    const first = await cf.call('interviews.page', { caseId, filters: { status: 'planned' }, limit: 4 });
    expect(first.counts).toEqual({ matching: PLANNED.length - 4, total: PLANNED.length });
    const second = await cf.call('interviews.page', {
      caseId,
      filters: { status: 'planned' },
      limit: 4,
      after: first.next!,
    });
    expect(second.rows).toHaveLength(4);
    expect(second.counts).toBeUndefined();
  });

  it('refuses a forged cursor, or one of another order, with a plain message', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId } = await planInterviews(cf);
    const first = await cf.call('interviews.page', { caseId, limit: 2 });
    expect(first.next).toBeDefined();
    const forged = [
      Buffer.from(`{"order":"date:asc","key":["1; DROP TABLE interviews","${START}","x"]}`).toString('base64url'),
      Buffer.from('{"order":"date:asc","key":[0]}').toString('base64url'),
      Buffer.from('not json at all').toString('base64url'),
    ];
    for (const after of [...forged, first.next!]) {
      const sort = after === first.next ? { sort: { by: 'date', direction: 'desc' } as const } : {};
      expect(await cf.refusal('interviews.page', { caseId, after, ...sort })).toMatchObject({
        code: 'VALIDATION',
        message: 'The list could not go on from where it was. Show it again from the top.',
      });
    }
    expect((await cf.refusal('interviews.page', { caseId, limit: 201 })).code).toBe('VALIDATION');
  });

  it('reads a page through migration 0031’s index, never sorting the whole case', async () => {
    const cf = await caseFile({ startAt: START });
    const { caseId } = await planInterviews(cf);
    const first = await cf.call('interviews.page', { caseId, limit: 3 });
    const plans = await cf.rawDatabase((db) => {
      const explained: string[] = [];
      // The page's own statements, each explained with the values it is run with.
      const explaining = {
        prepare(sql: string) {
          const statement = db.prepare(sql);
          const explain = (params: unknown) => {
            if (sql.includes('LIMIT'))
              explained.push(
                (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
                  .map((step) => step.detail)
                  .join(' | '),
              );
          };
          return {
            all: (params: unknown) => (explain(params), statement.all(params)),
            pluck: () => ({ get: (params: unknown) => statement.pluck().get(params) }),
          };
        },
      } as unknown as VaultDatabase;
      // The case is found on the database itself; only the page's statements are explained.
      const cases = { ...caseRecords, followFindings, get: (_: VaultDatabase, id: string) => caseRecords.get(db, id) };
      for (const direction of ['asc', 'desc'] as const)
        interviewListPage(
          explaining,
          cases,
          InterviewListRequest.parse({ caseId, after: undefined, limit: 3, sort: { by: 'date', direction } }),
        );
      interviewListPage(explaining, cases, InterviewListRequest.parse({ caseId, after: first.next, limit: 3 }));
      return explained;
    });
    expect(plans).toHaveLength(3);
    for (const plan of plans) {
      expect(plan).toMatch(/SEARCH i USING INDEX interviews_by_date/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
