import {
  CASE_RECORD_KEY,
  CONFIDENTIALITY,
  CREATED_UPDATED,
  LOGGED_ROW_KEY,
  neverDeleted,
  sqlMigration,
} from './frozen-sql.js';

/**
 * Evidence items, numbered per case (`sequence` 1, 2, 3… shown as E-0001): items are never
 * deleted, so a number is never handed out twice. Links to people and interviews have their own
 * tables with foreign keys. Content files live encrypted in `<vault>/objects/`; a row here holds
 * the object's id, its key wrapped by the data key, and the SHA-256 and size computed as the file
 * was first read. Those never change: only the outcome of the last re-verification may.
 * Types, statuses and markers are checked by the contract, so a new value needs no rebuild.
 */
export const m0009Evidence = sqlMigration(9, '0009-evidence')`
      CREATE TABLE evidence_items (
        ${CASE_RECORD_KEY},
        sequence INTEGER NOT NULL CHECK (sequence >= 1),
        type TEXT NOT NULL,
        description TEXT NOT NULL,
        collected_at TEXT NOT NULL,
        time_zone TEXT,
        -- Sensitive text with its own confidentiality level, as JSON; NULL when not recorded.
        collected_where TEXT CHECK (collected_where IS NULL OR json_valid(collected_where)),
        collected_by TEXT,
        copy_role TEXT NOT NULL CHECK (copy_role IN ('evidentiary_original', 'working_copy')),
        original_id TEXT REFERENCES evidence_items (id),
        storage_location TEXT NOT NULL,
        status TEXT NOT NULL,
        ${CONFIDENTIALITY},
        markers TEXT NOT NULL CHECK (json_valid(markers)),
        -- CCTV: when the footage was recorded, an uncertain date as JSON.
        recorded_at TEXT CHECK (recorded_at IS NULL OR json_valid(recorded_at)),
        identified_at TEXT,
        ${CREATED_UPDATED},
        UNIQUE (case_id, sequence),
        CHECK ((copy_role = 'working_copy') = (original_id IS NOT NULL)),
        CHECK (original_id IS NOT id)
      ) STRICT;
      CREATE INDEX evidence_items_by_original ON evidence_items (original_id) WHERE original_id IS NOT NULL;
      ${neverDeleted('evidence_items', 'evidence items are never removed')}
      CREATE TRIGGER evidence_items_keep_identity BEFORE UPDATE OF id, case_id, sequence ON evidence_items
      BEGIN SELECT RAISE(ABORT, 'an evidence item keeps its case and number'); END;

      CREATE TABLE evidence_people (
        item_id TEXT NOT NULL REFERENCES evidence_items (id),
        person_id TEXT NOT NULL REFERENCES people (id),
        PRIMARY KEY (item_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE evidence_interviews (
        item_id TEXT NOT NULL REFERENCES evidence_items (id),
        interview_id TEXT NOT NULL REFERENCES interviews (id),
        PRIMARY KEY (item_id, interview_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE evidence_contents (
        ${LOGGED_ROW_KEY},
        item_id TEXT NOT NULL REFERENCES evidence_items (id),
        object_id TEXT NOT NULL UNIQUE CHECK (length(object_id) = 32),
        wrapped_key BLOB NOT NULL,
        file_name TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        ingested_at TEXT NOT NULL,
        verification TEXT NOT NULL DEFAULT 'unchecked' CHECK (verification IN ('unchecked', 'verified', 'failed')),
        verified_at TEXT,
        problem TEXT,
        CHECK ((verification = 'failed') = (problem IS NOT NULL)),
        CHECK ((verification = 'unchecked') = (verified_at IS NULL))
      ) STRICT;
      CREATE INDEX evidence_contents_by_item ON evidence_contents (item_id);
      ${neverDeleted('evidence_contents', 'evidence content is never removed')}
      CREATE TRIGGER evidence_contents_hash_fixed
        BEFORE UPDATE OF id, item_id, object_id, wrapped_key, file_name, size, sha256, ingested_at ON evidence_contents
      BEGIN SELECT RAISE(ABORT, 'the hash recorded at collection never changes'); END;
    `;
