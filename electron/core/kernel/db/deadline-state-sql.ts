/**
 * Where an open deadline of the table aliased `d` stands at @now (milliseconds), in SQL, as
 * deadlineState (shared/clocks/deadline.ts) says it: overdue once no time is left, due soon within
 * its warning margin. Bind @now and the margin's parameters (DEFAULT_DUE_SOON) with it.
 */
const REMAINING_MS = `(ROUND(unixepoch(d.due_at, 'subsec') * 1000) - @now)`;
const WARN_MS = `MAX(COALESCE(d.span_ms * @fractionOfSpan, @beforeEventMs), @withinMs)`;

export const DEADLINE_STATE_SQL = {
  overdue: `${REMAINING_MS} < 0`,
  due_soon: `${REMAINING_MS} >= 0 AND ${REMAINING_MS} <= ${WARN_MS}`,
  open: `${REMAINING_MS} > ${WARN_MS}`,
} as const;
