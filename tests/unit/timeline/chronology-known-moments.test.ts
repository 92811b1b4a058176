import { describe, expect, it } from 'vitest';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import { mergeChronology, type KnownMoment } from '../../../shared/timeline/chronology.js';
import { exactDateAt, exactIntervalAt, type TimelineEvent } from '../../../shared/timeline/event.js';
import { seededRandom } from '../../seeded-random.js';

/**
 * The chronology orders events whose exact moment its caller knows (recorded instants: items collected,
 * interviews, custody) by their interval and zone, reading their dates only to break a tie across zones.
 * Here many such events, crowded onto a few shared instants in six zones around two clock changes, mixed
 * with manual events of every precision (some on the same instants, days and months), must come out in the
 * order their written dates give, whatever order they are given in.
 */

const MISSION_ZONE = 'America/New_York';
const ZONES = [MISSION_ZONE, 'UTC', 'Europe/Paris', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Apia'];
const MINUTE = 60_000;
/** New York's repeated hour (01:00–02:00 twice) and Paris's missing one. */
const CLOCK_CHANGES = [Date.parse('2026-11-01T04:30:00Z'), Date.parse('2026-03-29T00:00:00Z')];
const DERIVED_KINDS = ['interview', 'evidence', 'custody'] as const;
/** Few titles, so that events tie on their title too and the id decides. */
const TITLES = ['E-0001 collected', 'E-0002 collected', 'Interview of W-01'];

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function events(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  /** A dozen instants around each clock change, 20 minutes apart: many events share each. */
  const instants = CLOCK_CHANGES.flatMap((at) =>
    Array.from({ length: 12 }, (_, step) => new Date(at + (step - 6) * 20 * MINUTE).toISOString()),
  );
  let id = 0;
  const nextId = () => `ev-${String(++id).padStart(4, '0')}`;
  const base = (title: string, date: UncertainDate, kind: TimelineEvent['kind'], origin: TimelineEvent['origin']) =>
    ({
      id: nextId(),
      caseId: 'case-1',
      date,
      kind,
      title,
      basis: 'established',
      sources: [],
      origin,
      confidentiality: 'confidential',
    }) satisfies TimelineEvent;

  const derived: { whole: TimelineEvent; known: KnownMoment }[] = [];
  for (let n = 0; n < 400; n++) {
    const instant = pick(instants);
    const zone = pick(ZONES);
    derived.push({
      whole: base(pick(TITLES), exactDateAt(instant, zone), pick(DERIVED_KINDS), 'derived'),
      known: { interval: exactIntervalAt(instant, zone), timeZone: zone },
    });
  }

  const manual: TimelineEvent[] = [];
  for (let n = 0; n < 80; n++) {
    const instant = pick(instants);
    const zone = pick(ZONES);
    const written = exactDateAt(instant, zone);
    const wall = written.precision === 'unknown' ? '' : written.from;
    const dates: UncertainDate[] = [
      // The same instant written by hand in its zone, to the second or to the minute.
      written,
      { precision: 'exact', from: wall.slice(0, 16), timeZone: zone },
      { precision: 'day', from: wall.slice(0, 10), timeZone: zone },
      { precision: 'day', from: wall.slice(0, 10) },
      { precision: 'month', from: wall.slice(0, 7) },
      { precision: 'year', from: wall.slice(0, 4) },
      { precision: 'range', from: wall.slice(0, 10), to: wall.slice(0, 7), timeZone: zone },
      { precision: 'unknown' },
    ];
    manual.push(
      base(pick(TITLES), pick(dates), pick(['incident', 'interview', 'investigative_action'] as const), 'manual'),
    );
  }
  return { derived, manual };
}

describe('the chronology of events whose exact moment is known', () => {
  const random = seededRandom(14);
  const { derived, manual } = events(random);
  const ids = (list: readonly TimelineEvent[]) => list.map((event) => event.id);

  /** Each derived event as the core keeps it: its date readable, and counted when read. */
  const datesRead = new Map<TimelineEvent, number>();
  const lazy = derived.map(({ whole, known }) => {
    const event = {
      ...whole,
      get date() {
        datesRead.set(event, (datesRead.get(event) ?? 0) + 1);
        return whole.date;
      },
    } as TimelineEvent;
    return { event, known };
  });
  const knownOf = new Map(lazy.map(({ event, known }) => [event, known]));
  const lazyEvents = lazy.map(({ event }) => event);

  const fromWritten = mergeChronology(
    manual,
    derived.map(({ whole }) => whole),
    MISSION_ZONE,
  );
  const fromKnown = mergeChronology(manual, lazyEvents, MISSION_ZONE, (event) => knownOf.get(event));

  it('is the order of their written dates, ties, zones, clock changes and undated events included', () => {
    expect(ids(fromKnown.dated)).toEqual(ids(fromWritten.dated));
    expect(ids(fromKnown.undated)).toEqual(ids(fromWritten.undated));
    expect(fromKnown.undated.length).toBeGreaterThan(0);
    expect(fromKnown.dated.map((event) => fromKnown.intervalOf(event))).toEqual(
      fromWritten.dated.map((event) => fromWritten.intervalOf(event)),
    );
    // What the case is meant to hold: derived events in a zone's repeated hour (an interval an hour long).
    const repeated = fromKnown.dated.filter((event) => {
      const interval = fromKnown.intervalOf(event);
      return (
        event.origin === 'derived' && interval !== undefined && interval.latest - interval.earliest === 60 * MINUTE
      );
    });
    expect(repeated.length).toBeGreaterThan(0);
  });

  it('reads the date of one only when it ties with an exact date of another zone or written by hand', () => {
    const sameInterval = (a: TimelineEvent, b: TimelineEvent): boolean => {
      const [x, y] = [fromKnown.intervalOf(a), fromKnown.intervalOf(b)];
      return x !== undefined && y !== undefined && x.earliest === y.earliest && x.latest === y.latest;
    };
    const tiesAcrossZones = (event: TimelineEvent): boolean =>
      fromKnown.dated.some(
        (other) =>
          other !== event &&
          other.date.precision === 'exact' &&
          sameInterval(event, other) &&
          knownOf.get(other)?.timeZone !== knownOf.get(event)?.timeZone,
      );
    datesRead.clear();
    mergeChronology(manual, lazyEvents, MISSION_ZONE, (event) => knownOf.get(event));
    const read = [...datesRead.keys()];
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThan(lazyEvents.length);
    expect(read.filter((event) => !tiesAcrossZones(event)).map((event) => event.id)).toEqual([]);
  });

  it('does not depend on the order the events are given in', () => {
    const again = mergeChronology(shuffled(manual, random), shuffled(lazyEvents, random), MISSION_ZONE, (event) =>
      knownOf.get(event),
    );
    expect(ids(again.dated)).toEqual(ids(fromKnown.dated));
    expect(ids(again.undated)).toEqual(ids(fromKnown.undated));
  });
});
