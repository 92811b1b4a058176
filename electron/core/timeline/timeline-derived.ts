import type { CaseRecord } from '../../../shared/contract/cases.js';
import type { CaseClockFacts, CaseMilestone } from '../../../shared/contract/deadlines.js';
import type { DerivedFrom, TimelineEntry } from '../../../shared/contract/timeline.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import type { EvidenceType } from '../../../shared/domain/evidence.js';
import type { InterviewStatus } from '../../../shared/domain/interview.js';
import { messageText } from '../../../shared/i18n/messages.js';
import { statusReasonText } from '../../../shared/i18n/status-reasons.js';
import type { UncertainDate, UtcInterval } from '../../../shared/domain/uncertain-date.js';
import { exactMomentReader, type TimelineEvent, type TimelineSource } from '../../../shared/timeline/event.js';
import { timelineWords, type TimelineLocale } from '../../../shared/timeline/event-titles.js';
import type { CustodyForTimeline, EvidenceForTimeline } from '../kernel/ports/evidence-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * Chronology events read from the case file each time (never stored, so never stale): the
 * incident dates as the source gave them, milestones, interviews, evidence collection, custody
 * events and status changes. Ids are unique within the case's chronology.
 */

export interface InterviewForTimeline {
  id: string;
  personCode: string;
  status: InterviewStatus;
  scheduledAt: string | null;
  conductedAt: string | null;
  timeZone: string | null;
  confidentiality: Confidentiality;
}

/** Every interview of the case, cancelled ones included (an event may cite one as its source), read once. */
export function caseInterviews(db: VaultDatabase, caseId: string): InterviewForTimeline[] {
  return db
    .prepare(
      `SELECT i.id, p.code AS personCode, i.status, json_extract(i.arrangements, '$.scheduledAt') AS scheduledAt,
              i.conducted_at AS conductedAt, json_extract(i.arrangements, '$.timeZone') AS timeZone, i.confidentiality
         FROM interviews i JOIN people p ON p.id = i.person_id
        WHERE i.case_id = ?`,
    )
    .all(caseId) as InterviewForTimeline[];
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
  evidence: readonly EvidenceForTimeline[];
  custody: readonly CustodyForTimeline[];
  /** The mission's zone: instants recorded without a place's zone are shown there. */
  timeZone: string;
  locale: TimelineLocale;
  labels: SourceLabels;
}

/** The events, and the UTC interval of those read from an instant (the chronology orders them by it). */
export interface DerivedEvents {
  events: TimelineEntry[];
  intervals: Map<TimelineEntry, UtcInterval>;
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
  fields: Pick<TimelineEvent, 'date' | 'kind' | 'title' | 'basis'> &
    Partial<Pick<TimelineEvent, 'id' | 'description' | 'sources' | 'confidentiality'>>,
  labels: SourceLabels,
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
    sourceLabels: labelled(fields.sources ?? [], labels),
  };
}

/**
 * An event of one of the case's many interviews, items and custody events, built as one object with
 * its one source labelled: a chronology builds tens of thousands, and copying each was a fifth of it.
 */
function citing(
  record: CaseRecord,
  from: { kind: 'interview' | 'evidence' | 'custody'; id: string },
  source: TimelineSource & { label: string },
  fields: Pick<TimelineEvent, 'date' | 'kind' | 'title' | 'basis' | 'confidentiality'> & { description?: string },
): TimelineEntry {
  const { kind, id, label } = source;
  const entry: TimelineEntry = {
    id: `${from.kind}:${from.id}`,
    caseId: record.id,
    sources: [{ kind, id }],
    confidentiality: fields.confidentiality,
    date: fields.date,
    kind: fields.kind,
    basis: fields.basis,
    title: fields.title,
    origin: 'derived',
    derivedFrom: from,
    updatedAt: null,
    sourceLabels: [{ kind, id, label }],
  };
  if ('description' in fields) entry.description = fields.description;
  return entry;
}

const MILESTONE_FIELDS: Record<CaseMilestone, keyof CaseClockFacts['milestones']> = {
  referred_for_investigation: 'referredForInvestigationAt',
  tcc_notified: 'tccNotifiedAt',
};

