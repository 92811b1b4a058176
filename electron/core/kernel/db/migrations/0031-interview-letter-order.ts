import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 13. The interviews of a case and its letter register are read a page at a time. These
 * indexes let a page start at its cursor and stop after its limit instead of sorting the whole
 * case for every page:
 *
 * - interviews by the moment that dates them on the list (when it took place, else when it is
 *   planned, undated ones first), then when they were planned and their id, so the order is
 *   total; the expression is the one electron/core/interviews/interview-list-page.ts sorts by;
 * - letters by when they were made, then their id.
 *
 * A chain of custody is already read in order by its UNIQUE (item_id, sequence) index.
 */
export const m0031InterviewLetterOrder = sqlMigration(31, '0031-interview-letter-order')`
      CREATE INDEX interviews_by_date ON interviews (
        case_id, coalesce(conducted_at, json_extract(arrangements, '$.scheduledAt'), ''), created_at, id);
      CREATE INDEX letters_by_case_order ON letters (case_id, created_at, id);
    `;
