import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 13. The evidence log is read a page at a time, in the order the user picks: by number
 * (the UNIQUE (case_id, sequence) index already serves it) or by collection time. This index lets
 * a page by collection time start at its cursor and stop after its limit, instead of sorting the
 * whole case for every page; the number breaks ties, so the order is total.
 */
export const m0029EvidenceLogOrder = sqlMigration(29, '0029-evidence-log-order')`
      CREATE INDEX evidence_items_by_collection ON evidence_items (case_id, collected_at, sequence);
    `;
