import { CASE_RECORD_KEY, sqlMigration } from './frozen-sql.js';

/**
 * Investigative actions and forensic examinations (issue 10 item 5; R14, R15). An action is
 * recorded once with its request and concluded at most once (done, refused, not possible); the
 * conclusion is an update of the same row, checked to be complete. Evidence links name items of the
 * same case; the clocks an action closed are kept by name, as the investigator saw them then.
 */
export const m0018InvestigativeActions = sqlMigration(18, '0018-investigative-actions')`
      CREATE TABLE investigative_actions (
        ${CASE_RECORD_KEY},
        kind TEXT NOT NULL,
        person_id TEXT REFERENCES people (id),
        description TEXT,
        requested_at TEXT NOT NULL,
        requested_by TEXT NOT NULL CHECK (length(trim(requested_by)) > 0),
        status TEXT NOT NULL CHECK (status IN ('requested', 'done', 'refused', 'not_possible')),
        outcome_at TEXT,
        result TEXT,
        reason TEXT,
        provider_qualified INTEGER CHECK (provider_qualified IN (0, 1)),
        closed_deadlines TEXT NOT NULL DEFAULT '[]' CHECK (json_type(closed_deadlines) = 'array'),
        confidentiality TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'requested') = (outcome_at IS NULL)),
        CHECK (status IN ('requested', 'done') OR reason IS NOT NULL),
        CHECK (outcome_at IS NULL OR outcome_at >= requested_at)
      ) STRICT;
      CREATE INDEX investigative_actions_by_case ON investigative_actions (case_id, requested_at);

      CREATE TABLE investigative_action_evidence (
        action_id TEXT NOT NULL REFERENCES investigative_actions (id),
        evidence_id TEXT NOT NULL REFERENCES evidence_items (id),
        position INTEGER NOT NULL CHECK (position >= 0),
        PRIMARY KEY (action_id, evidence_id)
      ) STRICT;
    `;
