import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 13. The evidence log filters its items by the state of their open deadlines (overdue, due
 * soon, none open): the items' open deadlines of one case are read through this index alone, with
 * what their state needs (the due moment and the window), never the case's closed or withdrawn
 * deadlines nor those of its incidents and subjects. The columns of the index's condition are in it
 * too, so that the query's own copy of that condition is answered from the index alone (covering).
 */
export const m0040OpenItemDeadlines = sqlMigration(40, '0040-open-item-deadlines')`
      CREATE INDEX deadlines_open_of_items
        ON deadlines (case_id, concerns_id, due_at, span_ms, concerns_kind, closed_at, withdrawn_at)
        WHERE concerns_kind = 'evidence' AND closed_at IS NULL AND withdrawn_at IS NULL;
    `;
