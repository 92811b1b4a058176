import type { VaultDatabase } from '../vault/database.js';

/** How a feature's list of a case's records is read: the statement up to its WHERE, and its order. */
export interface CaseRowsQuery {
  /** `SELECT * FROM consent_decisions`, or a join (`SELECT a.*, p.code FROM subject_actions a JOIN …`). */
  select: string;
  /** The table, or its alias in the join, whose `case_id` and `person_id` columns are filtered. */
  table: string;
  /** The whole ORDER BY clause. */
  order: string;
}

/**
 * The rows of a case's records (by case id), or only those about one person in it: one statement
 * for both lists, so the two cannot drift apart in what they select or how they are ordered.
 */
export function caseRows<Row>(db: VaultDatabase, query: CaseRowsQuery, caseId: string, personId?: string): Row[] {
  const { select, table, order } = query;
  return db
    .prepare(
      `${select} WHERE ${table}.case_id = @caseId AND (@personId IS NULL OR ${table}.person_id = @personId) ${order}`,
    )
    .all({ caseId, personId: personId ?? null }) as Row[];
}
