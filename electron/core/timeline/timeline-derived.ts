import type { CaseRecord } from '../../../shared/contract/cases.js';
import type { CaseClockFacts, CaseMilestone } from '../../../shared/contract/deadlines.js';
import type { DerivedFrom, TimelineEntry } from '../../../shared/contract/timeline.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import type { EvidenceType } from '../../../shared/domain/evidence.js';
import type { InterviewStatus } from '../../../shared/domain/interview.js';
import { messageText } from '../../../shared/i18n/messages.js';
import { statusReasonText } from '../../../shared/i18n/status-reasons.js';
import { exactDateAt, type TimelineEvent } from '../../../shared/timeline/event.js';
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

export interface DerivationInput {
  record: CaseRecord;
  facts: CaseClockFacts;
  interviews: readonly InterviewForTimeline[];
  evidence: readonly EvidenceForTimeline[];
  custody: readonly CustodyForTimeline[];
  /** The mission's zone: instants recorded without a place's zone are shown there. */
  timeZone: string;
  locale: TimelineLocale;
}

type Derived = Omit<TimelineEntry, 'sourceLabels'>;

/** An event read from a record: its id is the record's (`evidence:<id>`) unless it says otherwise. */
function derived(
  record: CaseRecord,
  from: DerivedFrom,
  fields: Pick<TimelineEvent, 'date' | 'kind' | 'title' | 'basis'> &
    Partial<Pick<TimelineEvent, 'id' | 'description' | 'sources' | 'confidentiality'>>,
): Derived {
  return {
    id: `${from.kind}:${from.id}`,
    caseId: record.id,
    sources: [],
    confidentiality: record.confidentiality,
    ...fields,
    origin: 'derived',
    derivedFrom: from,
    updatedAt: null,
  };
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
    return parts.join(value);
  };
}

export function derivedEvents(input: DerivationInput): Derived[] {
  const { record, facts, locale, timeZone } = input;
  const evidenceTitle = wordedOnce((number, type: EvidenceType) => timelineWords.evidence(locale, number, type));
  const interviewTitle = wordedOnce((code, planned: boolean) => timelineWords.interview(locale, code, planned));
  const events: Derived[] = [];

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
    const at = facts.milestones[field];
    if (at === null) continue;
    events.push(
      derived(
        record,
        { kind: 'milestone', id: milestone },
        {
          date: exactDateAt(at, timeZone),
          kind: 'referral',
          basis: 'established',
          title: timelineWords.milestone(locale, milestone),
        },
      ),
    );
  }

  for (const interview of input.interviews) {
    const planned = interview.conductedAt === null;
    const at = (interview.conductedAt ?? interview.scheduledAt) as string;
    events.push(
      derived(
        record,
        { kind: 'interview', id: interview.id },
        {
          date: exactDateAt(at, interview.timeZone ?? timeZone),
          kind: 'interview',
          // A planned interview is an intention, not yet an established fact.
          basis: planned ? 'reported_by_source' : 'established',
          title: interviewTitle(interview.personCode, planned),
          sources: [{ kind: 'interview', id: interview.id }],
          confidentiality: interview.confidentiality,
        },
      ),
    );
  }

  for (const item of input.evidence) {
    events.push(
      derived(
        record,
        { kind: 'evidence', id: item.id },
        {
          date: exactDateAt(item.collectedAt, item.timeZone ?? timeZone),
          kind: 'evidence',
          basis: 'established',
          title: evidenceTitle(item.number, item.type),
          description: item.description,
          sources: [{ kind: 'evidence', id: item.id }],
          confidentiality: item.confidentiality ?? 'confidential',
        },
      ),
    );
  }

  for (const event of input.custody) {
    events.push(
      derived(
        record,
        { kind: 'custody', id: event.id },
        {
          date: exactDateAt(event.at, timeZone),
          kind: 'custody',
          basis: 'established',
          title: timelineWords.custody(locale, event.itemNumber, event.kind),
          description: timelineWords.custodySummary(locale, event.summary),
          sources: [{ kind: 'evidence', id: event.itemId }],
          confidentiality: 'confidential',
        },
      ),
    );
  }

  record.statusHistory.forEach((change, index) => {
    const title =
      change.from === null ? timelineWords.opened(locale, change.to) : timelineWords.status(locale, change.to);
    events.push(
      derived(
        record,
        { kind: 'status_change', id: String(index + 1) },
        {
          id: `status:${index + 1}`,
          date: exactDateAt(change.at, timeZone),
          kind: 'status_change',
          basis: 'established',
          title,
          description: statusReasonText((key, params) => messageText(locale, key, params), change.reason),
        },
      ),
    );
  });

  return events;
}
