import { clockById, type ClockDefinition, type ClockStartEvent } from '../../../shared/clocks/clock.js';
import {
  computeDeadline,
  windowClosedBefore,
  type Deadline,
  type DeadlineOptions,
} from '../../../shared/clocks/deadline.js';
import { startOfDay } from '../../../shared/clocks/local-time.js';
import { deadlinesStartedBy, type ClockEvent, type EvidenceLogged } from '../../../shared/clocks/triggers.js';
import type { CaseRecord } from '../../../shared/contract/cases.js';
import type { CaseClockFacts, MissionCalendar } from '../../../shared/contract/deadlines.js';
import type { Instant } from '../../../shared/domain/primitives.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { LoggedEvidence } from '../kernel/ports/case-reactions.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import {
  caseFactsOf,
  followUpsSent,
  readCaseClockFacts,
  subjectRotations,
  type FollowUpSent,
  type SubjectRotation,
} from './case-clock-facts.js';
import { readClockConfiguration } from './clock-settings.js';
import {
  computedColumns,
  deadlineKeys,
  insertDeadline,
  rewriteDeadline,
  sameComputation,
  unclosedDeadlineRows,
  withdrawDeadline,
  type DeadlineRow,
  type WithdrawalReason,
} from './deadline-store.js';

/**
 * Starting and recomputing deadlines. Case facts and evidence start clocks through the trigger
 * rules of shared/clocks; each deadline is stored once per trigger key (clock + what it
 * concerns). A refresh re-reads the case and the settings and brings every deadline that is not
 * closed up to date: new values, withdrawn when its start went away, open again when it came
 * back. Closed deadlines are never recomputed: they keep what they were closed against.
 */

/**
 * Clocks counted from something that happened in the world rather than from an act of the
 * team: when such a window had closed before the case was even received, nothing could have
 * been done, so no deadline is started (an incident reported years later needs no 72 h countdown).
 */
const WORLD_START_EVENTS: readonly ClockStartEvent[] = ['incident', 'footage_recorded', 'subject_rotation_date'];

/** What a refresh changed, by trigger key. */
export interface DeadlineChanges {
  started: string[];
  updated: string[];
  withdrawn: string[];
  reopened: string[];
}

const noChanges = (): DeadlineChanges => ({ started: [], updated: [], withdrawn: [], reopened: [] });
const changedAnything = (changes: DeadlineChanges): boolean => Object.values(changes).some((keys) => keys.length > 0);

interface Frame {
  record: CaseRecord;
  options: Omit<DeadlineOptions, 'urgent'>;
  clocks: readonly ClockDefinition[];
  receivedMs: number;
  atIso: string;
}

function frameOf(ctx: CaseFileContext, db: VaultDatabase, caseId: string): Frame {
  const record = ctx.ports.cases.get(db, caseId);
  const { clocks, calendar } = readClockConfiguration(db);
  return {
    record,
    options: optionsOf(calendar),
    clocks,
    // The first moment of the day received, on the mission's calendar: the team knew no earlier.
    receivedMs: startOfDay(record.dateReceived, calendar.timeZone),
    atIso: new Date(ctx.now()).toISOString(),
  };
}

function optionsOf(calendar: MissionCalendar): Omit<DeadlineOptions, 'urgent'> {
  return { timeZone: calendar.timeZone, holidays: calendar.holidays, weekendDays: calendar.weekendDays };
}

/** Null when the deadline cannot or need not run, with why. */
function blockedBy(clock: ClockDefinition, deadline: Deadline | null, frame: Frame): WithdrawalReason | null {
  if (!deadline) return 'start_unknown';
  if (WORLD_START_EVENTS.includes(clock.startEvent) && windowClosedBefore(deadline, frame.receivedMs))
    return 'closed_before_case_received';
  return null;
}

/** Runs `work` in the caller's transaction, or in one of its own (audit rows need one). */
function inTransaction<T>(db: VaultDatabase, work: () => T): T {
  return db.inTransaction ? work() : db.transaction(work).immediate();
}

/** Inserts the deadlines `event` starts that do not exist yet; existing keys are the same deadline. */
function startNew(
  db: VaultDatabase,
  frame: Frame,
  event: ClockEvent,
  startedBy: DeadlineRow['started_by'],
  changes: DeadlineChanges,
): void {
  const existing = deadlineKeys(db, frame.record.id);
  for (const trigger of deadlinesStartedBy(event, frame.clocks, frame.options)) {
    if (existing.has(trigger.key)) continue;
    const { deadline } = trigger.computation;
    if (blockedBy(trigger.clock, deadline, frame) !== null || !deadline) continue;
    insertDeadline(db, {
      caseId: frame.record.id,
      key: trigger.key,
      clock: trigger.clock,
      concerns: trigger.concerns,
      startedBy,
      columns: computedColumns(trigger.clock, trigger.start, deadline),
      atIso: frame.atIso,
    });
    existing.add(trigger.key);
    changes.started.push(trigger.key);
  }
}

/**
 * The start a stored deadline counts from today: incident, subject and case starts are read
 * again from the case (they may have been corrected); an evidence start is the one recorded.
 * Undefined when the fact is gone.
 */
