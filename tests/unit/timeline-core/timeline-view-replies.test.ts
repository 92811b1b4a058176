import { describe, expect, it } from 'vitest';
import type { ChartMark, TimelineEntry } from '../../../shared/contract/timeline.js';
import type { MethodInput, MethodOutput } from '../../../shared/contract/index.js';
import { clusterTarget, layoutClusteredTimeline } from '../../../shared/timeline/clusters.js';
import { fitRange, type TimeRange } from '../../../shared/timeline/layout.js';
import { toUtcInterval } from '../../../shared/domain/uncertain-date.js';
import { arrangements, intake, useCaseFiles, type CaseFile } from '../people/people-fixture.js';

/**
 * The chart and the table read the chronology a view at a time: every reply must be what the whole
 * chronology (timeline.list, every entry in full) gives for that view, whatever the core keeps between views.
 */

const open = useCaseFiles();
const ZONE = 'America/New_York';
/** 1 November 2026, 04:00 UTC: midnight in New York, an hour before the clocks go back. */
const NIGHT = Date.parse('2026-11-01T04:00:00.000Z');
const MINUTE = 60_000;
const GEOMETRY = { widthPx: 600, gapPx: 120, minWidthPx: 12, minSpacingPx: 40 };
const LISTED_MAX = 200;

async function generatedCase(file: CaseFile): Promise<string> {
  const { id: caseId } = await file.call(
    'cases.create',
    intake({ dateReceived: '2026-11-02', incidentDates: [{ precision: 'day', from: '2026-11-01' }] }),
  );
  const items: string[] = [];
  // Two items at each instant (same date: kind, then title decide), and a few at one instant (listed, not zoomed).
  for (let step = 0; step < 24; step++)
    for (const type of ['physical', 'digital'] as const) {
      const item = await file.call('evidence.create', {
        caseId,
        type,
        description: `Item ${step} ${type}`,
        collectedAt: new Date(NIGHT + (step < 20 ? step * 20 : 20 * 20) * MINUTE).toISOString(),
        collectedBy: 'Investigator Okafor',
      });
      items.push(item.id);
    }
  // Custody events and interviews at instants the items share: their entries read what they recorded apart.
  for (const [step, kind] of [
    [3, 'sealed'],
    [7, 'handed_over'],
    [20, 'handed_over'],
  ] as const)
    await file.call('custody.add', {
      itemId: items[step * 2] as string,
      kind,
      at: new Date(NIGHT + Math.min(step, 20) * 20 * MINUTE).toISOString(),
      from: 'Investigator Okafor',
      to: 'Evidence custodian',
      purpose: `Step ${step} of the chain`,
      ...(kind === 'sealed' ? { sealNumber: `SEAL-${step}` } : {}),
    });
  const victim = await file.call('people.add', {
    caseId,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
  });
  const interviews: string[] = [];
  for (const step of [5, 20]) {
    const scheduledAt = new Date(NIGHT + step * 20 * MINUTE).toISOString();
    const interview = await file.call('interviews.plan', {
      caseId,
      personId: victim.id,
      arrangements: arrangements({ scheduledAt }),
    });
    interviews.push(interview.id);
  }
  const dates = [
    { precision: 'exact', from: '2026-11-01T01:20', timeZone: ZONE },
    { precision: 'month', from: '2026-11' },
    { precision: 'range', from: '2026-10-31', to: '2026-11-01T03:00' },
    { precision: 'day', from: '2026-11-01' },
    { precision: 'unknown' },
    { precision: 'unknown' },
  ] as const;
  for (const [index, date] of dates.entries())
    await file.call('timeline.add', {
      caseId,
      event: {
        date,
        kind: index % 2 ? 'incident' : 'investigative_action',
        title: `Reported ${date.precision} ${index}`,
        description: `Told by a witness, account ${index}`,
        basis: 'reported_by_source',
        sources: [
          { kind: 'evidence', id: items[index * 3] as string },
          ...(index === 1 ? [{ kind: 'interview' as const, id: interviews[0] as string }] : []),
        ],
      },
    });
  return caseId;
}

