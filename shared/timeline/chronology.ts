import {
  chronologyKey,
  compareChronologyKeys,
  type ChronologyKey,
  type UtcInterval,
} from '../domain/uncertain-date.js';
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
  /** Each dated event's date as a UTC interval, as the order read it (for laying the events out). */
  intervals: ReadonlyMap<T, UtcInterval>;
}

/**
 * `timeZone`: the mission's, where dates written without a zone are read. `known`: the UTC interval the
 * caller already has for an event (exactMomentAt's), used instead of reading its date again; undefined
 * for the others.
 */
export function mergeChronology<T extends Sortable>(
  manual: readonly T[],
  derived: readonly T[],
  timeZone = 'UTC',
  known?: (event: T) => UtcInterval | undefined,
): Chronology<T> {
  const keyed = [...manual, ...derived].map((event) => ({
    event,
    key: chronologyKey(event.date, timeZone, known?.(event)),
  }));
  const order = (x: { event: T; key: ChronologyKey }, y: { event: T; key: ChronologyKey }): number =>
    compareChronologyKeys(x.key, y.key) || compareSameDate(x.event, y.event);
  keyed.sort(order);
  const chronology: Chronology<T> & { intervals: Map<T, UtcInterval> } = {
    dated: [],
    undated: [],
    intervals: new Map(),
  };
  for (const { event, key } of keyed) {
    (event.date.precision === 'unknown' ? chronology.undated : chronology.dated).push(event);
    if (key.interval) chronology.intervals.set(event, key.interval);
  }
  return chronology;
}

/** How the chronology is ordered, in words, for the help beside the timeline and the table. */
export function explainOrdering(language: MessageLanguage = 'en'): string {
  return `${messageText(language, 'chronologyOrdering.rule')} ${messageText(language, 'chronologyOrdering.sameDate')}`;
}
