import type { Migration } from '../migrate.js';

/**
 * Clock settings, case milestones and running deadlines (domain.md §3).
 *
 * `vault_settings` holds settings that are case data's companions and must stay inside the
 * encrypted database (the clocks, the mission calendar); a missing key means the shipped
 * defaults, which live in shared/clocks and are never copied here by a migration.
 *
 * A deadline is computed from a start and a clock and stored with both, so a closed one keeps
 * the values it was closed against whatever the settings become. `trigger_key` (clock + what it
 * concerns) is unique per case: the same clock is never started twice for the same thing.
 * A deadline whose start fact disappeared (an incident date removed, a rotation date cleared)
 * is withdrawn, not deleted, and comes back if the fact does.
 */
export const m0011Deadlines: Migration = {
  version: 11,
  name: '0011-deadlines',
  up(db) {
    db.exec(`
      CREATE TABLE vault_settings (
        key TEXT NOT NULL PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE case_milestones (
        case_id TEXT NOT NULL REFERENCES cases (id),
        milestone TEXT NOT NULL,
        at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (case_id, milestone)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE case_clock_conditions (
        case_id TEXT NOT NULL REFERENCES cases (id),
        condition TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (case_id, condition)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE deadlines (
        id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
        case_id TEXT NOT NULL REFERENCES cases (id),
        trigger_key TEXT NOT NULL,
        clock_id TEXT NOT NULL,
        -- The clock definition the due moment was computed with.
        clock TEXT NOT NULL CHECK (json_valid(clock)),
        concerns_kind TEXT NOT NULL CHECK (concerns_kind IN ('incident', 'subject', 'evidence', 'case')),
        -- Subject or evidence id, incident position; NULL for the case itself.
        concerns_id TEXT,
        started_by TEXT NOT NULL CHECK (started_by IN ('case_facts', 'evidence')),
        -- The start as recorded: an instant or an uncertain date, as JSON.
        start TEXT NOT NULL CHECK (json_valid(start)),
        due_at TEXT NOT NULL,
        last_possible_due_at TEXT NOT NULL,
        span_ms INTEGER,
        firmness TEXT NOT NULL,
        basis TEXT NOT NULL CHECK (json_valid(basis)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT,
        closed_action TEXT,
        closed_by TEXT,
        withdrawn_at TEXT,
        withdrawn_reason TEXT,
        UNIQUE (case_id, trigger_key),
        CHECK ((closed_at IS NULL) = (closed_action IS NULL) AND (closed_at IS NULL) = (closed_by IS NULL)),
        CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL)),
        CHECK (closed_at IS NULL OR withdrawn_at IS NULL)
      ) STRICT;
      CREATE INDEX deadlines_open_by_due ON deadlines (due_at) WHERE closed_at IS NULL AND withdrawn_at IS NULL;
      CREATE INDEX deadlines_by_case ON deadlines (case_id);
    `);
  },
};
