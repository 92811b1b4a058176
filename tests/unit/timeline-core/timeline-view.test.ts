import { describe, expect, it } from 'vitest';
import { caseFileContext } from '../../../electron/core/composition.js';
import { timelinePage } from '../../../electron/core/timeline/timeline-view.js';
import type { MethodOutput } from '../../../shared/contract/index.js';
import { arrangements, intake, useCaseFiles } from '../people/people-fixture.js';

const open = useCaseFiles();

const GEOMETRY = { widthPx: 750, gapPx: 210, minWidthPx: 16, minSpacingPx: 24 };
const DAY = 86_400_000;
const START = Date.parse('2026-01-05T08:00:00.000Z');
const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** A case with `count` manual events, one every `stepMs` from 5 January 2026, and one undated. */
async function caseWithEvents(count: number, stepMs: number) {
  const file = await open();
  const record = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
  for (let index = 0; index < count; index++)
    await file.call('timeline.add', {
      caseId: record.id,
      event: {
        date: { precision: 'exact', from: minute(START + index * stepMs), timeZone: 'UTC' },
        kind: 'investigative_action',
        title: `Patrol log entry ${index + 1}`,
        basis: 'established',
      },
    });
  await file.call('timeline.add', {
    caseId: record.id,
    event: {
      date: { precision: 'unknown' },
      kind: 'incident',
      title: 'Money handed over',
      basis: 'reported_by_source',
    },
  });
  return { file, caseId: record.id };
}

describe('the chart of a chronology, laid out by the core', () => {
  it('sends a bounded number of marks that still count every event, clusters opening their period', async () => {
    const { file, caseId } = await caseWithEvents(300, 3 * 60_000);
    const chart = await file.call('timeline.chart', { caseId, view: null, ...GEOMETRY });
    const { dated, undated } = await file.call('timeline.list', { caseId });
    expect(chart.dated).toBe(dated.length);
    expect(chart.undated).toBe(undated.length);
    expect(chart.marks.length).toBeLessThanOrEqual(GEOMETRY.widthPx / GEOMETRY.minSpacingPx + 1);
    expect(chart.marks.reduce((sum, mark) => sum + mark.count, 0) + chart.before + chart.after).toBe(dated.length);
    const cluster = chart.marks.find((mark) => mark.count > 1 && mark.zoomTo !== null);
    expect(cluster).toBeDefined();
    // A cluster carries its period to show, not its events; a single mark carries its event.
    expect(cluster?.entry).toBeNull();
    expect(cluster?.listed).toEqual([]);
    expect(chart.marks.filter((mark) => mark.count === 1).every((mark) => mark.entry?.id === mark.firstId)).toBe(true);

    const closer = await file.call('timeline.chart', { caseId, view: cluster!.zoomTo, ...GEOMETRY });
    expect(closer.range).toEqual(cluster!.zoomTo);
    expect(closer.marks.reduce((sum, mark) => sum + mark.count, 0)).toBeGreaterThanOrEqual(cluster!.count);
    expect(closer.before + closer.after).toBeGreaterThan(0);
  });

  it('lists the events of a cluster no zoom can pull apart', async () => {
    const { file, caseId } = await caseWithEvents(40, 0);
    const chart = await file.call('timeline.chart', { caseId, view: null, ...GEOMETRY });
    const [mark] = chart.marks.filter((candidate) => candidate.count === 40);
    expect(mark?.zoomTo).toBeNull();
    expect(mark?.listed.map((entry) => entry.title)).toHaveLength(40);
  });

  it('reads again what changed since the last view', async () => {
    const { file, caseId } = await caseWithEvents(3, DAY);
    const first = await file.call('timeline.chart', { caseId, view: null, ...GEOMETRY });
    await file.call('timeline.add', {
      caseId,
      event: {
        date: { precision: 'day', from: '2026-01-06', timeZone: 'UTC' },
        kind: 'incident',
        title: 'Visit to the water point',
        basis: 'reported_by_source',
      },
    });
    const second = await file.call('timeline.chart', { caseId, view: first.range, ...GEOMETRY });
    expect(second.dated).toBe(first.dated + 1);
    const titles = second.marks.flatMap((mark) => (mark.entry ? [mark.entry.title] : []));
    expect(titles).toContain('Visit to the water point');
  });

  it('never draws an undated event, and counts it apart', async () => {
    const { file, caseId } = await caseWithEvents(0, DAY);
    const chart = await file.call('timeline.chart', { caseId, view: null, ...GEOMETRY });
    const { undated } = await file.call('timeline.list', { caseId });
    expect(undated.map((entry) => entry.title)).toContain('Money handed over');
    expect(chart.undated).toBe(undated.length);
    expect(chart.marks.reduce((sum, mark) => sum + mark.count, 0)).toBe(chart.dated);
    expect(chart.marks.every((mark) => mark.entry?.title !== 'Money handed over')).toBe(true);
  });
});

