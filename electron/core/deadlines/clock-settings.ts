import type { z } from 'zod';
import { DEFAULT_CLOCKS, ClockSettings } from '../../../shared/clocks/clock.js';
import { DEFAULT_WORKING_CALENDAR } from '../../../shared/clocks/working-days.js';
import { CasefileError } from '../../../shared/contract/index.js';
import { MissionCalendar, type ClockConfiguration } from '../../../shared/contract/deadlines.js';
import { TimeZone } from '../../../shared/domain/time-zone.js';
import type { ClockConfigurationSource } from '../kernel/ports/clock-configuration.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * The clocks and the mission calendar live in the encrypted database (vault_settings, migration
 * 0011): they describe how this team works on cases. A missing key means the shipped defaults,
 * so a new release's better defaults reach every vault that never changed them.
 *
 * The mission's time zone is not a shipped default but where the team works: it is kept under a
 * key of its own, recorded when the vault is created (the creating computer's zone) and whenever
 * the calendar is saved, so a reset to the shipped calendar keeps it. A vault created without
 * one works on UTC.
 */

const CLOCKS_KEY = 'clocks';
const CALENDAR_KEY = 'mission_calendar';
const TIME_ZONE_KEY = 'mission_time_zone';

const DEFAULT_MISSION_CALENDAR: Readonly<MissionCalendar> = Object.freeze({
  weekendDays: [...DEFAULT_WORKING_CALENDAR.weekendDays],
  holidays: [],
  timeZone: 'UTC',
});

interface SettingRow {
  value: string;
  updated_at: string;
}

function readSetting(db: VaultDatabase, key: string): SettingRow | undefined {
  return db.prepare('SELECT value, updated_at FROM vault_settings WHERE key = ?').get(key) as SettingRow | undefined;
}

/** A stored value that no longer parses is a damaged vault, not a reason to fall back silently. */
function parsedSetting<S extends z.ZodType>(row: SettingRow, schema: S): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(row.value));
  if (!parsed.success) throw new CasefileError('VAULT_CORRUPT', 'vault.settingsDamaged');
  return parsed.data;
}

/** The shipped weekend and holidays, in the mission's time zone. */
function defaultCalendar(db: VaultDatabase): MissionCalendar {
  const zoneRow = readSetting(db, TIME_ZONE_KEY);
  const timeZone = zoneRow ? parsedSetting(zoneRow, TimeZone) : DEFAULT_MISSION_CALENDAR.timeZone;
  return { ...structuredClone({ ...DEFAULT_MISSION_CALENDAR }), timeZone };
}

export function readClockConfiguration(db: VaultDatabase): ClockConfiguration {
  const clocksRow = readSetting(db, CLOCKS_KEY);
  const calendarRow = readSetting(db, CALENDAR_KEY);
  const changed = [clocksRow?.updated_at, calendarRow?.updated_at]
    .filter((at): at is string => at !== undefined)
    .sort();
  return {
    clocks: clocksRow ? parsedSetting(clocksRow, ClockSettings) : structuredClone([...DEFAULT_CLOCKS]),
    calendar: calendarRow ? parsedSetting(calendarRow, MissionCalendar) : defaultCalendar(db),
    isDefault: changed.length === 0,
    updatedAt: changed[changed.length - 1] ?? null,
  };
}

function writeSetting(db: VaultDatabase, key: string, value: unknown, atIso: string): void {
  db.prepare(
    `INSERT INTO vault_settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), atIso);
}

export function writeClockSettings(
  db: VaultDatabase,
  change: { clocks?: ClockSettings; calendar?: MissionCalendar },
  atIso: string,
): void {
  if (change.clocks) writeSetting(db, CLOCKS_KEY, change.clocks, atIso);
  if (change.calendar) {
    // Sorted and deduplicated: the calendar is a set of days, and equal sets compare equal.
    const holidays = [...new Set(change.calendar.holidays)].sort();
    writeSetting(db, CALENDAR_KEY, { ...change.calendar, holidays }, atIso);
    writeSetting(db, TIME_ZONE_KEY, change.calendar.timeZone, atIso);
  }
}

/** The zone a new vault's mission works in (clocks.get shows it until the calendar is changed). */
export function recordMissionTimeZone(db: VaultDatabase, timeZone: string, atIso: string): void {
  writeSetting(db, TIME_ZONE_KEY, timeZone, atIso);
}

/** Back to the shipped clocks and calendar; the mission's time zone stays (see above). */
export function clearClockSettings(db: VaultDatabase): void {
  db.prepare('DELETE FROM vault_settings WHERE key IN (?, ?)').run(CLOCKS_KEY, CALENDAR_KEY);
}

/** The clocks and calendar as the other features read them (kernel/ports/clock-configuration.ts). */
export const clockConfiguration: ClockConfigurationSource = { read: readClockConfiguration };
