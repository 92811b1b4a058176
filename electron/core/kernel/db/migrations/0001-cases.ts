import { CONFIDENTIALITY, CREATED_UPDATED, RECORD_ID, sqlMigration } from './frozen-sql.js';

/** Cases (allegations) and the per-year counter their references (CF-2026-0001) come from. */
export const m0001Cases = sqlMigration(1, '0001-cases')`
      CREATE TABLE cases (
        ${RECORD_ID},
        reference TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        ${CONFIDENTIALITY},
        ${CREATED_UPDATED}
      ) STRICT;
      CREATE INDEX cases_by_created_at ON cases (created_at DESC);

      -- A counter rather than max(reference): a reference is never handed out twice, even after a delete.
      CREATE TABLE case_reference_counters (
        year INTEGER NOT NULL PRIMARY KEY,
        last_number INTEGER NOT NULL CHECK (last_number > 0)
      ) STRICT;
    `;