function currentStart(
  row: DeadlineRow,
  clock: ClockDefinition,
  record: CaseRecord,
  facts: CaseClockFacts,
  rotations: readonly SubjectRotation[],
  followUps: readonly FollowUpSent[],
): Instant | UncertainDate | undefined {
  switch (row.concerns_kind) {
    case 'follow_up':
      return followUps.find(({ followUpId }) => followUpId === row.concerns_id)?.sentAt;
    case 'incident':
      return record.incidentDates[Number(row.concerns_id)];
    case 'subject': {
      const rotation = rotations.find(({ subjectId }) => subjectId === row.concerns_id);
      return rotation ? { precision: 'day', from: rotation.date } : undefined;
    }
    case 'case':
      switch (clock.startEvent) {
        case 'case_received':
          return { precision: 'day', from: record.dateReceived };
        case 'referral_for_investigation':
          return facts.milestones.referredForInvestigationAt ?? undefined;
        case 'notification_to_tcc':
          return facts.milestones.tccNotifiedAt ?? undefined;
        default:
          return JSON.parse(row.start) as Instant | UncertainDate;
      }
    case 'evidence':
      return JSON.parse(row.start) as Instant | UncertainDate;
  }
}

/** Whether the conditions a clock started by case facts requires still hold (drug facilitation still suspected). */
function conditionsHold(clock: ClockDefinition, facts: CaseClockFacts): boolean {
  return (clock.appliesTo.caseFacts?.requires ?? []).every((condition) => facts.conditions.includes(condition));
}

/** Recomputes one deadline that is not closed against today's case and settings. */
function recompute(
  db: VaultDatabase,
  frame: Frame,
  row: DeadlineRow,
  facts: CaseClockFacts,
  rotations: readonly SubjectRotation[],
  followUps: readonly FollowUpSent[],
  changes: DeadlineChanges,
): void {
  // A clock removed from the settings leaves its deadlines as they were last computed.
  const clock = clockById(frame.clocks, row.clock_id);
  if (!clock) return;
  const withdrawn = row.withdrawn_at !== null;
  // A disabled clock starts nothing: a withdrawn deadline of it stays withdrawn.
  if (withdrawn && !clock.enabled) return;
  const start = currentStart(row, clock, frame.record, facts, rotations, followUps);
  const deadline =
    start === undefined
      ? null
      : computeDeadline(clock, start, { ...frame.options, urgent: frame.record.urgent }).deadline;
  const blocked: WithdrawalReason | null =
    start === undefined
      ? 'start_removed'
      : row.started_by === 'case_facts' && !conditionsHold(clock, facts)
        ? 'condition_lifted'
        : blockedBy(clock, deadline, frame);
  if (blocked !== null || !deadline || start === undefined) {
    if (!withdrawn && blocked !== null) {
      withdrawDeadline(db, row.id, blocked, frame.atIso);
      changes.withdrawn.push(row.trigger_key);
    }
    return;
  }
  const columns = computedColumns(clock, start, deadline);
  if (!withdrawn && sameComputation(row, columns)) return;
  rewriteDeadline(db, row.id, columns, frame.atIso);
  (withdrawn ? changes.reopened : changes.updated).push(row.trigger_key);
}

/**
 * Brings a case's deadlines up to date with its facts and the settings: recomputes those not
 * closed, withdraws those whose start went away, starts the clocks its facts now start.
 * One audit row when anything changed. Runs inside the caller's transaction when there is one.
 */
export function refreshCaseDeadlines(ctx: CaseFileContext, db: VaultDatabase, caseId: string): DeadlineChanges {
  return inTransaction(db, () => {
    const frame = frameOf(ctx, db, caseId);
    const facts = readCaseClockFacts(db, frame.record.id);
    const rotations = subjectRotations(db, frame.record.id);
    const followUps = followUpsSent(db, frame.record.id);
    const changes = noChanges();
    for (const row of unclosedDeadlineRows(db, frame.record.id))
      recompute(db, frame, row, facts, rotations, followUps, changes);
    startNew(db, frame, caseFactsOf(frame.record, facts, rotations, followUps), 'case_facts', changes);
    if (changedAnything(changes)) {
      appendAudit(ctx, {
        action: 'deadlines.refresh',
        caseId: frame.record.id,
        target: { kind: 'case', id: frame.record.id, label: frame.record.reference },
        details: { ...changes },
      });
    }
    return changes;
  });
}

/**
 * Starts the clocks a newly logged evidence item runs (biological evidence: the incident's
 * forensic, PEP and emergency contraception windows; CCTV: the preservation request and the
 * overwriting). Called inside the evidence item's own transaction.
 */
export function startEvidenceDeadlines(ctx: CaseFileContext, db: VaultDatabase, input: LoggedEvidence): void {
  inTransaction(db, () => {
    const frame = frameOf(ctx, db, input.caseId);
    const event: EvidenceLogged = {
      kind: 'evidence_logged',
      evidenceId: input.evidenceId,
      evidenceType: input.evidenceType,
      markers: input.markers ?? [],
      collectedAt: input.collectedAt,
      ...(input.identifiedAt ? { identifiedAt: input.identifiedAt } : {}),
      ...(input.recordedAt ? { recordedAt: input.recordedAt } : {}),
      incidentDates: frame.record.incidentDates,
      urgent: frame.record.urgent,
    };
    const changes = noChanges();
    startNew(db, frame, event, 'evidence', changes);
    if (changes.started.length > 0) {
      appendAudit(ctx, {
        action: 'deadlines.start',
        caseId: frame.record.id,
        target: { kind: 'evidence', id: input.evidenceId },
        details: { started: changes.started },
      });
    }
  });
}

/** Refreshes every case not archived (after a change of settings); returns how many open deadlines moved. */
export function refreshAllCases(ctx: CaseFileContext, db: VaultDatabase): number {
  const caseIds = db
    .prepare('SELECT id FROM cases WHERE archived_at IS NULL ORDER BY created_at, id')
    .pluck()
    .all() as string[];
  return caseIds.reduce((moved, caseId) => moved + refreshCaseDeadlines(ctx, db, caseId).updated.length, 0);
}
