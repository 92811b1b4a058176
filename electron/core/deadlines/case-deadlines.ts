import type { CaseDeadlines } from '../kernel/ports/case-deadlines.js';
import { readCaseClockFacts } from './case-clock-facts.js';
import { deadlineOf, unclosedDeadlineRows } from './deadline-store.js';
import { mostUrgentOpenDeadlines } from './most-urgent.js';

/** The deadlines as the case list, the chronology and the letters read them (kernel/ports/case-deadlines.ts). */
export const caseDeadlines: CaseDeadlines = {
  clockFacts: readCaseClockFacts,
  mostUrgentOpen: mostUrgentOpenDeadlines,
  running: (db, caseId) =>
    unclosedDeadlineRows(db, caseId)
      .filter((row) => row.withdrawn_at === null)
      .map((row) => ({ clock: row.clock, deadline: deadlineOf(row) })),
};
