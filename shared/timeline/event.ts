import { z } from 'zod';
import { Confidentiality } from '../domain/confidentiality.js';
import { Instant, instantMs, RecordId } from '../domain/primitives.js';
import type { WallTime } from '../domain/calendar.js';
import { instantsOfWallTime, utcOffsetMs } from '../domain/time-zone.js';
import { UncertainDate, type UtcInterval } from '../domain/uncertain-date.js';
import { DAY_MS, wallTimeAt } from '../clocks/local-time.js';

/**
 * One entry of a case's chronology. Manual events are written by the investigator; derived
 * ones are built from interviews, evidence, custody and status changes and never edited here.
 */

export const TIMELINE_EVENT_KINDS = [
  'incident',
  'investigative_action',
  'interview',
  'evidence',
  'custody',
  'referral',
  'status_change',
  'paternity',
  'victim_contact',
  'subject_action',
  'finding',
] as const;
export const TimelineEventKind = z.enum(TIMELINE_EVENT_KINDS);
export type TimelineEventKind = z.infer<typeof TimelineEventKind>;

/** "reported_by_source": someone said so; "established": the investigation has confirmed it. */
export const EVENT_BASES = ['reported_by_source', 'established'] as const;
export const EventBasis = z.enum(EVENT_BASES);
export type EventBasis = z.infer<typeof EventBasis>;

export const TimelineSource = z.object({ kind: z.enum(['interview', 'evidence']), id: RecordId }).strict();
export type TimelineSource = z.infer<typeof TimelineSource>;

export const TimelineEvent = z
  .object({
    id: RecordId,
    caseId: RecordId,
    date: UncertainDate,
    kind: TimelineEventKind,
    /** Pseudonym codes only, never a name: titles are shown on every chronology screen and report. */
    title: z.string().trim().min(1).max(300),
    description: z.string().max(10_000).optional(),
    basis: EventBasis,
    sources: z
      .array(TimelineSource)
      .max(200)
      .refine(
        (sources) => new Set(sources.map((s) => `${s.kind}:${s.id}`)).size === sources.length,
        'a source is linked twice',
      ),
    origin: z.enum(['manual', 'derived']),
    confidentiality: Confidentiality.default('confidential'),
  })
  .strict();
export type TimelineEvent = z.infer<typeof TimelineEvent>;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A wall-clock time as an exact date of `timeZone`, to the second. */
function exactDateOf(wall: WallTime, timeZone: string): UncertainDate {
  const day = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const from = `${day}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return { precision: 'exact', from, timeZone };
}

/**
 * A recorded instant as an exact date on the wall clock of `timeZone`, for events derived
 * from timestamps (custody, status changes). Kept to the second, the finest an UncertainDate holds.
 */
export function exactDateAt(instant: Instant, timeZone: string): UncertainDate {
  return exactDateOf(wallTimeAt(instantMs(instant), timeZone).wall, timeZone);
}

/** The wall times whose year ISO text writes in four digits, as exactDateOf does. */
const FIRST_FOUR_DIGIT_YEAR = Date.parse('0000-01-01T00:00:00Z');
const AFTER_FOUR_DIGIT_YEARS = Date.parse('+010000-01-01T00:00:00Z');

/**
 * The UTC interval of exactDateAt(instant, timeZone) (toUtcInterval's, both occurrences of a repeated hour
 * included), found from the instant at hand without writing the date: a chronology orders and lays out
 * tens of thousands of recorded instants and writes the dates of the few it sends.
 */
export function exactIntervalAt(instant: Instant, timeZone: string): UtcInterval {
  const second = Math.floor(instantMs(instant) / 1000) * 1000;
  const offset = utcOffsetMs(second, timeZone);
  const wallMs = second + offset;
  // instantsOfWallTime's reading: with the same offset a day either side of the wall time, the
  // second it was read from is the only one that showed it. Otherwise (a clock change near) ask it.
  if (
    wallMs >= FIRST_FOUR_DIGIT_YEAR &&
    wallMs < AFTER_FOUR_DIGIT_YEARS &&
    utcOffsetMs(wallMs - DAY_MS, timeZone) === offset &&
    utcOffsetMs(wallMs + DAY_MS, timeZone) === offset
  ) {
    return { earliest: second, latest: second };
  }
  const instants = instantsOfWallTime(wallTimeAt(second, timeZone).wall, timeZone);
  return { earliest: instants[0] as number, latest: instants[instants.length - 1] as number };
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => pad(n));

/**
 * exactDateAt, writing each day's text once: one writer per chronology, whose whole list writes the
 * dates of tens of thousands of recorded instants.
 */
export function exactDateWriter(): (instant: Instant, timeZone: string) => UncertainDate {
  const dayTexts = new Map<number, string>();
  return (instant, timeZone) => {
    const second = Math.floor(instantMs(instant) / 1000) * 1000;
    const wallMs = second + utcOffsetMs(second, timeZone);
    if (!(wallMs >= FIRST_FOUR_DIGIT_YEAR && wallMs < AFTER_FOUR_DIGIT_YEARS)) return exactDateAt(instant, timeZone);
    const day = Math.floor(wallMs / DAY_MS);
    let dayText = dayTexts.get(day);
    if (dayText === undefined) {
      dayText = new Date(day * DAY_MS).toISOString().slice(0, 10);
      dayTexts.set(day, dayText);
    }
    const time = (wallMs - day * DAY_MS) / 1000;
    const minutes = Math.floor(time / 60);
    const clock = `${TWO_DIGITS[Math.floor(minutes / 60)]}:${TWO_DIGITS[minutes % 60]}:${TWO_DIGITS[time % 60]}`;
    return { precision: 'exact', from: `${dayText}T${clock}`, timeZone };
  };
}

export type ExactMoment = { date: UncertainDate; interval: UtcInterval };

/** exactDateAt with its UTC interval (exactIntervalAt's). */
export function exactMomentAt(instant: Instant, timeZone: string): ExactMoment {
  return { date: exactDateAt(instant, timeZone), interval: exactIntervalAt(instant, timeZone) };
}