/** A private-use character no catalogue holds, standing for a value in a sentence worded once. */
const VALUE_STAND_IN = '\u{E000}';

/**
 * A sentence worded once per `kind` with a stand-in where its value (an item's number, a pseudonym
 * code) goes, which each value then takes the place of. A chronology words the same few sentences
 * for thousands of items and interviews: wording each through i18next was half of building it.
 */
export function wordedOnce<Kind>(word: (standIn: string, kind: Kind) => string): (value: string, kind: Kind) => string {
  const sentences = new Map<Kind, string[]>();
  return (value, kind) => {
    let parts = sentences.get(kind);
    if (!parts) {
      parts = word(VALUE_STAND_IN, kind).split(VALUE_STAND_IN);
      sentences.set(kind, parts);
    }
    // Most sentences hold their value once: joined without an array's join.
    return parts.length === 2 ? `${parts[0]}${value}${parts[1]}` : parts.join(value);
  };
}

export function derivedEvents(input: DerivationInput): DerivedEvents {
  const { record, facts, locale, timeZone, labels } = input;
  const evidenceTitle = wordedOnce((number, type: EvidenceType) => timelineWords.evidence(locale, number, type));
  const interviewTitle = wordedOnce((code, planned: boolean) => timelineWords.interview(locale, code, planned));
  const events: TimelineEntry[] = [];
  const intervals = new Map<TimelineEntry, UtcInterval>();
  const exactMomentAt = exactMomentReader();
  /** The event, its date read from an instant once for both the entry and the chronology's order. */
  const at = (instant: string, zone: string, build: (date: UncertainDate) => TimelineEntry): void => {
    const { date, interval } = exactMomentAt(instant, zone);
    const event = build(date);
    events.push(event);
    intervals.set(event, interval);
  };

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
        labels,
      ),
    );
  });

  for (const [milestone, field] of Object.entries(MILESTONE_FIELDS) as [
    CaseMilestone,
    keyof CaseClockFacts['milestones'],
  ][]) {
    const instant = facts.milestones[field];
    if (instant === null) continue;
    at(instant, timeZone, (date) =>
      derived(
        record,
        { kind: 'milestone', id: milestone },
        { date, kind: 'referral', basis: 'established', title: timelineWords.milestone(locale, milestone) },
        labels,
      ),
    );
  }

  for (const interview of input.interviews) {
    const planned = interview.conductedAt === null;
    const source = { kind: 'interview', id: interview.id } as const;
    at((interview.conductedAt ?? interview.scheduledAt) as string, interview.timeZone ?? timeZone, (date) =>
      citing(
        record,
        source,
        { ...source, label: labels.interviews.get(interview.id) ?? '?' },
        {
          date,
          kind: 'interview',
          // A planned interview is an intention, not yet an established fact.
          basis: planned ? 'reported_by_source' : 'established',
          title: interviewTitle(interview.personCode, planned),
          confidentiality: interview.confidentiality,
        },
      ),
    );
  }

  for (const item of input.evidence) {
    at(item.collectedAt, item.timeZone ?? timeZone, (date) =>
      citing(
        record,
        { kind: 'evidence', id: item.id },
        { kind: 'evidence', id: item.id, label: labels.evidence.get(item.id) ?? '?' },
        {
          date,
          kind: 'evidence',
          basis: 'established',
          title: evidenceTitle(item.number, item.type),
          description: item.description,
          confidentiality: item.confidentiality ?? 'confidential',
        },
      ),
    );
  }

  for (const event of input.custody) {
    at(event.at, timeZone, (date) =>
      citing(
        record,
        { kind: 'custody', id: event.id },
        { kind: 'evidence', id: event.itemId, label: labels.evidence.get(event.itemId) ?? '?' },
        {
          date,
          kind: 'custody',
          basis: 'established',
          title: timelineWords.custody(locale, event.itemNumber, event.kind),
          description: timelineWords.custodySummary(locale, event.summary),
          confidentiality: 'confidential',
        },
      ),
    );
  }

  record.statusHistory.forEach((change, index) => {
    const title =
      change.from === null ? timelineWords.opened(locale, change.to) : timelineWords.status(locale, change.to);
    at(change.at, timeZone, (date) =>
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
        labels,
      ),
    );
  });

  return { events, intervals };
}