/** The chart timeline.chart must send for `view`, worked out from the whole chronology. */
function expectedChart(
  list: MethodOutput<'timeline.list'>,
  view: TimeRange | null,
): Pick<MethodOutput<'timeline.chart'>, 'range' | 'marks' | 'laneCount' | 'before' | 'after'> {
  const intervalOf = (entry: TimelineEntry) => toUtcInterval(entry.date, ZONE);
  const range = view ?? fitRange(list.dated, undefined, ZONE, intervalOf);
  if (!range) return { range: null, marks: [], laneCount: 0, before: 0, after: 0 };
  const layout = layoutClusteredTimeline(list.dated, { ...range, ...GEOMETRY, timeZone: ZONE }, intervalOf);
  const marks = layout.groups.map(({ events, ...group }): ChartMark => {
    const single = events.length === 1;
    const zoomTo = single ? null : clusterTarget(events, range, ZONE, intervalOf);
    return {
      ...group,
      count: events.length,
      firstId: (events[0] as TimelineEntry).id,
      entry: single ? (events[0] as TimelineEntry) : null,
      zoomTo,
      listed: single || zoomTo ? [] : events.slice(0, LISTED_MAX),
    };
  });
  return { range, marks, laneCount: layout.laneCount, before: layout.before.length, after: layout.after.length };
}

/** Every row of one part of the table, read a page of `limit` at a time. */
async function allPages(
  file: CaseFile,
  input: Omit<MethodInput<'timeline.page'>, 'after' | 'limit'>,
  limit: number,
): Promise<TimelineEntry[]> {
  const rows: TimelineEntry[] = [];
  let counts: MethodOutput<'timeline.page'>['counts'];
  let after: string | undefined;
  do {
    const page = await file.call('timeline.page', { ...input, limit, ...(after ? { after } : {}) });
    if (after === undefined) counts = page.counts;
    rows.push(...page.rows);
    after = page.next;
  } while (after !== undefined);
  expect(counts).toEqual({ matching: rows.length, total: rows.length });
  return rows;
}

describe('the chart and table replies of a generated case', () => {
  it.each(['en', 'fr', 'ar'] as const)('are those the whole chronology gives, in %s', async (locale) => {
    const file = await open({ timeZone: ZONE, startAt: '2026-12-01T09:00:00.000Z' });
    const caseId = await generatedCase(file);
    const list = await file.call('timeline.list', { caseId, locale });

    const fitted = await file.call('timeline.chart', { caseId, locale, view: null, ...GEOMETRY });
    const expected = expectedChart(list, null);
    expect(fitted).toEqual({
      ...expected,
      dated: list.dated.length,
      undated: list.undated.length,
      ordering: list.ordering,
    });
    expect(fitted.marks.some((mark) => mark.zoomTo !== null)).toBe(true);

    // Closer views: each cluster's own period, the night around the clock change, and the instant many share.
    const views: TimeRange[] = [
      ...fitted.marks.flatMap((mark) => (mark.zoomTo ? [mark.zoomTo] : [])),
      { from: NIGHT, to: NIGHT + 6 * 60 * MINUTE },
      { from: NIGHT + 399 * MINUTE, to: NIGHT + 401 * MINUTE },
    ];
    let listed = 0;
    for (const view of views) {
      const chart = await file.call('timeline.chart', { caseId, locale, view, ...GEOMETRY });
      expect(chart).toMatchObject(expectedChart(list, view));
      expect(chart.marks).toEqual(expectedChart(list, view).marks);
      listed += chart.marks.reduce((sum, mark) => sum + mark.listed.length, 0);
    }
    expect(listed).toBeGreaterThan(0);

    for (const limit of [5, 50]) {
      expect(await allPages(file, { caseId, locale, part: 'dated' }, limit)).toEqual(list.dated);
      expect(await allPages(file, { caseId, locale, part: 'undated' }, limit)).toEqual(list.undated);
    }
    // The entries sent carry their words in full: titles, descriptions, source labels, of every kind of event.
    expect(list.dated.some((entry) => entry.sourceLabels.length > 0 && entry.description)).toBe(true);
    const kinds = new Set(list.dated.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual([
      'custody',
      'evidence',
      'incident',
      'interview',
      'investigative_action',
      'status_change',
    ]);
    expect(list.dated.filter((entry) => entry.kind === 'custody').every((entry) => entry.description)).toBe(true);
  });
});
