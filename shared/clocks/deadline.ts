import { z } from 'zod';
import { addDays, CalendarDate } from '../domain/calendar.js';
import { Instant, instantMs } from '../domain/primitives.js';
import { TimeZone } from '../domain/time-zone.js';
import { toUtcInterval, UncertainDate } from '../domain/uncertain-date.js';
import {
  ClockDuration,
  ClockId,
  ClockStartEvent,
  countsBackward,
  effectiveDuration,
  Firmness,
  type ClockDefinition,
} from './clock.js';
import { addMonths, DAY_MS, endOfDay, HOUR_MS, localDateOf, shiftKeepingWallTime, startOfDay } from './local-time.js';
import { addWorkingDays, DEFAULT_WEEKEND_DAYS, isWorkingDay, Weekday, WorkingCalendar } from './working-days.js';

/**
 * A clock applied to a start: when the action falls due, and how that moment was reached.
 * An uncertain start is read at its earliest possible instant, because for time-sensitive
 * evidence and treatment the window may close that early; the latest reading is kept beside
 * it so nobody gives up on a window that may still be open.
 */

const DEADLINE_DIRECTIONS = ['after_start', 'before_event'] as const;

const DeadlineBasis = z
  .object({
    startEvent: ClockStartEvent,
    direction: z.enum(DEADLINE_DIRECTIONS),
    /** The start as recorded: an instant, or an uncertain date as a witness gave it. */
    recordedStart: z.union([Instant, UncertainDate]),
    /**
     * 'earliest_possible': the start was uncertain enough to move the due moment (a month for a
     * 72-hour clock), so it was read at its first possible instant. 'exact': it was not (an
     * instant, or a day for a clock counted in whole days).
     */
    startReading: z.enum(['exact', 'earliest_possible']),
    /** The instant counted from (or back from). */
    startAt: Instant,
    duration: ClockDuration,
    urgentApplied: z.boolean(),
    wholeDays: z.boolean(),
    timeZone: TimeZone,
    weekendDays: z.array(Weekday),
    /** Holidays that fell on working weekdays inside the counted working days. */
    holidaysSkipped: z.array(CalendarDate),
  })
  .strict();
export type DeadlineBasis = z.infer<typeof DeadlineBasis>;

export const Deadline = z
  .object({
    clockId: ClockId,
    action: z.string(),
    firmness: Firmness,
    /** The conservative due moment (from the earliest reading of the start). */
    dueAt: Instant,
    /** The due moment if the start happened as late as it could have; equals dueAt for an exact start. */
    lastPossibleDueAt: Instant,
    /** From start to due, for "due soon" as a share of the window; null for a backward clock, which has no start. */
    spanMs: z.number().int().min(0).nullable(),
    basis: DeadlineBasis,
  })
  .strict();
export type Deadline = z.infer<typeof Deadline>;

export interface DeadlineOptions {
  timeZone: string;
  urgent?: boolean;
  holidays?: readonly CalendarDate[];
  weekendDays?: readonly Weekday[];
}

export type DeadlineComputation = { deadline: Deadline } | { deadline: null; reason: 'start_unknown' };

const iso = (ms: number): Instant => new Date(ms).toISOString();

function dueFrom(
  startMs: number,
  duration: ClockDuration,
  backward: boolean,
  wholeDays: boolean,
  timeZone: string,
  calendar: WorkingCalendar,
): number {
  const n = backward ? -duration.amount : duration.amount;
  if (duration.unit === 'hours') return startMs + n * HOUR_MS;
  const move = (date: CalendarDate): CalendarDate =>
    duration.unit === 'days'
      ? addDays(date, n)
      : duration.unit === 'working_days'
        ? addWorkingDays(date, n, calendar)
        : addMonths(date, n);
  if (!wholeDays) {
    // Nothing to count: keep the start itself, even in an hour that a clock change repeats.
    return n === 0 ? startMs : shiftKeepingWallTime(startMs, timeZone, move);
  }
  const day = move(localDateOf(startMs, timeZone));
  return backward ? startOfDay(day, timeZone) : endOfDay(day, timeZone);
}

/** Holidays on working weekdays among the days counted: after the start day up to the due day, or back from it. */
function holidaysCounted(
  startMs: number,
  dueMs: number,
  backward: boolean,
  timeZone: string,
  calendar: WorkingCalendar,
): CalendarDate[] {
  const startDay = localDateOf(startMs, timeZone);
  const dueDay = localDateOf(dueMs, timeZone);
  const [first, last] = backward ? [dueDay, addDays(startDay, -1)] : [addDays(startDay, 1), dueDay];
  const weekdaysOnly: WorkingCalendar = { weekendDays: calendar.weekendDays, holidays: [] };
  return calendar.holidays.filter((day) => day >= first && day <= last && isWorkingDay(day, weekdaysOnly)).sort();
}

/**
 * When `clock` falls due for a start given as an instant or as an uncertain date. Days are
 * counted on the calendar of `options.timeZone`, the mission's, and dates recorded without a
 * zone (a rotation day, a month) are read there too. An unknown start gives no deadline, with the reason.
 */
