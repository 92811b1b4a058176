import { localDateOf } from '../shared/clocks/local-time.js';
import { parsePartialDate, type CalendarDate } from '../shared/domain/calendar.js';

/**
 * The one clock of the tests. No test reads the wall clock (tests/unit/test-clock/ fails if one
 * does): "now" comes from here, so the suite gives the same verdict whether it runs at 00:30 or
 * 23:30 UTC, on the night the clocks change, or under any `TZ`.
 *
 * The instant is `CASEFILE_TEST_NOW` (an ISO-8601 instant with its offset, e.g.
 * `2026-11-01T00:30:00Z`) when set, else the real time when this module is first loaded. Each
 * process reads it once; a child process a test starts gets it through `childClockEnv()`.
 *
 * Only tests use this: the app and the CLI take their clock as a parameter (`openWorkspace({ now })`,
 * `CliIo.now`), and no environment variable moves their clock in production.
 */

export const TEST_NOW_VARIABLE = 'CASEFILE_TEST_NOW';

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

/** The instant `value` names; an error naming `what` when it is not an ISO instant with its offset. */
function parseInstant(value: string, what: string): number {
  const wall = ISO_INSTANT.exec(value)?.[1];
  // parsePartialDate refuses 2026-02-30 and 24:00, which Date.parse would quietly roll over.
  const ms = wall !== undefined && parsePartialDate(wall) !== null ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new Error(
      `${what} must be an ISO-8601 instant with its offset, e.g. 2026-11-01T00:30:00Z ` +
        `or 2026-03-29T02:30:00+02:00; got ${JSON.stringify(value)}.`,
    );
  }
  return ms;
}

/** The instant of a CASEFILE_TEST_NOW value; a bad value is an error that names the variable. */
export function parseTestNow(value: string): number {
  return parseInstant(value, TEST_NOW_VARIABLE);
}

function startOfRun(): number {
  const pinned = process.env[TEST_NOW_VARIABLE];
  // Unset or empty (`CASEFILE_TEST_NOW= npx vitest`): the real time, read here and nowhere else.
  return pinned === undefined || pinned === '' ? Date.now() : parseTestNow(pinned);
}

/** The instant this run is pinned to (or started at), in milliseconds since the epoch. */
export const TEST_START_MS: number = startOfRun();

/** What code under test is given as its clock. */
export interface TestClock {
  /** Milliseconds since the epoch: pass `clock.now` wherever `() => number` is asked for. */
  now(): number;
  /** The same instant as ISO-8601 UTC text. */
  iso(): string;
}

export interface ManualClock extends TestClock {
  /** Moves the clock to an instant (ISO text or milliseconds). */
  set(instant: string | number): void;
  /** Moves the clock by `ms` (negative: back). */
  advance(ms: number): void;
}

const toMs = (instant: string | number): number =>
  typeof instant === 'number' ? instant : parseInstant(instant, 'A test clock instant');

/**
 * A clock that starts at `start` and advances with the real time elapsed since it was made: for
 * code that waits for real (the e2e harness, a CLI run), where a frozen clock would never move.
 * Elapsed time is measured on the monotonic clock, so it never jumps with the system's.
 */
export function flowingClock(start: string | number = TEST_START_MS): TestClock {
  const startMs = toMs(start);
  const madeAt = performance.now();
  const now = (): number => startMs + Math.floor(performance.now() - madeAt);
  return { now, iso: () => new Date(now()).toISOString() };
}

/** A clock that moves only when told: for unit fixtures that step through time. */
export function manualClock(start: string | number = TEST_START_MS): ManualClock {
  let ms = toMs(start);
  return {
    now: () => ms,
    iso: () => new Date(ms).toISOString(),
    set(instant) {
      ms = toMs(instant);
    },
    advance(by) {
      ms += by;
    },
  };
}

/** This process's flowing clock, started at TEST_START_MS: what "now" means when a test says nothing else. */
export const testClock: TestClock = flowingClock();

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** The ISO instant `hours` before the clock's now (negative: after). */
export function hoursAgo(hours: number, clock: TestClock = testClock): string {
  return new Date(clock.now() - hours * HOUR_MS).toISOString();
}

/** The ISO instant `days` × 24 hours before the clock's now (negative: after). */
export function daysAgo(days: number, clock: TestClock = testClock): string {
  return new Date(clock.now() - days * DAY_MS).toISOString();
}

/** The calendar date (`YYYY-MM-DD`) of an instant on the calendar of an IANA time zone. */
export function dateIn(timeZone: string, instant: string | number): CalendarDate {
  return localDateOf(toMs(instant), timeZone);
}

/** Today in an IANA time zone (`UTC`, the mission's): never the process's own zone, which CI varies. */
export function todayIn(timeZone: string, clock: TestClock = testClock): CalendarDate {
  return localDateOf(clock.now(), timeZone);
}

/** The environment a child process needs to continue this clock from its current instant. */
export function childClockEnv(clock: TestClock = testClock): Record<typeof TEST_NOW_VARIABLE, string> {
  return { [TEST_NOW_VARIABLE]: clock.iso() };
}
