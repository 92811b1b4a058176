import { CASE_RECORD_KEY, CREATED_UPDATED, sqlMigration } from './frozen-sql.js';

/**
 * The deadlines table as 0011 made it, where `concernsKinds` lists what a deadline may concern.
 * FROZEN (see frozen-sql.ts): 0016 rebuilds the table through it with one kind more; a later
 * change of the table is a new migration with its own SQL. Columns: `clock` is the clock
 * definition the due moment was computed with; `concerns_id` the subject or evidence id, or the
 * incident's position (NULL for the case itself); `start` the start as recorded, an instant or an
 * uncertain date, as JSON.
 */
export function deadlinesTable(table: string, concernsKinds: readonly string[]): string {
  return `CREATE TABLE ${table} (
        ${CASE_RECORD_KEY},
        trigger_key TEXT NOT NULL,
        clock_id TEXT NOT NULL,
        clock TEXT NOT NULL CHECK (json_valid(clock)),
        concerns_kind TEXT NOT NULL CHECK (concerns_kind IN (${concernsKinds.map((kind) => `'${kind}'`).join(', ')})),
        concerns_id TEXT,
        started_by TEXT NOT NULL CHECK (started_by IN ('case_facts', 'evidence')),
        start TEXT NOT NULL CHECK (json_valid(start)),
        due_at TEXT NOT NULL,
        last_possible_due_at TEXT NOT NULL,
        span_ms INTEGER,
        firmness TEXT NOT NULL,
        basis TEXT NOT NULL CHECK (json_valid(basis)),
        ${CREATED_UPDATED},
        closed_at TEXT,
        closed_action TEXT,
        closed_by TEXT,
        withdrawn_at TEXT,
        withdrawn_reason TEXT,
        UNIQUE (case_id, trigger_key),
        CHECK ((closed_at IS NULL) = (closed_action IS NULL) AND (closed_at IS NULL) = (closed_by IS NULL)),
        CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL)),
        CHECK (closed_at IS NULL OR withdrawn_at IS NULL)
      ) STRICT;`;
}

/** The deadlines table's indexes (FROZEN): the open ones by due moment, and all of a case's. */
export const DEADLINES_INDEXES = `
      CREATE INDEX deadlines_open_by_due ON deadlines (due_at) WHERE closed_at IS NULL AND withdrawn_at IS NULL;
      CREATE INDEX deadlines_by_case ON deadlines (case_id);`;

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
export const m0011Deadlines = sqlMigration(11, '0011-deadlines')`
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

      ${deadlinesTable('deadlines', ['incident', 'subject', 'evidence', 'case'])}
      ${DEADLINES_INDEXES}
    `;
