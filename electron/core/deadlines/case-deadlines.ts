import type { CaseDeadlines, ConcernedDeadline } from '../kernel/ports/case-deadlines.js';
import { readCaseClockFacts } from './case-clock-facts.js';
import { deadlineOf, unclosedDeadlineRows } from './deadline-store.js';
import { mostUrgentOpenDeadlines } from './most-urgent.js';

/** The deadlines as the case list, the chronology and the letters read them (kernel/ports/case-deadlines.ts). */
export const caseDeadlines: CaseDeadlines = {
  clockFacts: readCaseClockFacts,
  mostUrgentOpen: mostUrgentOpenDeadlines,
  concerning: (db, caseId, concern) =>
    db
      .prepare(
        `SELECT id AS deadlineId, clock_id AS clockId, due_at AS dueAt, closed_at AS closedAt FROM deadlines
         WHERE case_id = ? AND concerns_kind = ? AND concerns_id = ? AND withdrawn_at IS NULL ORDER BY created_at, id`,
      )
      .all(caseId, concern.kind, concern.id) as ConcernedDeadline[],
  running: (db, caseId) =>
    unclosedDeadlineRows(db, caseId)
      .filter((row) => row.withdrawn_at === null)
      .map((row) => ({ clock: row.clock, deadline: deadlineOf(row) })),
};