export function computeDeadline(
  clock: ClockDefinition,
  start: Instant | UncertainDate,
  options: DeadlineOptions,
): DeadlineComputation {
  let interval: { earliest: number; latest: number };
  if (typeof start === 'string') {
    if (!Instant.safeParse(start).success) throw new TypeError('a deadline start must be an ISO-8601 UTC instant');
    const ms = instantMs(start);
    interval = { earliest: ms, latest: ms };
  } else {
    const known = toUtcInterval(start, options.timeZone);
    if (!known) return { deadline: null, reason: 'start_unknown' };
    interval = known;
  }
  const backward = countsBackward(clock.startEvent);
  const { duration, urgentApplied } = effectiveDuration(clock, options.urgent ?? false);
  const calendar: WorkingCalendar = {
    weekendDays: [...(options.weekendDays ?? DEFAULT_WEEKEND_DAYS)],
    holidays: [...(options.holidays ?? [])],
  };
  const due = dueFrom(interval.earliest, duration, backward, clock.wholeDays, options.timeZone, calendar);
  // An exact start (an instant) has one reading: its calendar maths is not worked out twice.
  const lastPossibleDue =
    interval.latest === interval.earliest
      ? due
      : dueFrom(interval.latest, duration, backward, clock.wholeDays, options.timeZone, calendar);
  return {
    deadline: {
      clockId: clock.id,
      action: clock.action,
      firmness: clock.firmness,
      dueAt: iso(due),
      lastPossibleDueAt: iso(lastPossibleDue),
      spanMs: backward ? null : Math.max(0, due - interval.earliest),
      basis: {
        startEvent: clock.startEvent,
        direction: backward ? 'before_event' : 'after_start',
        recordedStart: start,
        startReading: due === lastPossibleDue ? 'exact' : 'earliest_possible',
        startAt: iso(interval.earliest),
        duration,
        urgentApplied,
        wholeDays: clock.wholeDays,
        timeZone: options.timeZone,
        weekendDays: calendar.weekendDays,
        holidaysSkipped:
          duration.unit === 'working_days'
            ? holidaysCounted(interval.earliest, due, backward, options.timeZone, calendar)
            : [],
      },
    },
  };
}

/**
 * True when the window had closed under every reading of its start before `atMs`: an incident
 * reported years later needs no 72-hour countdown, one reported within the window does.
 */
export function windowClosedBefore(deadline: Deadline, atMs: number): boolean {
  return instantMs(deadline.lastPossibleDueAt) < atMs;
}

// ---- State and urgency ---------------------------------------------------------------------

export const DEADLINE_STATES = ['open', 'due_soon', 'overdue', 'closed', 'closed_late'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export interface DueSoonThreshold {
  /** Due soon once this share of the window is left (0.25: the last quarter). */
  fractionOfSpan: number;
  /** Due soon at least this long before the due moment, whatever the window. */
  withinMs: number;
  /** A backward clock has no start to take a share of: due soon this long before. */
  beforeEventMs: number;
}

export const DEFAULT_DUE_SOON: Readonly<DueSoonThreshold> = Object.freeze({
  fractionOfSpan: 0.25,
  withinMs: 0,
  beforeEventMs: 7 * DAY_MS,
});

/**
 * Where a deadline stands at `nowMs`. Closed: `remainingMs` is the margin left when it was
 * closed (negative when closed late). Otherwise the time left, negative once overdue.
 */
export function deadlineState(
  deadline: Deadline,
  nowMs: number,
  closedAt?: Instant | null,
  threshold: Partial<DueSoonThreshold> = {},
): { state: DeadlineState; remainingMs: number } {
  const dueMs = instantMs(deadline.dueAt);
  if (closedAt) {
    const remainingMs = dueMs - instantMs(closedAt);
    return { state: remainingMs >= 0 ? 'closed' : 'closed_late', remainingMs };
  }
  const remainingMs = dueMs - nowMs;
  if (remainingMs < 0) return { state: 'overdue', remainingMs };
  const { fractionOfSpan, withinMs, beforeEventMs } = { ...DEFAULT_DUE_SOON, ...threshold };
  const warnMs = Math.max(deadline.spanMs === null ? beforeEventMs : deadline.spanMs * fractionOfSpan, withinMs);
  return { state: remainingMs <= warnMs ? 'due_soon' : 'open', remainingMs };
}

export const FIRMNESS_ORDER: Record<Firmness, number> = { binding: 0, target: 1, advisory: 2 };

/**
 * Most urgent first: open deadlines by due moment, which puts the most overdue first and the
 * soonest due next whatever the current time (so the order never jumps as time passes); a
 * binding limit before a target at the same moment; closed ones last, the most recently
 * closed first. Stable for ties.
 */
export function sortDeadlinesByUrgency<T extends { deadline: Deadline; closedAt?: Instant | null }>(
  list: readonly T[],
): T[] {
  return list
    .map((entry, index) => ({
      entry,
      index,
      due: instantMs(entry.deadline.dueAt),
      closed: entry.closedAt ? instantMs(entry.closedAt) : null,
    }))
    .sort((a, b) => {
      if ((a.closed === null) !== (b.closed === null)) return a.closed === null ? -1 : 1;
      if (a.closed !== null && b.closed !== null && a.closed !== b.closed) return b.closed - a.closed;
      if (a.due !== b.due) return a.due - b.due;
      const firmness = FIRMNESS_ORDER[a.entry.deadline.firmness] - FIRMNESS_ORDER[b.entry.deadline.firmness];
      return firmness || a.index - b.index;
    })
    .map(({ entry }) => entry);
}

export interface CountdownParts {
  /** True once the due moment has passed: the parts then count the time overdue. */
  negative: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/**
 * Parts of a countdown for the UI to word in its language. Time left is rounded up to the
 * minute (it never reads 0 while time remains); time overdue is rounded down.
 */
export function formatCountdown(ms: number): CountdownParts {
  const negative = ms < 0;
  const totalMinutes = negative ? Math.floor(-ms / 60_000) : Math.ceil(ms / 60_000);
  return {
    negative,
    days: Math.floor(totalMinutes / 1_440),
    hours: Math.floor((totalMinutes % 1_440) / 60),
    minutes: totalMinutes % 60,
  };
}
