import { z } from 'zod';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/index.js';
import type { ChartMark, TimelineEntry } from '../../../shared/contract/timeline.js';
import { explainOrdering, type Chronology } from '../../../shared/timeline/chronology.js';
import { clusterTarget, layoutClusteredTimeline } from '../../../shared/timeline/clusters.js';
import { toUtcInterval } from '../../../shared/domain/uncertain-date.js';
import { fitRange, type IntervalOf, type TimeRange } from '../../../shared/timeline/layout.js';
import { caseVersion } from '../kernel/db/case-version.js';
import { decodeCursor, encodeCursor } from '../kernel/db/page-cursor.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import type { ChronologyEvent } from './record-events.js';
import { entriesOf, leanChronology } from './timeline-list.js';

/**
 * The chronology as the timeline tab reads it, a view at a time: the chart of one period (laid out
 * and clustered here, so a case of 20,000 events sends a few dozen marks) and the table a page at a
 * time. Both read one chronology, built once and kept while nothing it is read from changes: the
 * case's change counter, which SQLite's triggers move for any write to any of the case's records
 * from any connection (migration 0026; an audit row or none), and the mission's zone. It is kept
 * lean (timeline-list.ts): a reply builds the whole entries of the events it sends, in the same
 * transaction as the counter it was checked against.
 */

interface Built {
  /** Case, language and mission zone it was built for. */
  key: string;
  /** The case's change counter (case_versions) when it was built. */
  version: number;
  chronology: Chronology<ChronologyEvent>;
  ordering: string;
  /** The mission's zone, where dates written without one are read. */
  timeZone: string;
  /** Each dated event's UTC interval, read once: the chart lays the same events out at every zoom. */
  intervalOf: IntervalOf<ChronologyEvent>;
  /** The period that shows every dated event (null: none is dated). */
  fitted: TimeRange | null;
}

/** One chronology per open vault (the last one read): a locked or another vault never sees it. */
const built = new WeakMap<VaultDatabase, Built>();

/** The most events a cluster lists when showing closer would not pull it apart. */
const LISTED_MAX = 200;

/**
 * `read` given the case's chronology, in one transaction: the whole entries it builds are read at the
 * version the chronology was checked against.
 */
function withChronology<Reply>(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: { caseId: string; locale: ParsedInput<'timeline.list'>['locale'] },
  read: (kept: Built) => Reply,
): Reply {
  const { caseId, locale } = input;
  // Inside a caller's transaction a build may read writes that roll back after (the counter back
  // where it was): it is used, never kept.
  const keep = !db.inTransaction;
  return db.transaction(() => {
    const version = caseVersion(db, caseId);
    const zone = ports.clockConfiguration.read(db).calendar.timeZone;
    const key = JSON.stringify([caseId, locale, zone]);
    const kept = built.get(db);
    if (kept && kept.key === key && kept.version === version) return read(kept);
    const { chronology, timeZone } = leanChronology(ports, db, { caseId, locale });
    const intervalOf = (event: ChronologyEvent) => chronology.intervalOf(event) ?? toUtcInterval(event.date, timeZone);
    const fitted = fitRange(chronology.dated, undefined, timeZone, intervalOf);
    const fresh = { key, version, chronology, ordering: explainOrdering(locale), timeZone, intervalOf, fitted };
    if (keep) built.set(db, fresh);
    return read(fresh);
  })();
}

/**
 * Builds and keeps the case's chronology ahead of need (chronology-warmup.ts), in the language the
 * timeline will ask for; nothing when the kept one is current.
 */
export function prepareChronology(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: { caseId: string; locale: ParsedInput<'timeline.list'>['locale'] },
): void {
  withChronology(ports, db, input, () => undefined);
}

/** The chart of one period: its marks, and how many events lie outside it. */
export function timelineChart(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: ParsedInput<'timeline.chart'>,
): MethodOutput<'timeline.chart'> {
  return withChronology(ports, db, input, (kept) => chart(ports, db, input, kept));
}

function chart(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: ParsedInput<'timeline.chart'>,
  { chronology, ordering, timeZone, intervalOf, fitted }: Built,
): MethodOutput<'timeline.chart'> {
  const { dated, undated } = chronology;
  const counts = { dated: dated.length, undated: undated.length, ordering };
  const range = input.view ?? fitted;
  if (!range) return { range: null, marks: [], laneCount: 0, before: 0, after: 0, ...counts };
  const layout = layoutClusteredTimeline(
    dated,
    {
      ...range,
      widthPx: input.widthPx,
      gapPx: input.gapPx,
      minWidthPx: input.minWidthPx,
      minSpacingPx: input.minSpacingPx,
      timeZone,
    },
    intervalOf,
  );
  const groups = layout.groups.map(({ events, ...group }) => {
    const single = events.length === 1;
    const zoomTo = single ? null : clusterTarget(events, range, timeZone, intervalOf);
    // A single event is sent whole; a cluster's events are, when it is listed.
    const sent = single ? events : zoomTo ? [] : events.slice(0, LISTED_MAX);
    return { group, events, single, zoomTo, sent };
  });
  // The whole entries of the events sent, read in one go.
  const sent = groups.flatMap((group) => group.sent);
  const entries = new Map(entriesOf(ports, db, sent).map((entry, index) => [sent[index], entry]));
  const whole = (event: ChronologyEvent) => entries.get(event) as TimelineEntry;
  const marks = groups.map(({ group, events, single, zoomTo, sent: listed }): ChartMark => ({
    ...group,
    count: events.length,
    firstId: (events[0] as ChronologyEvent).id,
    entry: single ? whole(events[0] as ChronologyEvent) : null,
    zoomTo,
    listed: single ? [] : listed.map(whole),
  }));
  return {
    range,
    marks,
    laneCount: layout.laneCount,
    before: layout.before.length,
    after: layout.after.length,
    ...counts,
  };
}

/** A page's cursor (kernel/db/page-cursor.ts): where the last row of the page before stood, and its id. */
const CursorKey = z.tuple([z.number().int().min(0), z.string()]);

/** The row after the one a cursor names: found by its id, or the one that took its place when it has gone since. */
function startAfter(rows: readonly ChronologyEvent[], order: string, cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const [index, id] = decodeCursor(cursor, order, CursorKey);
  if (rows[index]?.id === id) return index + 1;
  const found = rows.findIndex((row) => row.id === id);
  return found >= 0 ? found + 1 : Math.min(index, rows.length);
}

/** A page of the chronology's table: dated events in order, or the undated ones. */
export function timelinePage(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: ParsedInput<'timeline.page'>,
): MethodOutput<'timeline.page'> {
  return withChronology(ports, db, input, ({ chronology }) => {
    const rows = chronology[input.part];
    const order = `chronology:${input.part}`;
    const start = startAfter(rows, order, input.after);
    const page = rows.slice(start, start + input.limit);
    const last = page.at(-1);
    const more = start + page.length < rows.length;
    return {
      rows: entriesOf(ports, db, page),
      ...(input.after === undefined ? { counts: { matching: rows.length, total: rows.length } } : {}),
      ...(more && last ? { next: encodeCursor(order, [start + page.length - 1, last.id]) } : {}),
    };
  });
}
