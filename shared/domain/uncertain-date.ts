import { z } from 'zod';
import {
  anniversary,
  calendarDaysOf,
  endWallTime,
  parsePartialDate,
  startWallTime,
  type CalendarDate,
  type PartialDate,
} from './calendar.js';
import { instantsOfWallTime, TimeZone } from './time-zone.js';

/**
 * Dates as witnesses give them: "on 3 March at about 10", "around March 2015", "between June
 * and August 2016", "I don't know". Each is kept as said, with its precision, and turned into
 * the honest interval of instants it could mean only when something has to be compared.
 */

export const DATE_PRECISIONS = ['exact', 'day', 'month', 'year', 'range', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const writtenAs = (granularities: readonly PartialDate['granularity'][], example: string) =>
  z.string().refine((text) => {
    const parsed = parsePartialDate(text);
    return parsed !== null && granularities.includes(parsed.granularity);
  }, `expected a real date written as ${example}`);

/** A stated local time, `YYYY-MM-DDTHH:mm[:ss]`, read in the date's time zone. */
const LocalDateTimeText = writtenAs(['minute'], 'YYYY-MM-DDTHH:mm');
const DayText = writtenAs(['day'], 'YYYY-MM-DD');
const MonthText = writtenAs(['month'], 'YYYY-MM');
const YearText = writtenAs(['year'], 'YYYY');
/** A bound of a range may be any of the above: "from June 2016 to 14 August 2016". */
const RangeBoundText = writtenAs(['year', 'month', 'day', 'minute'], 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm');

/**
 * Without a time zone, day/month/year/range dates are read in UTC. The UI should always send
 * the zone of the place (the mission's) so that "3 March" means 3 March there.
 */
const OptionalZone = TimeZone.optional();

export const UncertainDate = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('exact'), from: LocalDateTimeText, timeZone: TimeZone }).strict(),
  z.object({ precision: z.literal('day'), from: DayText, timeZone: OptionalZone }).strict(),
  z.object({ precision: z.literal('month'), from: MonthText, timeZone: OptionalZone }).strict(),
  z.object({ precision: z.literal('year'), from: YearText, timeZone: OptionalZone }).strict(),
  z
    .object({ precision: z.literal('range'), from: RangeBoundText, to: RangeBoundText, timeZone: OptionalZone })
    .strict()
    .refine(
      ({ from, to }) => {
        const start = parsePartialDate(from);
        const end = parsePartialDate(to);
        // Malformed bounds are reported by the fields themselves.
        if (!start || !end) return true;
        const startsAt = wallKey(startWallTime(start));
        // A stated time ends where it is; a day, month or year at the following midnight (excluded).
        return end.granularity === 'minute'
          ? startsAt <= wallKey(endWallTime(end))
          : startsAt < wallKey(endWallTime(end));
      },
      { message: 'a range must not end before it starts', path: ['to'] },
    ),
  z.object({ precision: z.literal('unknown') }).strict(),
]);
export type UncertainDate = z.infer<typeof UncertainDate>;

const wallKey = (wall: ReturnType<typeof startWallTime>): string =>
  [wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second]
    .map((n) => String(n).padStart(4, '0'))
    .join('');

export const UNKNOWN_DATE: UncertainDate = { precision: 'unknown' };

/** Epoch milliseconds, both ends included: every instant the date could mean. */
export interface UtcInterval {
  earliest: number;
  latest: number;
}

function parsedBound(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  // Only reachable with an object that skipped validation: a programming error, never user data.
  if (!parsed) throw new TypeError('uncertain date bound is not a valid written date');
  return parsed;
}

function intervalOfWritten(date: PartialDate, timeZone: string): UtcInterval {
  const starts = instantsOfWallTime(startWallTime(date), timeZone);
  const earliest = starts[0] as number;
  if (date.granularity === 'minute') return { earliest, latest: starts[starts.length - 1] as number };
  // The period ends just before the first moment its following midnight is reached.
  const ends = instantsOfWallTime(endWallTime(date), timeZone);
  return { earliest, latest: (ends[0] as number) - 1 };
}

/**
 * The interval in UTC that `date` stands for; null when unknown. An exact time is a point
 * (two points an hour apart when it fell in the repeated hour of a clock change). A date written
 * without a zone is read in `zoneIfUnwritten`: the mission's, wherever the team's "10 March" is
 * compared with an instant (deadlines, rules, the chronology).
 */
export function toUtcInterval(date: UncertainDate, zoneIfUnwritten = 'UTC'): UtcInterval | null {
  if (date.precision === 'unknown') return null;
  const zone = date.timeZone ?? zoneIfUnwritten;
  const from = intervalOfWritten(parsedBound(date.from), zone);
  if (date.precision !== 'range') return from;
  return { earliest: from.earliest, latest: intervalOfWritten(parsedBound(date.to), zone).latest };
}

/** `date`, read in `timeZone` when it was written without a zone (an exact time always has its own). */
export function inZoneIfUnwritten(date: UncertainDate, timeZone: string): UncertainDate {
  return date.precision === 'unknown' || date.timeZone !== undefined ? date : { ...date, timeZone };
}

/** The same interval as ISO-8601 UTC text, e.g. for sortable database columns. */
export function toIsoInterval(date: UncertainDate): { earliest: string; latest: string } | null {
  const interval = toUtcInterval(date);
  if (!interval) return null;
  return { earliest: new Date(interval.earliest).toISOString(), latest: new Date(interval.latest).toISOString() };
}

/** First and last calendar day (on the local calendar it was written in) the date may fall on. */
export function calendarSpan(date: UncertainDate): { first: CalendarDate; last: CalendarDate } | null {
  if (date.precision === 'unknown') return null;
  const first = calendarDaysOf(parsedBound(date.from)).first;
  const last = calendarDaysOf(parsedBound(date.precision === 'range' ? date.to : date.from)).last;
  return { first, last };
}

