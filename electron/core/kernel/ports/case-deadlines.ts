import type { Deadline } from '../../../../shared/clocks/deadline.js';
import type { CaseListDeadline } from '../../../../shared/contract/cases.js';
import type { CaseClockFacts } from '../../../../shared/contract/deadlines.js';
import type { VaultDatabase } from '../vault/database.js';

/** A deadline still running (neither closed nor withdrawn), as a letter quotes it. */
export interface RunningDeadline {
  /** The clock's id in the settings. */
  clock: string;
  deadline: Deadline;
}

/** A deadline about one record (a follow-up item), closed or not; withdrawn ones are left out. */
export interface ConcernedDeadline {
  deadlineId: string;
  clockId: string;
  dueAt: string;
  closedAt: string | null;
}

/** The deadlines feature's records as the case list, the chronology and the letters read them. */
export interface CaseDeadlines {
  /** The milestones and conditions recorded for the case. */
  clockFacts(db: VaultDatabase, caseId: string): CaseClockFacts;
  /** The most urgent open deadline of every case that has one, by case id, with its state at `nowMs`. */
  mostUrgentOpen(db: VaultDatabase, nowMs: number): Map<string, CaseListDeadline>;
  running(db: VaultDatabase, caseId: string): RunningDeadline[];
  /** The deadlines about one record of the case (today: a follow-up item awaiting its reply). */
  concerning(db: VaultDatabase, caseId: string, concern: { kind: 'follow_up'; id: string }): ConcernedDeadline[];
}