describe('the chronology as a table, a page at a time', () => {
  it('reads every event once, in the order of timeline.list, with the counts on the first page', async () => {
    const { file, caseId } = await caseWithEvents(120, DAY / 4);
    const { dated, undated } = await file.call('timeline.list', { caseId });
    const first = await file.call('timeline.page', { caseId, part: 'dated', limit: 50 });
    expect(first.counts).toEqual({ matching: dated.length, total: dated.length });
    const ids = first.rows.map((row) => row.id);
    let next = first.next;
    while (next !== undefined) {
      const page = await file.call('timeline.page', { caseId, part: 'dated', limit: 50, after: next });
      expect(page.counts).toBeUndefined();
      ids.push(...page.rows.map((row) => row.id));
      next = page.next;
    }
    expect(ids).toEqual(dated.map((entry) => entry.id));
    const apart = await file.call('timeline.page', { caseId, part: 'undated', limit: 50 });
    expect(apart.rows.map((row) => row.id)).toEqual(undated.map((entry) => entry.id));
    expect(apart.next).toBeUndefined();
  });

  it('goes on after a removed row from where it stood, and refuses a cursor it did not give', async () => {
    const { file, caseId } = await caseWithEvents(10, DAY);
    const first = await file.call('timeline.page', { caseId, part: 'dated', limit: 4 });
    const last = first.rows.at(-1)!;
    await file.call('timeline.remove', { eventId: last.id, reason: 'Entered in the wrong case.' });
    const { dated } = await file.call('timeline.list', { caseId });
    const after = await file.call('timeline.page', { caseId, part: 'dated', limit: 4, after: first.next! });
    expect(after.rows[0]?.id).toBe(dated[dated.findIndex((entry) => entry.id === first.rows[2]!.id) + 1]?.id);
    const forged = await file.refusal('timeline.page', { caseId, part: 'dated', limit: 4, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.code).toBe('VALIDATION');
  });
});

describe('the kept chronology', () => {
  type Row = MethodOutput<'timeline.page'>['rows'][number];
  const byId = (rows: readonly Row[], id: string) => rows.find((row) => row.id === id);

  it('is read again after a write to any table it is read from, even one that leaves no audit row', async () => {
    const file = await open();
    const record = await file.call(
      'cases.create',
      intake({ incidentDates: [{ precision: 'day', from: '2026-02-14', timeZone: 'UTC' }] }),
    );
    const caseId = record.id;
    const victim = await file.call('people.add', {
      caseId,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    });
    const interview = await file.call('interviews.plan', {
      caseId,
      personId: victim.id,
      arrangements: arrangements({ scheduledAt: '2026-03-12T08:00:00.000Z' }),
    });
    await file.call('deadlines.recordMilestone', {
      caseId,
      milestone: 'referred_for_investigation',
      at: '2026-03-10T08:30:00.000Z',
    });
    const item = await file.call('evidence.create', {
      caseId,
      type: 'biological',
      description: 'Swabs in sealed kit',
      collectedAt: '2026-03-10T07:00:00.000Z',
    });
    await file.call('custody.add', {
      itemId: item.id,
      kind: 'handed_over',
      at: '2026-03-10T08:00:00.000Z',
      from: 'Investigator One',
      to: 'Lab courier',
      purpose: 'Transport to the laboratory',
    });
    const manual = await file.call('timeline.add', {
      caseId,
      event: {
        date: { precision: 'day', from: '2026-03-11', timeZone: 'UTC' },
        kind: 'investigative_action',
        title: 'Site visit',
        basis: 'established',
      },
    });
    const rows = async () => (await file.call('timeline.page', { caseId, part: 'dated', limit: 100 })).rows;
    const auditRows = () => file.rawDatabase((db) => db.prepare('SELECT count(*) AS n FROM audit_log').pluck().get());

    const interviewId = `interview:${interview.id}`;
    const before = await rows();
    expect(byId(before, interviewId)?.title).toContain(victim.code);
    const columns = await file.rawDatabase((db) =>
      db.prepare("SELECT name FROM pragma_table_info('custody_events')").pluck().all(),
    );
    const CUSTODY_COPIED = (columns as string[])
      .filter((name) => !['seq', 'id', 'sequence', 'at'].includes(name))
      .join(', ');
    const changes: [string, string, unknown[], (after: readonly Row[]) => void][] = [
      [
        'a manual event (timeline_events)',
        `UPDATE timeline_events SET title = 'Site visit, second round' WHERE id = ?`,
        [manual.id],
        (after) => expect(byId(after, manual.id)?.title).toBe('Site visit, second round'),
      ],
      [
        "the case's incident dates (cases)",
        `UPDATE cases SET incident_dates = '[]' WHERE id = ?`,
        [caseId],
        (after) => expect(after.some((row) => row.kind === 'incident')).toBe(false),
      ],
      [
        'a status change (case_status_changes)',
        `UPDATE case_status_changes SET reason = 'Reported by the field office', reason_code = NULL WHERE case_id = ?`,
        [caseId],
        (after) => expect(byId(after, 'status:1')?.description).toBe('Reported by the field office'),
      ],
      [
        'a milestone (case_milestones)',
        'DELETE FROM case_milestones WHERE case_id = ?',
        [caseId],
        (after) => expect(after.some((row) => row.kind === 'referral')).toBe(false),
      ],
      [
        "a person's code (people)",
        `UPDATE people SET code = 'V-77' WHERE id = ?`,
        [victim.id],
        (after) => expect(byId(after, interviewId)?.title).toContain('V-77'),
      ],
      [
        'an interview (interviews)',
        `UPDATE interviews SET status = 'cancelled' WHERE id = ?`,
        [interview.id],
        (after) => expect(byId(after, interviewId)).toBeUndefined(),
      ],
      [
        'a custody event (custody_events: never changed, so one more logged)',
        `INSERT INTO custody_events (${CUSTODY_COPIED}, id, sequence, at)
           SELECT ${CUSTODY_COPIED}, '00000000-0000-4000-8000-00000000c057', sequence + 1, '2026-03-10T09:00:00.000Z'
             FROM custody_events WHERE item_id = ?`,
        [item.id],
        (after) => expect(byId(after, 'custody:00000000-0000-4000-8000-00000000c057')?.kind).toBe('custody'),
      ],
      [
        'an evidence item (evidence_items)',
        `UPDATE evidence_items SET collected_at = '2026-03-01T07:00:00.000Z' WHERE id = ?`,
        [item.id],
        (after) =>
          expect(byId(after, `evidence:${item.id}`)?.date).not.toEqual(byId(before, `evidence:${item.id}`)?.date),
      ],
    ];
    for (const [what, sql, values, expectSeen] of changes) {
      await rows(); // built and kept
      const audited = await auditRows();
      await file.rawDatabase((db) => db.prepare(sql).run(...values));
      expect(await auditRows(), what).toBe(audited);
      expectSeen(await rows());
    }
  });

  it('is never kept from inside a transaction that rolls back', async () => {
    const { file, caseId } = await caseWithEvents(1, DAY);
    await file.call('timeline.page', { caseId, part: 'dated', limit: 10 });
    await file.rawDatabase((db) => {
      const ctx = caseFileContext({ db: () => db, now: () => file.clock.now, actor: 'test' });
      const input = { caseId, locale: 'en' as const, part: 'dated' as const, limit: 10 };
      const title = () => timelinePage(ctx.ports, db, input).rows[0]?.title;
      const retitle = db.prepare('UPDATE timeline_events SET title = ? WHERE case_id = ?');
      expect(title()).toBe('Patrol log entry 1');
      expect(() =>
        db.transaction(() => {
          retitle.run('Written, then rolled back', caseId);
          expect(title()).toBe('Written, then rolled back');
          throw new Error('rolled back');
        })(),
      ).toThrow('rolled back');
      // The counter is back where it was, and the next write moves it to the value it had in the transaction.
      retitle.run('Patrol log entry 1, corrected', caseId);
      expect(title()).toBe('Patrol log entry 1, corrected');
    });
  });
});
