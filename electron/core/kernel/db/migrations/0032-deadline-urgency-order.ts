import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 13. The deadlines list is read a page at a time, most urgent first (deadline-page.ts):
 * open ones before closed ones, the most recently closed first, then by due moment, a binding
 * limit before a target, then the order the deadlines were started in (the rowid, which every
 * index ends with). These indexes hold that order, over every case and within
 * one, so a page starts at its cursor and stops after its limit instead of sorting every
 * deadline for every page. Their expressions are written exactly as the query writes them (the
 * firmness ranks as FIRMNESS_ORDER gives them), or SQLite would not use them.
 */
export const m0032DeadlineUrgencyOrder = sqlMigration(32, '0032-deadline-urgency-order')`
      CREATE INDEX deadlines_by_urgency ON deadlines (
        (closed_at IS NOT NULL),
        COALESCE(-unixepoch(closed_at, 'subsec'), 0),
        due_at,
        (CASE firmness WHEN 'binding' THEN 0 WHEN 'target' THEN 1 WHEN 'advisory' THEN 2 END)
      ) WHERE withdrawn_at IS NULL;
      CREATE INDEX deadlines_by_case_urgency ON deadlines (
        case_id,
        (closed_at IS NOT NULL),
        COALESCE(-unixepoch(closed_at, 'subsec'), 0),
        due_at,
        (CASE firmness WHEN 'binding' THEN 0 WHEN 'target' THEN 1 WHEN 'advisory' THEN 2 END)
      ) WHERE withdrawn_at IS NULL;
    `;
