import { CONFIDENTIALITY, CREATED_UPDATED, RECORD_ID, sqlMigration } from './frozen-sql.js';

/**
 * Cases get every intake field of domain.md §1, a status with its history, and archiving.
 * The table is rebuilt (SQLite's documented way to add constrained columns); nothing refers to
 * it yet. Structured fields are JSON text validated by the domain schemas when read. Enumerated
 * values are checked by the contract, not here, so that a new status or subtype needs no rebuild.
 * Cases opened before this migration get neutral values and an opening entry in their history.
 */
export const m0004CaseIntake = sqlMigration(4, '0004-case-intake')`
      CREATE TABLE cases_with_intake (
        ${RECORD_ID},
        reference TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        date_received TEXT NOT NULL CHECK (date_received GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        reporting_channel TEXT NOT NULL,
        entity TEXT NOT NULL,
        location TEXT NOT NULL CHECK (json_valid(location)),
        category TEXT CHECK (category IN ('SE', 'SA')),
        subtype TEXT,
        incident_dates TEXT NOT NULL CHECK (json_valid(incident_dates)),
        investigating_entity TEXT,
        urgent INTEGER NOT NULL CHECK (urgent IN (0, 1)),
        reporting_obligation_acknowledged_at TEXT,
        alleged_exchange TEXT NOT NULL CHECK (json_valid(alleged_exchange)),
        paternity_claim TEXT NOT NULL CHECK (json_valid(paternity_claim)),
        -- The last entry of case_status_changes, kept here so the list can filter and sort on it.
        status TEXT NOT NULL,
        ${CONFIDENTIALITY},
        archived_at TEXT,
        archive_reason TEXT,
        ${CREATED_UPDATED},
        CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
      ) STRICT;

      INSERT INTO cases_with_intake (
        id, reference, title, summary, date_received, reporting_channel, entity, location, category,
        subtype, incident_dates, investigating_entity, urgent, reporting_obligation_acknowledged_at,
        alleged_exchange, paternity_claim, status, confidentiality, created_at, updated_at)
      SELECT id, reference, title, summary, substr(created_at, 1, 10), 'other', 'Not recorded',
        '{"text":"","confidentiality":"strictly_confidential"}', NULL, NULL, '[{"precision":"unknown"}]',
        NULL, 0, NULL, '[]', '{"claimed":false}', 'preliminary_assessment', confidentiality,
        created_at, updated_at
      FROM cases;

      DROP TABLE cases;
      ALTER TABLE cases_with_intake RENAME TO cases;
      CREATE INDEX cases_by_created_at ON cases (created_at DESC);
      CREATE INDEX cases_by_status ON cases (status);

      -- The status history: position 1 opens the case; a change is appended, never edited.
      CREATE TABLE case_status_changes (
        case_id TEXT NOT NULL REFERENCES cases (id),
        position INTEGER NOT NULL CHECK (position > 0),
        from_status TEXT,
        to_status TEXT NOT NULL,
        at TEXT NOT NULL,
        reason TEXT NOT NULL,
        closure_ground TEXT,
        -- When it was entered; "at" may be earlier (a change recorded after the fact).
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (case_id, position),
        CHECK ((position = 1) = (from_status IS NULL))
      ) STRICT;

      INSERT INTO case_status_changes (case_id, position, from_status, to_status, at, reason, closure_ground,
        recorded_at)
      SELECT id, 1, NULL, 'preliminary_assessment', created_at, 'Opened before the status history was kept', NULL,
        created_at
      FROM cases;
    `;
