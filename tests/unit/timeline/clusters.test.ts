import { describe, expect, it } from 'vitest';
import { layoutClusteredTimeline, type ClusterOptions } from '../../../shared/timeline/clusters.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';

const MINUTE = 60_000;
const march: ClusterOptions = {
  from: Date.parse('2026-03-01T00:00:00.000Z'),
  to: Date.parse('2026-04-01T00:00:00.000Z'),
  widthPx: 310,
  minSpacingPx: 20,
}; // 10 px a day: room for 15 marks 20 px apart
const item = (name: string, date: UncertainDate) => ({ name, date });
const exact = (t: string): UncertainDate => ({ precision: 'exact', from: t, timeZone: 'UTC' });
const at = (ms: number) => exact(new Date(ms).toISOString().slice(0, 16));

/** A crowded month: `count` events spread by a fixed step from a start, in UTC, plus some around the view. */
function crowd(count: number, startMs: number, stepMs: number, prefix = 'e') {
  return Array.from({ length: count }, (_, index) => item(`${prefix}${index}`, at(startMs + index * stepMs)));
}

describe('layoutClusteredTimeline', () => {
  it('draws a cluster of more events than a function takes arguments', () => {
    // 150,000 marks a second apart (nearly two days), each one's interval given as the core gives it.
    const start = Date.parse('2026-03-03T00:00:00Z');
    const events = Array.from({ length: 150_000 }, (_, index) => ({ index, date: exact('2026-03-03T00:00') }));
    const intervalOf = ({ index }: { index: number }) => ({
      earliest: start + index * 1000,
      latest: start + index * 1000,
    });
    const { groups } = layoutClusteredTimeline(events, march, intervalOf);
    expect(groups.map((group) => group.events.length)).toEqual([150_000]);
    expect(groups[0]).toMatchObject({ earliest: start, end: start + 149_999_000, point: false });
  });

  it('keeps a mark for each event while the view has room for them all', () => {
    const events = crowd(15, march.from + 3 * 86_400_000, 10 * MINUTE);
    const { groups } = layoutClusteredTimeline(events, march);
    expect(groups.map((group) => group.events.map((event) => event.name))).toEqual(events.map((e) => [e.name]));
    expect(groups.every((group) => group.point)).toBe(true);
  });

  it('merges a crowded period into one cluster covering its period, and leaves a distant event alone', () => {
    const dense = crowd(20, Date.parse('2026-03-03T08:00:00Z'), 30 * MINUTE);
    const alone = item('alone', exact('2026-03-25T12:00'));
    const { groups } = layoutClusteredTimeline([...dense, alone], march);
    expect(groups.map((group) => group.events.length)).toEqual([20, 1]);
    const [cluster] = groups;
    expect(cluster?.point).toBe(false);
    expect(cluster?.earliest).toBe(Date.parse('2026-03-03T08:00:00Z'));
    expect(cluster?.end).toBe(Date.parse('2026-03-03T17:30:00Z'));
    expect(groups[1]?.events[0]?.name).toBe('alone');
  });

  it('bounds the marks whatever the number of events, and loses none', () => {
    // 2,000 events every 20 minutes: about 28 days of March, 2 px apart.
    const events = crowd(2_000, march.from, 20 * MINUTE);
    const before = [item('before', exact('2026-02-10T00:00'))];
    const undated = [item('undated', { precision: 'unknown' })];
    const layout = layoutClusteredTimeline([...before, ...events, ...undated], march);
    expect(layout.groups.length).toBeLessThanOrEqual(Math.floor(march.widthPx / march.minSpacingPx) + 1);
    // A month-long busy stretch is a row of clusters of about two days each (a little more at the edge), not one.
    expect(layout.groups.length).toBeGreaterThan(10);
    expect(layout.groups.every((group) => group.end - group.earliest < 3 * 86_400_000)).toBe(true);
    expect(layout.groups.reduce((sum, group) => sum + group.events.length, 0)).toBe(events.length);
    expect(layout.before.map((e) => e.name)).toEqual(['before']);
    expect(layout.undated.map((e) => e.name)).toEqual(['undated']);
  });

  it('never lets a cluster grow wider than the spacing, and keeps the first events of two clusters apart by it', () => {
    // Irregular gaps: bursts of events with quiet days between them.
    const starts = [1, 2, 2.1, 2.2, 2.25, 6, 6.5, 6.6, 9, 9.05, 9.1, 9.12, 9.3, 17, 17.01, 17.5, 18, 25, 30];
    const events = starts.flatMap((dayOffset, index) =>
      crowd(3, march.from + dayOffset * 86_400_000 + index * MINUTE, 40 * MINUTE, `burst${index}-`),
    );
    const options = { ...march, minSpacingPx: 12 };
    const { groups } = layoutClusteredTimeline(events, options);
    const scale = options.widthPx / (options.to - options.from);
    const xOf = (name: string) => {
      const event = events.find((e) => e.name === name);
      return event ? (Date.parse(`${(event.date as { from: string }).from}Z`) - options.from) * scale : NaN;
    };
    expect(groups.some((group) => group.events.length > 1)).toBe(true);
    const spreads = groups.map((group) => group.events.map((event) => xOf(event.name)).sort((a, b) => a - b));
    for (const xs of spreads) expect((xs.at(-1) as number) - (xs[0] as number)).toBeLessThan(options.minSpacingPx);
    spreads.sort((a, b) => (a[0] as number) - (b[0] as number));
    for (let index = 1; index < spreads.length; index++) {
      // Clusters do not interleave, and each begins at least the spacing after the one before it began.
      expect(spreads[index]?.[0] as number).toBeGreaterThan(spreads[index - 1]?.at(-1) as number);
      expect((spreads[index]?.[0] as number) - (spreads[index - 1]?.[0] as number)).toBeGreaterThanOrEqual(
        options.minSpacingPx,
      );
    }
  });

  it('gives the same marks for the same events whatever order they come in, in the order given', () => {
    const events = crowd(40, Date.parse('2026-03-10T00:00:00Z'), 90 * MINUTE);
    const reversed = [...events].reverse();
    const forward = layoutClusteredTimeline(events, march).groups;
    const backward = layoutClusteredTimeline(reversed, march).groups;
    const members = (groups: typeof forward) =>
      groups.map((g) =>
        g.events
          .map((e) => e.name)
          .sort()
          .join(','),
      );
    expect(members(backward).reverse()).toEqual(members(forward));
    expect(layoutClusteredTimeline(events, march)).toEqual(layoutClusteredTimeline(events, march));
  });

  it('refuses a spacing that is not positive', () => {
    expect(() => layoutClusteredTimeline([], { ...march, minSpacingPx: 0 })).toThrow(RangeError);
  });
});
