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

/** Milliseconds to add to UTC to get local wall time in `timeZone` at `epochMs`. */
export function utcOffsetMs(epochMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const localAsUtc = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return localAsUtc - Math.floor(epochMs / 1000) * 1000;
}

const DAY_MS = 86_400_000;

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
