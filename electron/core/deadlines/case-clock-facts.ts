import type { CaseFacts } from '../../../shared/clocks/triggers.js';
import type { CalendarDate } from '../../../shared/domain/calendar.js';
import type { CaseRecord } from '../../../shared/contract/cases.js';
import type { CaseClockCondition, CaseClockFacts, CaseMilestone } from '../../../shared/contract/deadlines.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * What a case tells the clocks: its intake facts (incident dates, urgency, date received), the
 * milestones recorded after intake (referral for investigation, TCC notification), conditions
 * (drug facilitation suspected) and the rotation dates of its subjects.
 */

interface MilestoneRow {
  milestone: string;
  at: string;
}

export function readCaseClockFacts(db: VaultDatabase, caseId: string): CaseClockFacts {
  const milestones = db
    .prepare('SELECT milestone, at FROM case_milestones WHERE case_id = ?')
    .all(caseId) as MilestoneRow[];
  const at = (milestone: CaseMilestone): string | null =>
    milestones.find((row) => row.milestone === milestone)?.at ?? null;
  const conditions = db
    .prepare('SELECT condition FROM case_clock_conditions WHERE case_id = ? ORDER BY condition')
    .pluck()
    .all(caseId) as CaseClockCondition[];
  return {
    caseId,
    milestones: { referredForInvestigationAt: at('referred_for_investigation'), tccNotifiedAt: at('tcc_notified') },
    conditions,
  };
}

/** Writes a milestone; returns its previous date (null when first recorded), or undefined when unchanged. */
export function writeMilestone(
  db: VaultDatabase,
  caseId: string,
  milestone: CaseMilestone,
  atIso: string,
  recordedAtIso: string,
): string | null | undefined {
  const previous = db
    .prepare('SELECT at FROM case_milestones WHERE case_id = ? AND milestone = ?')
    .pluck()
    .get(caseId, milestone) as string | undefined;
  if (previous === atIso) return undefined;
  db.prepare(
    `INSERT INTO case_milestones (case_id, milestone, at, recorded_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (case_id, milestone) DO UPDATE SET at = excluded.at, recorded_at = excluded.recorded_at`,
  ).run(caseId, milestone, atIso, recordedAtIso);
  return previous ?? null;
}

/** Sets or clears a condition; true when that changed anything. */
export function writeCondition(
  db: VaultDatabase,
  caseId: string,
  condition: CaseClockCondition,
  holds: boolean,
  recordedAtIso: string,
): boolean {
  const result = holds
    ? db
        .prepare('INSERT OR IGNORE INTO case_clock_conditions (case_id, condition, recorded_at) VALUES (?, ?, ?)')
        .run(caseId, condition, recordedAtIso)
    : db.prepare('DELETE FROM case_clock_conditions WHERE case_id = ? AND condition = ?').run(caseId, condition);
  return result.changes > 0;
}

export interface SubjectRotation {
  subjectId: string;
  code: string;
  date: CalendarDate;
}

/** Subjects of the case with a rotation, repatriation or end-of-contract date recorded. */
export function subjectRotations(db: VaultDatabase, caseId: string): SubjectRotation[] {
  const rows = db
    .prepare(`SELECT id, code, profile FROM people WHERE case_id = ? AND role = 'subject' ORDER BY code`)
    .all(caseId) as {
    id: string;
    code: string;
    profile: string;
  }[];
  return rows.flatMap((row) => {
    const date = (JSON.parse(row.profile) as { rotationOrContractEnd?: CalendarDate }).rotationOrContractEnd;
    return date === undefined ? [] : [{ subjectId: row.id, code: row.code, date }];
  });
}

export interface FollowUpSent {
  followUpId: string;
  sentAt: string;
}

/** The items of the case's follow-up register, each awaiting its reply from when it was sent. */
export function followUpsSent(db: VaultDatabase, caseId: string): FollowUpSent[] {
  return db
    .prepare('SELECT id AS followUpId, sent_at AS sentAt FROM follow_ups WHERE case_id = ? ORDER BY seq')
    .all(caseId) as FollowUpSent[];
}

/** The case as the trigger rules read it. */
export function caseFactsOf(
  record: CaseRecord,
  facts: CaseClockFacts,
  rotations: readonly SubjectRotation[],
  followUps: readonly FollowUpSent[] = [],
): CaseFacts {
  return {
    kind: 'case_facts',
    incidentDates: record.incidentDates,
    urgent: record.urgent,
    conditions: facts.conditions,
    dateReceived: record.dateReceived,
    ...(facts.milestones.referredForInvestigationAt
      ? { referredForInvestigationAt: facts.milestones.referredForInvestigationAt }
      : {}),
    ...(facts.milestones.tccNotifiedAt ? { tccNotifiedAt: facts.milestones.tccNotifiedAt } : {}),
    subjectRotationDates: rotations.map(({ subjectId, date }) => ({ subjectId, date })),
    followUpsSent: followUps,
  };
}
