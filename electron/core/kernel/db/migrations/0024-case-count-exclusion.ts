import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 14. Whether a report is kept out of the published count (A/72/751 footnote 11), as a fact
 * of the case: its ground and the reason in words, JSON validated by the domain schema on write;
 * NULL (every case before) is counted. The statistics select the cases of a period by the date
 * they were received: an index on it keeps that one pass short however many cases the vault holds.
 */
export const m0024CaseCountExclusion = sqlMigration(24, '0024-case-count-exclusion')`
      ALTER TABLE cases ADD COLUMN count_exclusion TEXT CHECK (count_exclusion IS NULL OR json_valid(count_exclusion));
      CREATE INDEX cases_by_date_received ON cases (date_received);
    `;
