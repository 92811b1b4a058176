import { toUtcInterval, type UncertainDate } from '../domain/uncertain-date.js';
import {
  assignLanes,
  fitRange,
  measureMarks,
  type IntervalOf,
  type LayoutOptions,
  type MeasuredMark,
  type TimelineLayout,
  type TimeRange,
} from './layout.js';

/**
 * Dense periods drawn as one mark: when more events are in view than the chart has room for, events whose
 * marks are closer than `minSpacingPx` merge into a cluster that shows how many they are and the period
 * they cover. However many events there are, the chart then draws at most widthPx / minSpacingPx + 1 marks.
 */

export interface ClusterOptions extends LayoutOptions {
  /** Centres of two marks drawn apart are at least this far from each other once the view is crowded. */
  minSpacingPx: number;
}

/** One mark on the chart: a single event (`events` has one) or a cluster of several. */
export interface PlacedGroup<T> {
  /** In the order given. */
  events: T[];
  x0: number;
  x1: number;
  lane: number;
  /** A single event at an exact time (drawn as a point). */
  point: boolean;
  continuesBefore: boolean;
  continuesAfter: boolean;
  /** The period the events cover, in epoch ms: [earliest, end). */
  earliest: number;
  end: number;
}

export interface ClusteredLayout<T> extends Omit<TimelineLayout<T>, 'placed'> {
  /** In the given order: a group comes where the first of its events does (pass a chronology). */
  groups: PlacedGroup<T>[];
}

const centreOf = (mark: { x0: number; x1: number }): number => (mark.x0 + mark.x1) / 2;

function groupOf<T>(members: MeasuredMark<T>[]): Omit<PlacedGroup<T>, 'lane'> {
  const [first] = members as [MeasuredMark<T>];
  if (members.length === 1) {
    const { event, x0, x1, point, continuesBefore, continuesAfter, earliest, end } = first;
    return { events: [event], x0, x1, point, continuesBefore, continuesAfter, earliest, end };
  }
  // One pass over the members: a cluster of a crowded chart holds thousands.
  let { x0, x1, continuesBefore, continuesAfter, earliest, end } = first;
  for (const member of members) {
    x0 = Math.min(x0, member.x0);
    x1 = Math.max(x1, member.x1);
    continuesBefore ||= member.continuesBefore;
    continuesAfter ||= member.continuesAfter;
    earliest = Math.min(earliest, member.earliest);
    end = Math.max(end, member.end);
  }
  const events = members.map((member) => member.event);
  return { events, x0, x1, point: false, continuesBefore, continuesAfter, earliest, end };
}

/**
 * Places `events` (any order) in the view. While the view has room for every event in it, each keeps its own
 * mark; past that, marks are taken left to right by centre and one whose centre is closer than `minSpacingPx`
 * to the centre of the first mark of the current cluster joins it: no cluster is wider than the spacing, so a
 * long busy stretch becomes a row of clusters (each with its own period), not one. Ties keep the given order,
 * so the same events always give the same marks. Groups that overlap go to separate lanes, as single marks do.
 */
export function layoutClusteredTimeline<T extends { date: UncertainDate }>(
  events: readonly T[],
  options: ClusterOptions,
  intervalOf?: IntervalOf<T>,
): ClusteredLayout<T> {
  if (!Number.isFinite(options.minSpacingPx) || !(options.minSpacingPx > 0))
    throw new RangeError('clusters need a positive spacing');
  const { marks, before, after, undated } = measureMarks(events, options, intervalOf);
  const byCentre = marks
    .map((mark, index) => ({ mark, index }))
    .sort((a, b) => centreOf(a.mark) - centreOf(b.mark) || a.index - b.index);
  const room = Math.floor(options.widthPx / options.minSpacingPx);
  const runs: { members: MeasuredMark<T>[]; firstIndex: number; firstCentre: number }[] = [];
  for (const { mark, index } of byCentre) {
    const run = runs.at(-1);
    const centre = centreOf(mark);
    if (run && marks.length > room && centre - run.firstCentre < options.minSpacingPx) {
      run.members.push(mark);
      run.firstIndex = Math.min(run.firstIndex, index);
    } else runs.push({ members: [mark], firstIndex: index, firstCentre: centre });
  }
  runs.sort((a, b) => a.firstIndex - b.firstIndex);
  const unlaned = runs.map((run) => groupOf(run.members));
  const { lanes, laneCount } = assignLanes(unlaned, options.gapPx);
  const groups = unlaned.map((group, index) => ({ ...group, lane: lanes[index] as number }));
  return { groups, laneCount, before, after, undated };
}

/** Showing a cluster's period is worth it only when it is this much narrower than the view. */
const USEFUL_ZOOM = 0.95;

/**
 * The period that shows a cluster's events apart, or null when showing closer would not: its events
 * are at the same time, or its period is (nearly) the whole view already. The chart lists them then.
 */
export function clusterTarget<T extends { date: UncertainDate }>(
  events: readonly T[],
  view: TimeRange,
  timeZone: string,
  intervalOf?: IntervalOf<T>,
): TimeRange | null {
  const target = fitRange(events, undefined, timeZone, intervalOf);
  if (!target || target.to - target.from >= USEFUL_ZOOM * (view.to - view.from)) return null;
  const centreOf = (event: T): number | null => {
    const interval = intervalOf ? intervalOf(event) : toUtcInterval(event.date, timeZone);
    return interval ? (interval.earliest + interval.latest) / 2 : null;
  };
  // All at the same time: read until two differ (a cluster of thousands mostly differs early).
  const first = centreOf(events[0] as T);
  return events.every((event) => centreOf(event) === first) ? null : target;
}
