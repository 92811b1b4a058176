import { addDays } from '../../shared/domain/calendar.js';
import { addMonths, HOUR_MS, instantAt, localDateOf, startOfDay, wallTimeAt } from '../../shared/clocks/local-time.js';
import type { TextDirection } from '../../shared/i18n/text-direction.js';
import type { TimeRange } from '../../shared/timeline/layout.js';
import { dateTimeFormat } from '../i18n/date-conventions.js';

/**
 * Ticks of the visual timeline's axis, on the calendar of the mission's time zone: whole hours,
 * days, months or years, as many as fit with room for their labels.
 */

export type TickUnit = 'hour' | 'day' | 'month' | 'year';

interface TickStep {
  unit: TickUnit;
  every: number;
  /** Roughly how long one step lasts, to choose a step that leaves room for the labels. */
  approxMs: number;
}

const DAY = 24 * HOUR_MS;
const STEPS: readonly TickStep[] = [
  ...[1, 3, 6, 12].map((every) => ({ unit: 'hour' as const, every, approxMs: every * HOUR_MS })),
  ...[1, 2, 7, 14].map((every) => ({ unit: 'day' as const, every, approxMs: every * DAY })),
  ...[1, 3, 6].map((every) => ({ unit: 'month' as const, every, approxMs: every * 30.44 * DAY })),
  ...[1, 2, 5, 10, 20, 50, 100].map((every) => ({ unit: 'year' as const, every, approxMs: every * 365.25 * DAY })),
];

export interface AxisTick {
  at: number;
  unit: TickUnit;
  /** True where a larger unit begins (a new day among hours, a new year among months): labelled in full. */
  major: boolean;
}

/** The finest step whose ticks stand at least `minSpacingPx` apart. */
export function tickStep(range: TimeRange, widthPx: number, minSpacingPx = 96): TickStep {
  const msPerPx = (range.to - range.from) / widthPx;
  return STEPS.find((step) => step.approxMs / msPerPx >= minSpacingPx) ?? (STEPS[STEPS.length - 1] as TickStep);
}

const floorTo = (value: number, every: number): number => Math.floor(value / every) * every;

/** Every tick inside `range`, earliest first (capped, so a bad range cannot stall the screen). */
export function axisTicks(range: TimeRange, widthPx: number, timeZone: string, minSpacingPx?: number): AxisTick[] {
  const step = tickStep(range, widthPx, minSpacingPx);
  const ticks: AxisTick[] = [];
  const push = (at: number, major: boolean) => {
    if (at >= range.from && at <= range.to) ticks.push({ at, unit: step.unit, major });
  };
  const { wall } = wallTimeAt(range.from, timeZone);
  const limit = 500;

  if (step.unit === 'hour') {
    let date = localDateOf(range.from, timeZone);
    let hour = floorTo(wall.hour, step.every);
    for (let i = 0; i < limit; i += 1) {
      const at = instantAt(date, { hour, minute: 0, second: 0 }, 0, timeZone);
      if (at > range.to) break;
      push(at, hour === 0);
      hour += step.every;
      if (hour >= 24) {
        hour -= 24;
        date = addDays(date, 1);
      }
    }
  } else if (step.unit === 'day') {
    let date = localDateOf(range.from, timeZone);
    for (let i = 0; i < limit; i += 1) {
      const at = startOfDay(date, timeZone);
      if (at > range.to) break;
      push(at, date.endsWith('-01'));
      date = addDays(date, step.every);
    }
  } else {
    const months = step.unit === 'month' ? step.every : step.every * 12;
    const index = floorTo(wall.year * 12 + (wall.month - 1), months);
    let date = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
    for (let i = 0; i < limit; i += 1) {
      const at = startOfDay(date, timeZone);
      if (at > range.to) break;
      push(at, date.endsWith('-01-01'));
      date = addMonths(date, months);
    }
  }
  return ticks;
}

/** A tick's label: the first tick and major ticks say the larger unit too (the day of an hour, the year of a month). */
export function tickLabel(tick: AxisTick, first: boolean, locale: string, timeZone: string): string {
  const full = first || tick.major;
  const options: Intl.DateTimeFormatOptions =
    tick.unit === 'hour'
      ? full
        ? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
        : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : tick.unit === 'day'
        ? full
          ? { day: 'numeric', month: 'short', year: 'numeric' }
          : { day: 'numeric', month: 'short' }
        : tick.unit === 'month'
          ? full
            ? { month: 'short', year: 'numeric' }
            : { month: 'short' }
          : { year: 'numeric' };
  return dateTimeFormat(locale, { ...options, timeZone }).format(new Date(tick.at));
}

/**
 * From the chart's layout to the screen. The layout reads onward: x from the start of the axis,
 * the earliest time first and each mark's label after it (the core lays the marks out so).
 * In a left-to-right language that is the screen; in Arabic time runs right to left, so every
 * x is mirrored in the chart's width: the earliest on the right, each label on a mark's left.
 */
export interface AxisScale {
  /** An instant's x in the layout, onward from the start of the axis. */
  layoutXOf: (ms: number) => number;
  /** An instant's x on screen. */
  xOf: (ms: number) => number;
  /** A point laid out `x` pixels onward from the start, on screen. */
  point: (x: number) => number;
  /** `by` pixels onward from the screen's `x` (to the left in Arabic). */
  onward: (x: number, by: number) => number;
  /** A box laid out from `x` onward over `width` pixels: the screen's x of its left edge, and its width. */
  box: (x: number, width: number) => { x: number; width: number };
}

export function axisScale(
  range: TimeRange,
  plotWidth: number,
  chartWidth: number,
  direction: TextDirection,
): AxisScale {
  const mirrored = direction === 'rtl';
  const point = (x: number): number => (mirrored ? chartWidth - x : x);
  const layoutXOf = (ms: number): number => ((ms - range.from) / (range.to - range.from)) * plotWidth;
  return {
    layoutXOf,
    xOf: (ms) => point(layoutXOf(ms)),
    point,
    onward: (x, by) => (mirrored ? x - by : x + by),
    box: (x, width) => ({ x: mirrored ? chartWidth - x - width : x, width }),
  };
}
