import type { CalendarDate } from './calendar.js';

/**
 * A report is received on or before today. `today` is the mission's calendar date now, from the
 * caller's injected clock: the domain never reads the wall clock.
 */
export function receivedDateProblem(
  dateReceived: CalendarDate,
  today: CalendarDate,
): { path: 'dateReceived'; reason: 'cases.receivedInFuture' } | null {
  // Calendar dates (YYYY-MM-DD) compare in order as text.
  return dateReceived > today ? { path: 'dateReceived', reason: 'cases.receivedInFuture' } : null;
}
