import { isValidTimeZone } from '../../shared/domain/time-zone.js';
import { localeOfLanguage } from '../../shared/i18n/locales.js';
import type { VaultSession } from './session.js';
import { cliLanguage, cliWords } from './words.js';

/**
 * Times as the screens show them (renderer/components/mission-time.tsx): on the mission's clock, a
 * vault setting, or on the zone a record keeps of its own (where the evidence was collected), never
 * the computer's; in the command line's language, on the 24-hour clock, the zone named. `--json`
 * keeps the ISO instants.
 */

/** The mission's time zone, read from the vault's clocks and calendar. */
async function missionTimeZone(session: VaultSession): Promise<string> {
  return (await session.call('clocks.get', {})).calendar.timeZone;
}

/**
 * An instant (ISO) on the clock of `zone`: "14 Mar 2026, 10:30 (Africa/Bangui)"; a zone that is not a
 * real one reads as UTC.
 */
function missionTime(instant: string, zone: string): string {
  const timeZone = isValidTimeZone(zone) ? zone : 'UTC';
  const date = new Intl.DateTimeFormat(localeOfLanguage(cliLanguage()), {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(instant));
  return cliWords().instant(date, timeZone);
}

/** How a command's lines read an instant: on the mission's clock, or on the zone a record keeps of its own. */
export type TimeReader = (instant: string, ownZone?: string) => string;

/** A reader of instants on the clock of a mission zone already known (a restore reads it from the restored vault). */
export function clockOf(zone: string): TimeReader {
  return (instant, ownZone) => missionTime(instant, ownZone ?? zone);
}

/** A reader of instants on the mission's clock, the zone read once for the whole command. */
export async function missionClock(session: VaultSession): Promise<TimeReader> {
  return clockOf(await missionTimeZone(session));
}
