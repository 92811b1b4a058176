import { chronologyKey, compareChronologyKeys, PRECISION_RANK, type UtcInterval } from '../domain/uncertain-date.js';
import { messageText, type MessageLanguage } from '../i18n/messages.js';
import { TIMELINE_EVENT_KINDS, type TimelineEvent, type TimelineEventKind } from './event.js';

/**
 * One chronology per case: manual and derived events in the order of domain/uncertain-date.ts,
 * with events nobody can date listed apart rather than pushed to an arbitrary end.
 */

const KIND_RANK = Object.fromEntries(TIMELINE_EVENT_KINDS.map((kind, index) => [kind, index])) as Record<
  TimelineEventKind,
  number
>;
// Same collation in the core (Node) and the renderer (Chromium); numeric so E-0002 sorts before E-0010.
const titles = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

type Sortable = Pick<TimelineEvent, 'id' | 'kind' | 'title' | 'origin' | 'date'>;

/** Same dates: by kind (incident first, status change last), then title, then manual before derived, then id. */
function compareSameDate(a: Sortable, b: Sortable): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    titles.compare(a.title, b.title) ||
    (a.origin === b.origin ? 0 : a.origin === 'manual' ? -1 : 1) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export interface Chronology<T> {
  /** Every event with a known date, however vague, in chronological order. */
  dated: T[];
  /** Events whose date is unknown, by kind then title. */
  undated: T[];
  /** A dated event's date as a UTC interval, as the order read it (for laying the events out). */
  intervalOf: (event: T) => UtcInterval | undefined;
}

/**
 * An event whose date is an exact moment, as its caller knows it without writing the date: the date's UTC
 * interval (toUtcInterval's) and its zone. Two exact dates of one zone with the same interval were written
 * alike, so such events are ordered by numbers alone and their dates are read only for a tie across zones.
 */
export interface KnownMoment {
  interval: UtcInterval;
  timeZone: string;
}

/** A dated event as the order reads it: its interval, its precision's rank, its zone when known exact. */
interface Placed<T> {
  event: T;
  interval: UtcInterval;
  rank: number;
  /** The zone of an exact moment known beforehand; undefined: the date is read to break a tie. */
  zone: string | undefined;
}

/**
 * `timeZone`: the mission's, where dates written without a zone are read. `known`: what the caller already
 * knows of an event whose date is an exact moment (its interval and zone), so that its date is not read
 * (an event may write it only when asked); undefined for the others.
 */
export function mergeChronology<T extends Sortable>(
  manual: readonly T[],
  derived: readonly T[],
  timeZone = 'UTC',
  known?: (event: T) => KnownMoment | undefined,
): Chronology<T> {
  const placed: Placed<T>[] = [];
  const undated: T[] = [];
  /** The intervals read here, of events the caller knew no moment of. */
  const read = new Map<T, UtcInterval>();
  const place = (event: T): void => {
    const moment = known?.(event);
    if (moment) {
      placed.push({ event, interval: moment.interval, rank: PRECISION_RANK.exact, zone: moment.timeZone });
      return;
    }
    const key = chronologyKey(event.date, timeZone);
    if (!key.interval) {
      undated.push(event);
      return;
    }
    read.set(event, key.interval);
    placed.push({ event, interval: key.interval, rank: key.rank, zone: undefined });
  };
  manual.forEach(place);
  derived.forEach(place);
  placed.sort(
    (x, y) =>
      x.interval.earliest - y.interval.earliest ||
      x.interval.latest - y.interval.latest ||
      x.rank - y.rank ||
      compareWritten(x, y, timeZone) ||
      compareSameDate(x.event, y.event),
  );
  undated.sort(compareSameDate);
  return {
    dated: placed.map(({ event }) => event),
    undated,
    intervalOf: (event) => known?.(event)?.interval ?? read.get(event),
  };
}

/**
 * Two dates of the same interval and precision, by how they were written (compareChronologyKeys' last
 * step): exact moments of one zone known beforehand were written alike.
 */
function compareWritten<T extends Sortable>(x: Placed<T>, y: Placed<T>, timeZone: string): number {
  if (x.zone !== undefined && x.zone === y.zone) return 0;
  return compareChronologyKeys(
    chronologyKey(x.event.date, timeZone, x.interval),
    chronologyKey(y.event.date, timeZone, y.interval),
  );
}

/** How the chronology is ordered, in words, for the help beside the timeline and the table. */
export function explainOrdering(language: MessageLanguage = 'en'): string {
  return `${messageText(language, 'chronologyOrdering.rule')} ${messageText(language, 'chronologyOrdering.sameDate')}`;
}
