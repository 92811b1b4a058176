import { explainOrdering, mergeChronology, type Chronology } from '../../../shared/timeline/chronology.js';
import type { TimelineEntry } from '../../../shared/contract/timeline.js';
import { formatEvidenceNumber } from '../../../shared/domain/evidence.js';
import type { TimelineEvent } from '../../../shared/timeline/event.js';
import type { TimelineLocale } from '../../../shared/timeline/event-titles.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { EvidenceCollection, EvidenceRecords } from '../kernel/ports/evidence-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import {
  recordDetails,
  RecordEvent,
  recordWording,
  type ChronologyEvent,
  type InterviewForTimeline,
  type RecordWording,
} from './record-events.js';
import { caseInterviews, derivedEvents, interviewsInTime, labelled, type SourceLabels } from './timeline-derived.js';
import { manualEventRows, toManualEvent, type TimelineEventRow } from './timeline-store.js';

export function sourceLabelsOf(
  evidence: EvidenceRecords,
  db: VaultDatabase,
  caseId: string,
  locale: TimelineLocale,
): SourceLabels {
  const { interviewSource } = recordWording(caseId, locale);
  return sourceLabelsFrom(caseInterviews(db, caseId), evidence.collections(db, caseId), interviewSource);
}

/** The labels of the interviews and items given, read by the caller (a chronology reads them once for both uses). */
function sourceLabelsFrom(
  interviews: readonly Pick<InterviewForTimeline, 'id' | 'personCode'>[],
  evidence: readonly Pick<EvidenceCollection, 'id' | 'sequence'>[],
  interviewSource: RecordWording['interviewSource'],
): SourceLabels {
  return {
    interviews: new Map(interviews.map(({ id, personCode }) => [id, interviewSource(personCode)])),
    evidence: new Map(evidence.map(({ id, sequence }) => [id, formatEvidenceNumber(sequence)])),
  };
}

function entryWithLabels(event: TimelineEvent, updatedAt: string, labels: SourceLabels): TimelineEntry {
  return { ...event, sourceLabels: labelled(event.sources, labels), derivedFrom: null, updatedAt };
}

export function manualEntry(row: TimelineEventRow, labels: SourceLabels): TimelineEntry {
  return entryWithLabels(toManualEvent(row), row.updated_at, labels);
}

/** The case's chronology as `timeline.list` answers it. */
export function listTimeline(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: { caseId: string; locale: TimelineLocale },
): { dated: TimelineEntry[]; undated: TimelineEntry[]; ordering: string } {
  const { dated, undated } = buildChronology(ports, db, input).chronology;
  return { dated, undated, ordering: explainOrdering(input.locale) };
}

/**
 * The case's chronology as the timeline view keeps it: manual and derived events merged in the order of
 * shared/timeline, in the mission's zone; the events of the case's many records kept lean (entriesOf builds
 * what a reply sends). Sources are labelled for the events that cite them, not for every record of the case.
 */
export function leanChronology(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: { caseId: string; locale: TimelineLocale },
): { chronology: Chronology<ChronologyEvent>; timeZone: string } {
  return db.transaction(() => {
    const record = ports.cases.get(db, input.caseId);
    const interviews = caseInterviews(db, record.id);
    const evidence = ports.evidence.collections(db, record.id);
    const { timeZone } = ports.clockConfiguration.read(db).calendar;
    const manual = manualEventRows(db, record.id).map((row) => ({ event: toManualEvent(row), at: row.updated_at }));
    const contributed = ports.timeline.flatMap((contribute) =>
      contribute(db, record.id, { timeZone, locale: input.locale }),
    );
    const wording = recordWording(record.id, input.locale);
    const cited = new Set(
      [...manual.map(({ event }) => event), ...contributed].flatMap(({ sources }) => sources.map(({ id }) => id)),
    );
    const labels = sourceLabelsFrom(
      interviews.filter(({ id }) => cited.has(id)),
      evidence.filter(({ id }) => cited.has(id)),
      wording.interviewSource,
    );
    const derived = derivedEvents({
      record,
      facts: ports.deadlines.clockFacts(db, record.id),
      interviews: interviewsInTime(interviews),
      evidence,
      custody: ports.evidence.custodyForTimeline(db, record.id),
      timeZone,
      wording,
    });
    const events = derived.events.concat(
      contributed.map((event): TimelineEntry => ({ ...event, sourceLabels: labelled(event.sources, labels) })),
    );
    // "10 March" written without a zone is the mission's 10 March: an evidence item collected at
    // 01:30 that day in Nairobi comes after the day begins, not before it.
    const chronology = mergeChronology<ChronologyEvent>(
      manual.map(({ event, at }) => entryWithLabels(event, at, labels)),
      events,
      timeZone,
      derived.momentOf,
    );
    return { chronology, timeZone };
  })();
}

/** The whole entries of chronology events, in their order: what record events need besides is read by id, once. */
export function entriesOf(
  ports: CaseFilePorts,
  db: VaultDatabase,
  events: readonly ChronologyEvent[],
): TimelineEntry[] {
  const details = recordDetails(ports.evidence, db, events);
  return events.map((event) => (event instanceof RecordEvent ? event.entry(details) : event));
}

/** The case's whole chronology (every entry in full): the lean one with each of its events' entries. */
export function buildChronology(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: { caseId: string; locale: TimelineLocale },
): { chronology: Chronology<TimelineEntry>; timeZone: string } {
  return db.transaction(() => {
    const { chronology, timeZone } = leanChronology(ports, db, input);
    const dated = entriesOf(ports, db, chronology.dated);
    const undated = entriesOf(ports, db, chronology.undated);
    const intervals = new Map(
      dated.flatMap((entry, index) => {
        const interval = chronology.intervalOf(chronology.dated[index] as ChronologyEvent);
        return interval ? [[entry, interval] as const] : [];
      }),
    );
    return { chronology: { dated, undated, intervalOf: (entry: TimelineEntry) => intervals.get(entry) }, timeZone };
  })();
}
