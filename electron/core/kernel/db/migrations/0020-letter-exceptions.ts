import { sqlMigration } from './frozen-sql.js';

/**
 * A referral made although the case's facts do not call for it (issue 11: letter-applicability.ts)
 * keeps the legal officer's reason in the register. NULL: the letter applied, no exception was made.
 * A reason is written, never blank.
 */
export const m0020LetterExceptions = sqlMigration(20, '0020-letter-exceptions')`
      ALTER TABLE letters ADD COLUMN exception_reason TEXT
        CHECK (exception_reason IS NULL OR length(trim(exception_reason)) > 0);
    `;
