import { appendOnly, CASE_RECORD_KEY, CONFIDENTIALITY, CREATED_UPDATED, sqlMigration } from './frozen-sql.js';

/**
 * Interviews: the arrangements as JSON (validated by the domain schema on write), the status
 * with its dates, and the working notes as rich-text JSON with a revision that every autosave
 * increments (a save names the revision it started from, so two windows cannot overwrite each
 * other silently). Signed text lives in `interview_versions`: version 1 is written at signature,
 * 2, 3… by each amendment with its reason; rows there are never changed or removed.
 */
export const m0008Interviews = sqlMigration(8, '0008-interviews')`
      CREATE TABLE interviews (
        ${CASE_RECORD_KEY},
        person_id TEXT NOT NULL REFERENCES people (id),
        status TEXT NOT NULL,
        arrangements TEXT NOT NULL CHECK (json_valid(arrangements)),
        conducted_at TEXT,
        signed_at TEXT,
        cancelled_at TEXT,
        cancel_reason TEXT,
        notes TEXT NOT NULL CHECK (json_valid(notes)),
        notes_revision INTEGER NOT NULL DEFAULT 0 CHECK (notes_revision >= 0),
        notes_saved_at TEXT,
        -- When an autosave was last written to the audit trail (saves are coalesced there).
        notes_audited_at TEXT,
        ${CONFIDENTIALITY},
        ${CREATED_UPDATED},
        CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL))
      ) STRICT;
      CREATE INDEX interviews_by_case ON interviews (case_id, person_id);

      CREATE TABLE interview_versions (
        interview_id TEXT NOT NULL REFERENCES interviews (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        at TEXT NOT NULL,
        -- Version 1 is the signed record; every later version says why it was made.
        reason TEXT,
        notes TEXT NOT NULL CHECK (json_valid(notes)),
        PRIMARY KEY (interview_id, version),
        CHECK ((version = 1) = (reason IS NULL))
      ) STRICT, WITHOUT ROWID;

      ${appendOnly('interview_versions', {
        update: 'signed interview versions are never changed',
        delete: 'signed interview versions are never removed',
      })}
    `;
