import { CASE_RECORD_KEY, RECORD_ID, sqlMigration } from './frozen-sql.js';

/**
 * The letter register: every letter generated, with the template version it was made from, its
 * disclosures and overrides, and each output file's bytes (kept in the encrypted database: letters
 * are small) with its SHA-256. Closure letters get delivery records. Nothing here is updated or
 * deleted: a corrected letter is a new letter.
 */
export const m0014Letters = sqlMigration(14, '0014-letters')`
      CREATE TABLE letters (
        ${CASE_RECORD_KEY},
        kind TEXT NOT NULL,
        recipient TEXT NOT NULL,
        recipient_name TEXT NOT NULL,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'ar')),
        page_size TEXT NOT NULL CHECK (page_size IN ('A4', 'Letter')),
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        concerns_person_id TEXT,
        concerns_code TEXT,
        disclosures TEXT NOT NULL CHECK (json_valid(disclosures)),
        withheld TEXT NOT NULL CHECK (json_valid(withheld)),
        overrides TEXT NOT NULL CHECK (json_valid(overrides)),
        FOREIGN KEY (template_id, template_version) REFERENCES letter_templates (id, version)
      ) STRICT;
      CREATE INDEX letters_by_case ON letters (case_id, created_at);

      CREATE TABLE letter_outputs (
        letter_id TEXT NOT NULL REFERENCES letters (id),
        format TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
        file_name TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes BLOB NOT NULL,
        PRIMARY KEY (letter_id, format)
      ) STRICT;

      CREATE TABLE letter_deliveries (
        ${RECORD_ID},
        letter_id TEXT NOT NULL REFERENCES letters (id),
        how TEXT NOT NULL CHECK (how IN ('hand', 'post', 'email', 'oral', 'other')),
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        language TEXT NOT NULL,
        oral_language TEXT,
        interpreter TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        CHECK (interpreter IS NULL OR oral_language IS NOT NULL)
      ) STRICT;
      CREATE INDEX letter_deliveries_by_letter ON letter_deliveries (letter_id);
    `;
