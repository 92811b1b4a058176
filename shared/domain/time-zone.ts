import { z } from 'zod';
import { wallTimeAsUtcMs, type WallTime } from './calendar.js';

/**
 * Local wall-clock times to UTC instants with the IANA database the runtime ships (Intl),
 * so the core (Node) and the renderer (Chromium) convert the same way without a library.
 */

// Names only: Chromium accepts offsets like "+01:00" where Node 20 does not; refuse them on both.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(name: string): boolean {
  if (!IANA_NAME.test(name)) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone this computer is set to, or UTC when it names none we know: a new vault's mission zone, a form's default.
 */
export function systemTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/** An IANA time zone name, e.g. `Africa/Bangui`, `America/Port-au-Prince`, `UTC`. */
export const TimeZone = z.string().min(1).max(64).refine(isValidTimeZone, 'not a known IANA time zone');
export type TimeZone = z.infer<typeof TimeZone>;

/** The offset in force at `second` (a whole second), read from the IANA data: one formatToParts. */
function offsetReadAt(second: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(second));
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const localAsUtc = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return localAsUtc - second;
}

/**
 * What a zone's offset is within one day of the cache's grid (days from 1970 in UTC): the same all
 * day, or one value until the clocks changed at `at` (the first second of the new offset) and
 * another after; null when the day saw more than one change (each instant is then read itself).
 */
type DayOffsets = number | { at: number; before: number; after: number } | null;

interface ZoneOffsets {
  /** The offset at each grid point read so far (the start of a day, in ms since 1970). */
  atMidnight: Map<number, number>;
  days: Map<number, DayOffsets>;
}

const DAY_MS = 86_400_000;
/** The years the cache covers (1800–2400); an instant outside is read each time. */
const CACHED_FROM = Date.UTC(1800, 0, 1);
const CACHED_UNTIL = Date.UTC(2400, 0, 1);
const zoneOffsets = new Map<string, ZoneOffsets>();

function offsetsOfDay(zone: ZoneOffsets, day: number, timeZone: string): DayOffsets {
  const readMidnight = (ms: number): number => {
    let offset = zone.atMidnight.get(ms);
    if (offset === undefined) {
      offset = offsetReadAt(ms, timeZone);
      zone.atMidnight.set(ms, offset);
    }
    return offset;
  };
  let lo = day * DAY_MS;
  let hi = lo + DAY_MS;
  const before = readMidnight(lo);
  const after = readMidnight(hi);
  if (before === after) return before;
  // One change within the day: find its second by halving (17 reads), offset `before` at lo, `after` at hi.
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    const offset = offsetReadAt(mid, timeZone);
    if (offset === before) lo = mid;
    else if (offset === after) hi = mid;
    else return null;
  }
  return { at: hi, before, after };
}

/**
 * Milliseconds to add to UTC to get local wall time in `timeZone` at `epochMs`.
 *
 * Offsets only change when the clocks do, so each zone keeps what it read per day: the offset at
 * each midnight (UTC), and for a day whose two midnights differ, the second the clocks changed,
 * found by halving. A chronology of 20,000 events in a few years then reads the IANA data a few
 * hundred times, not 80,000. This assumes, as the IANA database bears out, that no zone changed
 * its clocks twice within one day and back to the offset it had (a day whose changes do not come
 * back is seen, and read instant by instant). tests/unit/domain/time-zone.test.ts compares it
 * with a direct reading across zones and their changes.
 */
export function utcOffsetMs(epochMs: number, timeZone: string): number {
  const second = Math.floor(epochMs / 1000) * 1000;
  if (!(second >= CACHED_FROM && second < CACHED_UNTIL)) return offsetReadAt(second, timeZone);
  let zone = zoneOffsets.get(timeZone);
  if (!zone) {
    formatterFor(timeZone); // an unknown zone throws here, before anything is kept for it
    zone = { atMidnight: new Map(), days: new Map() };
    zoneOffsets.set(timeZone, zone);
  }
  const day = Math.floor(second / DAY_MS);
  let offsets = zone.days.get(day);
  if (offsets === undefined) {
    offsets = offsetsOfDay(zone, day, timeZone);
    zone.days.set(day, offsets);
  }
  if (offsets === null) return offsetReadAt(second, timeZone);
  if (typeof offsets === 'number') return offsets;
  return second < offsets.at ? offsets.before : offsets.after;
}

/**
 * Every instant at which the clocks in `timeZone` showed `wall`, earliest first: one normally,
 * two when clocks were turned back (the hour happened twice). A wall time skipped when clocks
 * went forward never happened; it is read with the offset in force before the change, as
 * Temporal's "compatible" choice does (02:30 in a 02:00→03:00 gap becomes 03:30).
 */
export function instantsOfWallTime(wall: WallTime, timeZone: string): number[] {
  const asUtc = wallTimeAsUtcMs(wall);
  const offsetBefore = utcOffsetMs(asUtc - DAY_MS, timeZone);
  const offsetAfter = utcOffsetMs(asUtc + DAY_MS, timeZone);
  const candidates = [...new Set([asUtc - offsetBefore, asUtc - offsetAfter])].sort((a, b) => a - b);
  const matching = candidates.filter((instant) => asUtc - instant === utcOffsetMs(instant, timeZone));
  return matching.length > 0 ? matching : [asUtc - offsetBefore];
}
