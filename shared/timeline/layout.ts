import { toUtcInterval, type UncertainDate, type UtcInterval } from '../domain/uncertain-date.js';

/**
 * Geometry of the visual timeline: an uncertain date is drawn as the span it could cover,
 * an exact time as a point given a minimum width, and overlapping marks go to separate lanes.
 * Zooming is choosing `from` and `to`; the renderer only draws what this returns.
 */

export interface TimeRange {
  /** Epoch milliseconds at the left edge. */
  from: number;
  /** Epoch milliseconds at the right edge. */
  to: number;
}

export interface LayoutOptions extends TimeRange {
  widthPx: number;
  /** Narrowest mark drawn, so a point or a short span stays visible and clickable. */
  minWidthPx?: number;
  /** Space kept between two marks on the same lane. */
  gapPx?: number;
  /** Where dates written without a zone are read: the mission's (UTC when not given). */
  timeZone?: string;
}

export interface PlacedEvent<T> {
  event: T;
  x0: number;
  x1: number;
  lane: number;
  /** An exact time (drawn as a point) rather than a span. */
  point: boolean;
  /** The span runs on past the left or right edge of the view. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface TimelineLayout<T> {
  placed: PlacedEvent<T>[];
  laneCount: number;
  /** Dated events entirely left or right of the view: the UI offers to scroll to them. */
  before: T[];
  after: T[];
  /** Events of unknown date, never drawn on the axis. */
  undated: T[];
}

/**
 * An event's date as a UTC interval (null: unknown). By default read from the date each time; a caller
 * that lays out the same events again and again (the core's chart) passes the intervals it keeps.
 */
export type IntervalOf<T> = (event: T) => UtcInterval | null;

const intervalReader =
  (timeZone: string | undefined) =>
  (event: { date: UncertainDate }): UtcInterval | null =>
    toUtcInterval(event.date, timeZone);

const DEFAULT_MIN_WIDTH_PX = 8;
const DEFAULT_GAP_PX = 4;

function checkOptions({ from, to, widthPx }: LayoutOptions): void {
  if (!Number.isFinite(from) || !Number.isFinite(to) || !(to > from))
    throw new RangeError('a timeline view needs from < to');
  if (!Number.isFinite(widthPx) || !(widthPx > 0)) throw new RangeError('a timeline view needs a positive width');
}

/** A mark measured in the view, before it is given a lane. */
export interface MeasuredMark<T> extends Omit<PlacedEvent<T>, 'lane'> {
  /** The whole date, in epoch ms, even the part past the view: [earliest, end). */
  earliest: number;
  end: number;
}

export interface MeasuredView<T> extends Omit<TimelineLayout<T>, 'placed' | 'laneCount'> {
  /** In the given order. */
  marks: MeasuredMark<T>[];
}

/** Where each dated event in the view is drawn, and which events fall outside it or have no date. */
export function measureMarks<T extends { date: UncertainDate }>(
  events: readonly T[],
  options: LayoutOptions,
  intervalOf: IntervalOf<T> = intervalReader(options.timeZone),
): MeasuredView<T> {
  checkOptions(options);
  const { from, to, widthPx } = options;
  const minWidth = Math.min(options.minWidthPx ?? DEFAULT_MIN_WIDTH_PX, widthPx);
  const scale = widthPx / (to - from);
  const view: MeasuredView<T> = { marks: [], before: [], after: [], undated: [] };

  for (const event of events) {
    const interval = intervalOf(event);
    if (!interval) {
      view.undated.push(event);
      continue;
    }
    // The view is [from, to); `latest` is the last millisecond a date includes.
    if (interval.latest < from) {
      view.before.push(event);
      continue;
    }
    if (interval.earliest >= to) {
      view.after.push(event);
      continue;
    }
    const point = interval.earliest === interval.latest;
    // A span ends where its next millisecond begins; a point is where it is.
    const end = point ? interval.earliest : interval.latest + 1;
    const continuesBefore = interval.earliest < from;
    const continuesAfter = end > to;
    let x0 = (Math.max(interval.earliest, from) - from) * scale;
    let x1 = (Math.min(end, to) - from) * scale;
    if (x1 - x0 < minWidth) {
      // Widen around the centre, then slide back inside the view.
      const centre = (x0 + x1) / 2;
      x0 = Math.min(Math.max(centre - minWidth / 2, 0), widthPx - minWidth);
      x1 = x0 + minWidth;
    }
    view.marks.push({ event, x0, x1, point, continuesBefore, continuesAfter, earliest: interval.earliest, end });
  }
  return view;
}

/**
 * Lanes for marks (any order), returned in the given order. Assigned greedily in order of left edge,
 * each mark to the lowest lane already free at its left edge: interval partitioning, which uses as
 * few lanes as the most marks that overlap at any one place.
 */
export function assignLanes(
  marks: readonly { x0: number; x1: number }[],
  gapPx = DEFAULT_GAP_PX,
): { lanes: number[]; laneCount: number } {
  const laneEnds: number[] = [];
  const byLeftEdge = marks
    .map((mark, index) => ({ mark, index }))
    .sort((a, b) => a.mark.x0 - b.mark.x0 || a.mark.x1 - b.mark.x1 || a.index - b.index);
  const lanes = new Array<number>(marks.length);
  for (const { mark, index } of byLeftEdge) {
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + gapPx <= mark.x0);
    if (lane === -1) lane = laneEnds.push(mark.x1) - 1;
    else laneEnds[lane] = mark.x1;
    lanes[index] = lane;
  }
  return { lanes, laneCount: laneEnds.length };
}

/** Places `events` (any order) in the view, each on its own mark, overlapping marks on separate lanes. */
export function layoutTimeline<T extends { date: UncertainDate }>(
  events: readonly T[],
  options: LayoutOptions,
): TimelineLayout<T> {
  const { marks, before, after, undated } = measureMarks(events, options);
  const { lanes, laneCount } = assignLanes(marks, options.gapPx);
  // Given order kept: pass a chronology to get the marks back in chronological order.
  const placed = marks.map(({ earliest: _earliest, end: _end, ...mark }, index) => ({
    ...mark,
    lane: lanes[index] as number,
  }));
  return { placed, laneCount, before, after, undated };
}

/**
 * The view that shows every dated event, with a margin on each side; null when none is dated. Zone: as in
 * LayoutOptions.
 */
export function fitRange<T extends { date: UncertainDate }>(
  events: readonly T[],
  marginFraction = 0.05,
  timeZone = 'UTC',
  intervalOf: IntervalOf<T> = intervalReader(timeZone),
): TimeRange | null {
  let from = Infinity;
  let to = -Infinity;
  for (const event of events) {
    const interval = intervalOf(event);
    if (!interval) continue;
    from = Math.min(from, interval.earliest);
    to = Math.max(to, interval.latest + 1);
  }
  if (from === Infinity) return null;
  // A single instant still needs a visible width: an hour either side.
  const margin = Math.max((to - from) * marginFraction, 3_600_000);
  return { from: from - margin, to: to + margin };
}

/** Zooms `range` by `factor` (2: twice as close) keeping `anchor` (ms) at the same place on screen. */
export function zoomRange(range: TimeRange, factor: number, anchor = (range.from + range.to) / 2): TimeRange {
  if (!Number.isFinite(factor) || !(factor > 0)) throw new RangeError('a zoom factor must be positive');
  return { from: anchor - (anchor - range.from) / factor, to: anchor + (range.to - anchor) / factor };
}
