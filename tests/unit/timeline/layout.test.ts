import { describe, expect, it } from 'vitest';
import { fitRange, layoutTimeline, zoomRange, type LayoutOptions } from '../../../shared/timeline/layout.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';

const DAY = 86_400_000;
const march: LayoutOptions = {
  from: Date.parse('2026-03-01T00:00:00.000Z'),
  to: Date.parse('2026-04-01T00:00:00.000Z'),
  widthPx: 310,
}; // 10 px a day
const item = (name: string, date: UncertainDate) => ({ name, date });
const day = (d: string): UncertainDate => ({ precision: 'day', from: d });
const exact = (t: string): UncertainDate => ({ precision: 'exact', from: t, timeZone: 'UTC' });

describe('layoutTimeline geometry', () => {
  it('draws an uncertain date as the span it covers', () => {
    const { placed } = layoutTimeline(
      [item('month', { precision: 'month', from: '2026-03' }), item('day', day('2026-03-11'))],
      march,
    );
    expect(placed.map(({ event, x0, x1, point }) => ({ name: event.name, x0, x1, point }))).toEqual([
      { name: 'month', x0: 0, x1: 310, point: false },
      { name: 'day', x0: 100, x1: 110, point: false },
    ]);
  });

  it('draws an exact time as a point with the minimum width, kept inside the view', () => {
    const { placed } = layoutTimeline(
      [
        item('noon', exact('2026-03-11T12:00')),
        item('first minute', exact('2026-03-01T00:00')),
        item('last minute', exact('2026-03-31T23:59')),
      ],
      { ...march, minWidthPx: 6 },
    );
    expect(placed.map(({ x0, x1, point }) => ({ x0, x1, point }))).toEqual([
      { x0: 102, x1: 108, point: true },
      { x0: 0, x1: 6, point: true },
      { x0: 304, x1: 310, point: true },
    ]);
  });

  it('clips a span that runs past the edges and says so', () => {
    const { placed } = layoutTimeline([item('spring', { precision: 'range', from: '2026-02', to: '2026-05' })], march);
    expect(placed[0]).toMatchObject({ x0: 0, x1: 310, continuesBefore: true, continuesAfter: true });
    const inside = layoutTimeline([item('day', day('2026-03-05'))], march).placed[0];
    expect(inside).toMatchObject({ continuesBefore: false, continuesAfter: false });
  });

  it('sets apart what lies outside the view and what has no date', () => {
    const layout = layoutTimeline(
      [
        item('2025', { precision: 'year', from: '2025' }),
        item('April', day('2026-04-02')),
        item('unknown', { precision: 'unknown' }),
        item('in', day('2026-03-02')),
      ],
      march,
    );
    expect(layout.placed.map((p) => p.event.name)).toEqual(['in']);
    expect(layout.before.map((e) => e.name)).toEqual(['2025']);
    expect(layout.after.map((e) => e.name)).toEqual(['April']);
    expect(layout.undated.map((e) => e.name)).toEqual(['unknown']);
  });

  it('treats the edges exactly: the view runs from `from` included to `to` excluded', () => {
    const layout = layoutTimeline(
      [
        item('28 Feb', day('2026-02-28')),
        item('1 Mar 00:00', exact('2026-03-01T00:00')),
        item('1 Apr 00:00', exact('2026-04-01T00:00')),
      ],
      march,
    );
    expect(layout.before.map((e) => e.name)).toEqual(['28 Feb']);
    expect(layout.placed.map((p) => p.event.name)).toEqual(['1 Mar 00:00']);
    expect(layout.after.map((e) => e.name)).toEqual(['1 Apr 00:00']);
  });

  it('refuses an empty or inverted view', () => {
    expect(() => layoutTimeline([], { ...march, to: march.from })).toThrow(RangeError);
    expect(() => layoutTimeline([], { ...march, widthPx: 0 })).toThrow(RangeError);
    expect(() => layoutTimeline([], { ...march, from: Number.NaN })).toThrow(RangeError);
  });
});

describe('layoutTimeline lanes', () => {
  it('puts overlapping marks on separate lanes and reuses a lane once it is free', () => {
    const { placed, laneCount } = layoutTimeline(
      [
        item('month', { precision: 'month', from: '2026-03' }),
        item('day 2', day('2026-03-02')),
        item('day 5', day('2026-03-05')),
        item('day 2 noon', exact('2026-03-02T12:00')),
      ],
      march,
    );
    const lanes = Object.fromEntries(placed.map((p) => [p.event.name, p.lane]));
    expect(lanes).toEqual({ month: 0, 'day 2': 1, 'day 2 noon': 2, 'day 5': 1 });
    expect(laneCount).toBe(3);
  });

  it('keeps the gap between neighbours on one lane', () => {
    // Consecutive days touch (x1 of one = x0 of the next): with a gap they cannot share a lane.
    const touching = [item('a', day('2026-03-02')), item('b', day('2026-03-03')), item('c', day('2026-03-04'))];
    expect(layoutTimeline(touching, { ...march, gapPx: 0 }).laneCount).toBe(1);
    expect(layoutTimeline(touching, { ...march, gapPx: 4 }).placed.map((p) => p.lane)).toEqual([0, 1, 0]);
  });

  it('never overlaps two marks on one lane, and uses no more lanes than the deepest overlap', () => {
    const events = Array.from({ length: 40 }, (_, i) => {
      const start = 1 + ((i * 7) % 27);
      const length = 1 + ((i * 5) % 4);
      const from = `2026-03-${String(start).padStart(2, '0')}`;
      const to = `2026-03-${String(Math.min(start + length, 31)).padStart(2, '0')}`;
      return item(`e${i}`, { precision: 'range', from, to });
    });
    const { placed, laneCount } = layoutTimeline(events, { ...march, gapPx: 0 });
    for (const a of placed) {
      for (const b of placed) {
        if (a !== b && a.lane === b.lane)
          expect(a.x1 <= b.x0 || b.x1 <= a.x0, `${a.event.name} / ${b.event.name}`).toBe(true);
      }
    }
    const depth = Math.max(...placed.map((p) => placed.filter((q) => q.x0 <= p.x0 && p.x0 < q.x1).length));
    expect(laneCount).toBe(depth);
  });
});

describe('zoom', () => {
  it('fits every dated event with a margin, and nothing when none is dated', () => {
    const range = fitRange(
      [item('a', day('2026-03-02')), item('b', day('2026-03-11')), item('?', { precision: 'unknown' })],
      0.1,
    );
    expect(range).toEqual({
      from: Date.parse('2026-03-02T00:00:00.000Z') - DAY,
      to: Date.parse('2026-03-12T00:00:00.000Z') + DAY,
    });
    expect(fitRange([item('?', { precision: 'unknown' })])).toBeNull();
    const single = fitRange([item('a', exact('2026-03-02T12:00'))]);
    expect(single && single.to - single.from).toBeGreaterThan(0);
  });

  it('zooms around an anchor that stays in place on screen', () => {
    const anchor = march.from + 10 * DAY;
    const closer = zoomRange(march, 2, anchor);
    expect(closer.to - closer.from).toBe((march.to - march.from) / 2);
    expect((anchor - closer.from) / (closer.to - closer.from)).toBeCloseTo(
      (anchor - march.from) / (march.to - march.from),
    );
    expect(() => zoomRange(march, 0)).toThrow(RangeError);
  });
});
