import { parsePartialDate } from '../../shared/domain/calendar.js';
import { instantAt, wallTimeAt } from '../../shared/clocks/local-time.js';

/**
 * Date and time fields read on the mission's clock, whatever zone this computer is set to: an
 * action taken at 09:00 in Bangui is recorded as 09:00 Bangui time.
 */

const pad = (n: number): string => String(n).padStart(2, '0');

/** What a date field (`YYYY-MM-DD`) and a time field (`HH:mm`) show for `epochMs` in `timeZone`. */
export function wallFieldsAt(epochMs: number, timeZone: string): { date: string; time: string } {
  const { wall } = wallTimeAt(epochMs, timeZone);
  return { date: `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`, time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}

/** The instant the fields mean in `timeZone`, as ISO UTC; null when either is not a real date or time. */
export function instantFromWallFields(date: string, time: string, timeZone: string): string | null {
  const parsed = parsePartialDate(`${date}T${time}`);
  if (!parsed || parsed.granularity !== 'minute') return null;
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(instantAt(date, { hour, minute, second: 0 }, 0, timeZone)).toISOString();
}
