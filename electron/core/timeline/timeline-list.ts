import { explainOrdering, mergeChronology, type Chronology } from '../../../shared/timeline/chronology.js';
import type { TimelineEntry } from '../../../shared/contract/timeline.js';
import { timelineWords, type TimelineLocale } from '../../../shared/timeline/event-titles.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { EvidenceForTimeline, EvidenceRecords } from '../kernel/ports/evidence-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import {
  caseInterviews,
  derivedEvents,
  interviewsInTime,
  labelled,
  wordedOnce,
  type InterviewForTimeline,
  type SourceLabels,
} from './timeline-derived.js';
import { manualEventRows, toManualEvent, type TimelineEventRow } from './timeline-store.js';

export function sourceLabelsOf(
  evidence: EvidenceRecords,
  db: VaultDatabase,
  caseId: string,
  locale: TimelineLocale,
): SourceLabels {
  return sourceLabelsFrom(caseInterviews(db, caseId), evidence.forTimeline(db, caseId), locale);
}

/** The labels of the case's interviews and items, read by the caller (a chronology reads them once for both uses). */
function sourceLabelsFrom(
  interviews: readonly Pick<InterviewForTimeline, 'id' | 'personCode'>[],
  evidence: readonly Pick<EvidenceForTimeline, 'id' | 'number'>[],
  locale: TimelineLocale,
): SourceLabels {
  const interviewSource = wordedOnce((code, language: TimelineLocale) => timelineWords.interviewSource(language, code));
  return {
    interviews: new Map(interviews.map(({ id, personCode }) => [id, interviewSource(personCode, locale)])),
    evidence: new Map(evidence.map(({ id, number }) => [id, number])),
  };
}

export function manualEntry(row: TimelineEventRow, labels: SourceLabels): TimelineEntry {
  const event = toManualEvent(row);
  return { ...event, sourceLabels: labelled(event.sources, labels), derivedFrom: null, updatedAt: row.updated_at };
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

/** The case's chronology: manual and derived events merged in the order of shared/timeline, in the mission's zone. */
export function buildChronology(
  ports: CaseFilePorts,
  db: VaultDatabase,
  input: { caseId: string; locale: TimelineLocale },
): { chronology: Chronology<TimelineEntry>; timeZone: string } {
  return db.transaction(() => {
    const record = ports.cases.get(db, input.caseId);
    const interviews = caseInterviews(db, record.id);
    const evidence = ports.evidence.forTimeline(db, record.id);
    const labels = sourceLabelsFrom(interviews, evidence, input.locale);
    const manual = manualEventRows(db, record.id).map((row) => manualEntry(row, labels));
    const { timeZone } = ports.clockConfiguration.read(db).calendar;
    const derived = derivedEvents({
      record,
      facts: ports.deadlines.clockFacts(db, record.id),
      interviews: interviewsInTime(interviews),
      evidence,
      custody: ports.evidence.custodyForTimeline(db, record.id),
      timeZone,
      locale: input.locale,
      labels,
    });
    const contributed = ports.timeline
      .flatMap((contribute) => contribute(db, record.id, { timeZone, locale: input.locale }))
      .map((event): TimelineEntry => ({ ...event, sourceLabels: labelled(event.sources, labels) }));
    // "10 March" written without a zone is the mission's 10 March: an evidence item collected at
    // 01:30 that day in Nairobi comes after the day begins, not before it.
    const chronology = mergeChronology(manual, derived.events.concat(contributed), timeZone, derived.intervals);
    return { chronology, timeZone };
  })();
}
