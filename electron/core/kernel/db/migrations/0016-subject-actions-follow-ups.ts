import type { Migration } from '../migrate.js';

/**
 * Actions taken about a subject (interim measures, repatriation, bar, dismissal, referral to
 * national authorities, screening database, what a State reported doing: A/72/751 ¶13, ¶22, ¶47,
 * ¶65–66) and the follow-up register: each referral or notification sent to a Member State, a
 * contributing country or an office, the replies it received and the letters of the exchange.
 *
 * Actions, replies and letter links are appended, never edited or deleted: a correction is a new
 * record. A follow-up item's reply is awaited on a deadline, so the deadlines table learns a new
 * kind of concern ('follow_up'); SQLite cannot alter a CHECK, so that table is rebuilt as it was
 * with the one value added.
 */
export const m0016SubjectActionsFollowUps: Migration = {
  version: 16,
  name: '0016-subject-actions-follow-ups',
  up(db) {
    db.exec(`
      CREATE TABLE subject_actions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
        case_id TEXT NOT NULL REFERENCES cases (id),
        person_id TEXT NOT NULL REFERENCES people (id),
        kind TEXT NOT NULL CHECK (kind IN ('administrative_leave', 'payments_withheld', 'repatriation',
          'barred_from_future_service', 'dismissal_or_separation', 'referral_to_national_authorities',
          'screening_database_entry', 'state_reported_action', 'reputation_restoration', 'other')),
        taken_at TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('mission', 'oios', 'member_state', 'contributing_country',
          'organisation', 'other')),
        source_reference TEXT,
        description TEXT,
        follow_up_id TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        CHECK (source <> 'other' OR source_reference IS NOT NULL),
        CHECK (kind <> 'other' OR description IS NOT NULL)
      ) STRICT;
      CREATE INDEX subject_actions_by_case ON subject_actions (case_id, taken_at);
      CREATE TRIGGER subject_actions_no_update BEFORE UPDATE ON subject_actions
        BEGIN SELECT RAISE(ABORT, 'subject actions are append-only'); END;
      CREATE TRIGGER subject_actions_no_delete BEFORE DELETE ON subject_actions
        BEGIN SELECT RAISE(ABORT, 'subject actions are append-only'); END;

      CREATE TABLE follow_ups (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
        case_id TEXT NOT NULL REFERENCES cases (id),
        counterpart TEXT NOT NULL CHECK (counterpart IN ('member_state', 'contributing_country', 'office')),
        kind TEXT NOT NULL CHECK (kind IN ('referral', 'notification')),
        addressee TEXT,
        subject_id TEXT REFERENCES people (id),
        sent_at TEXT NOT NULL,
        opened_by TEXT NOT NULL CHECK (opened_by IN ('letter', 'manual')),
        letter_id TEXT REFERENCES letters (id),
        note TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        CHECK ((opened_by = 'letter') = (letter_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX follow_ups_by_case ON follow_ups (case_id, sent_at);
      CREATE UNIQUE INDEX follow_ups_one_per_letter ON follow_ups (letter_id) WHERE letter_id IS NOT NULL;
      CREATE TRIGGER follow_ups_no_delete BEFORE DELETE ON follow_ups
        BEGIN SELECT RAISE(ABORT, 'follow-up items are never deleted'); END;

      CREATE TABLE follow_up_replies (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
        follow_up_id TEXT NOT NULL REFERENCES follow_ups (id),
        received_at TEXT NOT NULL,
        summary TEXT NOT NULL CHECK (length(summary) > 0),
        action_reported TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX follow_up_replies_by_item ON follow_up_replies (follow_up_id, received_at);
      CREATE TRIGGER follow_up_replies_no_update BEFORE UPDATE ON follow_up_replies
        BEGIN SELECT RAISE(ABORT, 'follow-up replies are append-only'); END;
      CREATE TRIGGER follow_up_replies_no_delete BEFORE DELETE ON follow_up_replies
        BEGIN SELECT RAISE(ABORT, 'follow-up replies are append-only'); END;

      CREATE TABLE follow_up_letters (
        follow_up_id TEXT NOT NULL REFERENCES follow_ups (id),
        letter_id TEXT NOT NULL REFERENCES letters (id),
        linked_at TEXT NOT NULL,
        linked_by TEXT NOT NULL,
        PRIMARY KEY (follow_up_id, letter_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE deadlines_0016 (
        id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),
        case_id TEXT NOT NULL REFERENCES cases (id),
        trigger_key TEXT NOT NULL,
        clock_id TEXT NOT NULL,
        clock TEXT NOT NULL CHECK (json_valid(clock)),
        concerns_kind TEXT NOT NULL CHECK (concerns_kind IN ('incident', 'subject', 'evidence', 'case', 'follow_up')),
        concerns_id TEXT,
        started_by TEXT NOT NULL CHECK (started_by IN ('case_facts', 'evidence')),
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
      INSERT INTO deadlines_0016 SELECT * FROM deadlines;
      DROP TABLE deadlines;
      ALTER TABLE deadlines_0016 RENAME TO deadlines;
      CREATE INDEX deadlines_open_by_due ON deadlines (due_at) WHERE closed_at IS NULL AND withdrawn_at IS NULL;
      CREATE INDEX deadlines_by_case ON deadlines (case_id);
    `);
  },
};
