import type { CalendarDate } from '../domain/calendar.js';
import type { Instant } from '../domain/primitives.js';
import { UNKNOWN_DATE, type UncertainDate } from '../domain/uncertain-date.js';
import type { EvidenceType } from '../domain/evidence.js';
import {
  DEFAULT_CLOCKS,
  type CaseCondition,
  type ClockDefinition,
  type ClockStartEvent,
  type EvidenceMarker,
} from './clock.js';
import { computeDeadline, type DeadlineComputation, type DeadlineOptions } from './deadline.js';

/**
 * Which clocks a fact starts, and from what. A clock whose start event has not happened
 * (no referral yet) does not run; one whose start happened at an unknown time (an incident
 * nobody can date) is returned with an unknown start, so the team sees it and dates it.
 */

export interface EvidenceLogged {
  kind: 'evidence_logged';
  evidenceId: string;
  evidenceType: EvidenceType;
  markers?: readonly EvidenceMarker[];
  collectedAt: Instant;
  /** When the source was found to exist (CCTV, phone data), if before the item was logged. */
  identifiedAt?: Instant;
  /** When footage was recorded, when known apart from the incident. */
  recordedAt?: UncertainDate;
  /** The case's incident dates: biological evidence runs the clocks that count from the incident. */
  incidentDates?: readonly UncertainDate[];
  urgent?: boolean;
}

export interface CaseFacts {
  kind: 'case_facts';
  incidentDates: readonly UncertainDate[];
  urgent: boolean;
  conditions?: readonly CaseCondition[];
  dateReceived?: CalendarDate;
  referredForInvestigationAt?: Instant;
  tccNotifiedAt?: Instant;
  subjectRotationDates: readonly { subjectId: string; date: CalendarDate }[];
  /** The follow-up register's items, each awaiting a reply from when it was sent. */
  followUpsSent?: readonly { followUpId: string; sentAt: Instant }[];
}

export type ClockEvent = EvidenceLogged | CaseFacts;

/** What a running clock is about: deadlines with the same key are the same deadline, whichever fact started them. */
export type ClockConcern =
  | { kind: 'incident'; index: number }
  | { kind: 'subject'; subjectId: string }
  | { kind: 'evidence'; evidenceId: string }
  | { kind: 'follow_up'; followUpId: string }
  | { kind: 'case' };

export interface TriggeredClock {
  clock: ClockDefinition;
  start: Instant | UncertainDate;
  concerns: ClockConcern;
  urgent: boolean;
}

export function triggerKey(trigger: Pick<TriggeredClock, 'clock' | 'concerns'>): string {
  const { concerns } = trigger;
  const about =
    concerns.kind === 'incident'
      ? `incident:${concerns.index}`
      : concerns.kind === 'subject'
        ? `subject:${concerns.subjectId}`
        : concerns.kind === 'evidence'
          ? `evidence:${concerns.evidenceId}`
          : concerns.kind === 'follow_up'
            ? `follow_up:${concerns.followUpId}`
            : 'case';
  return `${trigger.clock.id}:${about}`;
}

type Start = Pick<TriggeredClock, 'start' | 'concerns'>;

function incidentStarts(incidentDates: readonly UncertainDate[] | undefined): Start[] {
  const dates = incidentDates && incidentDates.length > 0 ? incidentDates : [UNKNOWN_DATE];
  return dates.map((start, index) => ({ start, concerns: { kind: 'incident', index } }));
}

function startsFromEvidence(event: EvidenceLogged, startEvent: ClockStartEvent): Start[] {
  const concerns: ClockConcern = { kind: 'evidence', evidenceId: event.evidenceId };
  switch (startEvent) {
    case 'incident':
      return incidentStarts(event.incidentDates);
    case 'footage_recorded': {
      // With several incidents, which one the footage shows is not known: ask rather than guess.
      const only = event.incidentDates?.length === 1 ? event.incidentDates[0] : undefined;
      return [{ start: event.recordedAt ?? only ?? UNKNOWN_DATE, concerns }];
    }
    case 'evidence_collected':
      return [{ start: event.collectedAt, concerns }];
    case 'cctv_identified':
    case 'phone_data_identified':
      return [{ start: event.identifiedAt ?? event.collectedAt, concerns }];
    default:
      return [];
  }
}

function startsFromCaseFacts(event: CaseFacts, startEvent: ClockStartEvent): Start[] {
  const onCase = (start: Instant | UncertainDate | undefined): Start[] =>
    start === undefined ? [] : [{ start, concerns: { kind: 'case' } }];
  switch (startEvent) {
    case 'incident':
      return incidentStarts(event.incidentDates);
    case 'case_received':
      return onCase(event.dateReceived === undefined ? undefined : { precision: 'day', from: event.dateReceived });
    case 'referral_for_investigation':
      return onCase(event.referredForInvestigationAt);
    case 'notification_to_tcc':
      return onCase(event.tccNotifiedAt);
    case 'subject_rotation_date':
      // A calendar day without a zone: computeDeadline reads it in the mission's time zone.
      return event.subjectRotationDates.map(({ subjectId, date }) => ({
        start: { precision: 'day', from: date },
        concerns: { kind: 'subject', subjectId },
      }));
    case 'referral_or_notification_sent':
      return (event.followUpsSent ?? []).map(({ followUpId, sentAt }) => ({
        start: sentAt,
        concerns: { kind: 'follow_up', followUpId },
      }));
    default:
      return [];
  }
}

function evidenceStartsClock(event: EvidenceLogged, clock: ClockDefinition): boolean {
  const markers = event.markers ?? [];
  return clock.appliesTo.evidence.some(
    (rule) => rule.type === event.evidenceType && (rule.marker === undefined || markers.includes(rule.marker)),
  );
}

function caseFactsStartClock(event: CaseFacts, clock: ClockDefinition): boolean {
  const rule = clock.appliesTo.caseFacts;
  const conditions = event.conditions ?? [];
  return rule !== null && rule.requires.every((condition) => conditions.includes(condition));
}

/** The enabled clocks `event` starts, each with its start; one per incident or subject where there are several. */
export function clocksTriggeredBy(
  event: ClockEvent,
  clocks: readonly ClockDefinition[] = DEFAULT_CLOCKS,
): TriggeredClock[] {
  const urgent = event.urgent ?? false;
  return clocks
    .filter((clock) => clock.enabled)
    .flatMap((clock) => {
      if (event.kind === 'evidence_logged') {
        return evidenceStartsClock(event, clock)
          ? startsFromEvidence(event, clock.startEvent).map((start) => ({ clock, urgent, ...start }))
          : [];
      }
      return caseFactsStartClock(event, clock)
        ? startsFromCaseFacts(event, clock.startEvent).map((start) => ({ clock, urgent, ...start }))
        : [];
    });
}

/**
 * Every deadline `event` starts, computed, each with its key: a clock started again by another
 * fact (biological evidence after the case facts, say) has the same key and is the same deadline.
 */
export function deadlinesStartedBy(
  event: ClockEvent,
  clocks: readonly ClockDefinition[],
  options: Omit<DeadlineOptions, 'urgent'>,
): (TriggeredClock & { key: string; computation: DeadlineComputation })[] {
  return clocksTriggeredBy(event, clocks).map((trigger) => ({
    ...trigger,
    key: triggerKey(trigger),
    computation: computeDeadline(trigger.clock, trigger.start, { ...options, urgent: trigger.urgent }),
  }));
}
