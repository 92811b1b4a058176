import type { Migration } from '../migrate.js';

/** Cases (allegations) and the per-year counter their references (CF-2026-0001) come from. */
export const m0001Cases: Migration = {
  version: 1,
  name: '0001-cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
        reference TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        confidentiality TEXT NOT NULL
          CHECK (confidentiality IN ('standard', 'confidential', 'strictly_confidential')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cases_by_created_at ON cases (created_at DESC);

      -- A counter rather than max(reference): a reference is never handed out twice, even after a delete.
      CREATE TABLE case_reference_counters (
        year INTEGER NOT NULL PRIMARY KEY,
        last_number INTEGER NOT NULL CHECK (last_number > 0)
      ) STRICT;
    `);
  },
};