// ---- Chronological order -------------------------------------------------------------------

/** Of dates of the same interval, the narrower precision first. */
export const PRECISION_RANK: Record<DatePrecision, number> = {
  exact: 0,
  day: 1,
  month: 2,
  year: 3,
  range: 4,
  unknown: 5,
};

/** What a date is sorted by; compute once per item, then compare many times. */
export interface ChronologyKey {
  interval: UtcInterval | null;
  rank: number;
  /** The date itself: how it was written decides between dates of the same interval and precision. */
  date: UncertainDate;
}

/** `interval`: the date's, when the caller has it already (toUtcInterval's, else the order is wrong). */
export function chronologyKey(
  date: UncertainDate,
  zoneIfUnwritten = 'UTC',
  interval = toUtcInterval(date, zoneIfUnwritten),
): ChronologyKey {
  return { interval, rank: PRECISION_RANK[date.precision], date };
}

/** A date as written, as one text (written only for the few dates that tie on everything else). */
const canonicalText = (date: UncertainDate): string =>
  date.precision === 'unknown'
    ? 'unknown'
    : `${date.precision}|${date.from}|${date.precision === 'range' ? date.to : ''}|${date.timeZone ?? ''}`;

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

export function compareChronologyKeys(a: ChronologyKey, b: ChronologyKey): number {
  if (!a.interval || !b.interval) {
    if (a.interval) return -1;
    if (b.interval) return 1;
  } else {
    if (a.interval.earliest !== b.interval.earliest) return sign(a.interval.earliest - b.interval.earliest);
    if (a.interval.latest !== b.interval.latest) return sign(a.interval.latest - b.interval.latest);
  }
  if (a.rank !== b.rank) return sign(a.rank - b.rank);
  const [x, y] = [canonicalText(a.date), canonicalText(b.date)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Total order for chronologies: see `describeOrdering()`. Two dates compare equal only when
 * they were written identically, so a sort gives the same result whatever the input order.
 */
export function compareUncertainDates(a: UncertainDate, b: UncertainDate): number {
  return compareChronologyKeys(chronologyKey(a), chronologyKey(b));
}

/** A new array of `items` in chronological order of `dateOf(item)`; stable for equal dates. */
export function sortChronologically<T>(items: readonly T[], dateOf: (item: T) => UncertainDate): T[] {
  return items
    .map((item, index) => ({ item, index, key: chronologyKey(dateOf(item)) }))
    .sort((x, y) => compareChronologyKeys(x.key, y.key) || x.index - y.index)
    .map(({ item }) => item);
}

/** The ordering rule in plain words, for the chronology screen's help and for reports. */
export function describeOrdering(): string {
  return [
    'Events are ordered by the earliest moment they could have happened, converted ' +
      "to UTC from the time zone given (the mission's when none was).",
    'When two events could start at the same moment, the one known more narrowly ' +
      'comes first: it is the one that must end sooner',
    '(an exact time before its whole day, a day before its month, a month before a range that runs on after it).',
    'If they still tie, exact times come before days, days before months, months ' +
      'before years, and years before ranges.',
    'Events with an unknown date come last.',
    'Events with exactly the same interval and precision are ordered by how their ' +
      'dates were written, so the order never depends on the order of entry.',
    'An uncertain date is never moved to a guessed point: "March 2015" stays the whole of March 2015.',
  ].join(' ');
}

// ---- Age at an uncertain date --------------------------------------------------------------

export const AGE_BANDS = ['adult', 'minor', 'unknown'] as const;
export const AgeBand = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof AgeBand>;

/** Under this age, a person is a child for every rule of Casefile (ST/SGB/2003/13), whatever local law says. */
export const AGE_OF_MAJORITY = 18;

export type AgeBandBasis =
  /** the same answer for every possible birth date and incident date */
  | 'established'
  /** the 18th birthday may fall inside the incident's interval (or the birth date's) */
  | 'possible_minor'
  /** the birth date or the incident date is unknown */
  | 'date_unknown';

export interface AgeBandAssessment {
  band: AgeBand;
  basis: AgeBandBasis;
}

/**
 * The age band of someone born on `dateOfBirth` at `incidentDate`, compared on the calendar
 * (a person is 18 from the first minute of their 18th birthday, so a birthday on the incident
 * day gives an adult). When the uncertainty of either date lets the 18th birthday fall inside
 * the incident's span, the answer is 'minor' with basis 'possible_minor', not 'unknown':
 * R5 says a mistaken belief about age is no defence, so a possible child must receive a
 * child's protections (R4 guardian consent and assent, R5 classification).
 */
export function assessAgeBandAt(dateOfBirth: UncertainDate, incidentDate: UncertainDate): AgeBandAssessment {
  const birth = calendarSpan(dateOfBirth);
  const incident = calendarSpan(incidentDate);
  if (!birth || !incident) return { band: 'unknown', basis: 'date_unknown' };
  // Adult for certain: even the latest possible birth reached 18 by the first possible incident day.
  if (incident.first >= anniversary(birth.last, AGE_OF_MAJORITY)) return { band: 'adult', basis: 'established' };
  // Minor for certain: even the earliest possible birth had not reached 18 by the last possible day.
  if (incident.last < anniversary(birth.first, AGE_OF_MAJORITY)) return { band: 'minor', basis: 'established' };
  return { band: 'minor', basis: 'possible_minor' };
}

export function ageBandAt(dateOfBirth: UncertainDate, incidentDate: UncertainDate): AgeBand {
  return assessAgeBandAt(dateOfBirth, incidentDate).band;
}
