import type { CaseRecord } from '../../../shared/contract/cases.js';
import type { CaseClockFacts, CaseMilestone } from '../../../shared/contract/deadlines.js';
import type { DerivedFrom, TimelineEntry } from '../../../shared/contract/timeline.js';
import { messageText } from '../../../shared/i18n/messages.js';
import { statusReasonText } from '../../../shared/i18n/status-reasons.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import type { Instant } from '../../../shared/domain/primitives.js';
import type { KnownMoment } from '../../../shared/timeline/chronology.js';
import {
  exactIntervalAt,
  exactMomentAt,
  type TimelineEvent,
  type TimelineSource,
} from '../../../shared/timeline/event.js';
import { timelineWords } from '../../../shared/timeline/event-titles.js';
import type { CustodyMoment, EvidenceCollection } from '../kernel/ports/evidence-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import {
  CollectionEvent,
  CustodyEvent,
  InterviewEvent,
  RecordEvent,
  type ChronologyEvent,
  type InterviewForTimeline,
  type RecordWording,
} from './record-events.js';

/**
 * Chronology events read from the case file each time (never stored, so never stale): the
 * incident dates as the source gave them, milestones, interviews, evidence collection, custody
 * events and status changes. Ids are unique within the case's chronology.
 */

/**
 * Every interview of the case, cancelled ones included (an event may cite one as its source), read once.
 * Read as arrays and made objects here: the driver builds a row object at twice the cost.
 */
export function caseInterviews(db: VaultDatabase, caseId: string): InterviewForTimeline[] {
  const rows = db
    .prepare(
      `SELECT i.id, p.code, i.status, json_extract(i.arrangements, '$.scheduledAt'), i.conducted_at,
              json_extract(i.arrangements, '$.timeZone'), i.confidentiality
         FROM interviews i JOIN people p ON p.id = i.person_id
        WHERE i.case_id = ?`,
    )
    .raw()
    .all(caseId) as [
    string,
    string,
    InterviewForTimeline['status'],
    string | null,
    string | null,
    string | null,
    InterviewForTimeline['confidentiality'],
  ][];
  return rows.map(([id, personCode, status, scheduledAt, conductedAt, timeZone, confidentiality]) => ({
    id,
    personCode,
    status,
    scheduledAt,
    conductedAt,
    timeZone,
    confidentiality,
  }));
}

/** Interviews that took place or are scheduled; cancelled ones and unscheduled plans have no place in time. */
export function interviewsInTime(interviews: readonly InterviewForTimeline[]): InterviewForTimeline[] {
  return interviews.filter(
    (row) => row.status !== 'cancelled' && (row.conductedAt !== null || row.scheduledAt !== null),
  );
}

/** The labels sources are shown by: "interview of V-01", "E-0003"; never a name. */
export interface SourceLabels {
  interviews: ReadonlyMap<string, string>;
  evidence: ReadonlyMap<string, string>;
}

export interface DerivationInput {
  record: CaseRecord;
  facts: CaseClockFacts;
  interviews: readonly InterviewForTimeline[];
  evidence: readonly EvidenceCollection[];
  custody: readonly CustodyMoment[];
  /** The mission's zone: instants recorded without a place's zone are shown there. */
  timeZone: string;
  wording: RecordWording;
}

/** The events, and the moment of those read from an instant (the chronology orders them by it). */
export interface DerivedEvents {
  events: ChronologyEvent[];
  momentOf: (event: ChronologyEvent) => KnownMoment | undefined;
}

export function labelled(sources: readonly TimelineSource[], labels: SourceLabels): TimelineEntry['sourceLabels'] {
  return sources.map((source) => ({
    ...source,
    label: (source.kind === 'interview' ? labels.interviews : labels.evidence).get(source.id) ?? '?',
  }));
}

/** An event read from a record: its id is the record's (`evidence:<id>`) unless it says otherwise. */
function derived(
  record: CaseRecord,
  from: DerivedFrom,
  fields: Pick<TimelineEvent, 'date' | 'kind' | 'title' | 'basis'> & Partial<Pick<TimelineEvent, 'id' | 'description'>>,
): TimelineEntry {
  return {
    id: `${from.kind}:${from.id}`,
    caseId: record.id,
    sources: [],
    confidentiality: record.confidentiality,
    ...fields,
    origin: 'derived',
    derivedFrom: from,
    updatedAt: null,
    sourceLabels: [],
  };
}

const MILESTONE_FIELDS: Record<CaseMilestone, keyof CaseClockFacts['milestones']> = {
  referred_for_investigation: 'referredForInvestigationAt',
  tcc_notified: 'tccNotifiedAt',
};

export function derivedEvents(input: DerivationInput): DerivedEvents {
  const { record, facts, timeZone, wording } = input;
  const { locale } = wording;
  const events: ChronologyEvent[] = [];
  /** The moments of the few events built whole; record events hold theirs. */
  const moments = new Map<TimelineEntry, KnownMoment>();
  /** An event of the case itself at an instant, its date read once for both the entry and the order. */
  const at = (instant: string, build: (date: UncertainDate) => TimelineEntry): void => {
    const { date, interval } = exactMomentAt(instant, timeZone);
    const event = build(date);
    events.push(event);
    moments.set(event, { interval, timeZone });
  };
  /** A record's instant, its date written only if a reply sends it. */
  const recorded = (instant: Instant, zone: string) => ({
    instant,
    timeZone: zone,
    interval: exactIntervalAt(instant, zone),
  });

  record.incidentDates.forEach((date, index) => {
    // Reported, not established: the investigation has yet to confirm when (and whether) it happened.
    events.push(
      derived(
        record,
        { kind: 'case', id: record.id },
        {
          id: `incident:${index}`,
          date,
          kind: 'incident',
          basis: 'reported_by_source',
          title: timelineWords.incident(locale, index + 1, record.incidentDates.length),
        },
      ),
    );
  });

  for (const [milestone, field] of Object.entries(MILESTONE_FIELDS) as [
    CaseMilestone,
    keyof CaseClockFacts['milestones'],
  ][]) {
    const instant = facts.milestones[field];
    if (instant === null) continue;
    at(instant, (date) =>
      derived(
        record,
        { kind: 'milestone', id: milestone },
        { date, kind: 'referral', basis: 'established', title: timelineWords.milestone(locale, milestone) },
      ),
    );
  }

  for (const interview of input.interviews) {
    const instant = (interview.conductedAt ?? interview.scheduledAt) as string;
    events.push(new InterviewEvent(recorded(instant, interview.timeZone ?? timeZone), wording, interview));
  }

  for (const item of input.evidence) {
    events.push(new CollectionEvent(recorded(item.collectedAt, item.timeZone ?? timeZone), wording, item));
  }

  for (const custody of input.custody) {
    events.push(new CustodyEvent(recorded(custody.at, timeZone), wording, custody));
  }

  record.statusHistory.forEach((change, index) => {
    const title =
      change.from === null ? timelineWords.opened(locale, change.to) : timelineWords.status(locale, change.to);
    at(change.at, (date) =>
      derived(
        record,
        { kind: 'status_change', id: String(index + 1) },
        {
          id: `status:${index + 1}`,
          date,
          kind: 'status_change',
          basis: 'established',
          title,
          description: statusReasonText((key, params) => messageText(locale, key, params), change.reason),
        },
      ),
    );
  });

  return {
    events,
    momentOf: (event) => (event instanceof RecordEvent ? event.moment : moments.get(event)),
  };
}
