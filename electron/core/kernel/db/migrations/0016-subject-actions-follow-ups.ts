import { deadlinesTable, DEADLINES_INDEXES } from './0011-deadlines.js';
import { appendOnly, neverDeleted, PERSON_IN_CASE, sqlMigration } from './frozen-sql.js';

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
export const m0016SubjectActionsFollowUps = sqlMigration(16, '0016-subject-actions-follow-ups')`
      CREATE TABLE subject_actions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
        ${PERSON_IN_CASE},
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
      ${appendOnly('subject_actions', 'subject actions are append-only')}

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
      ${neverDeleted('follow_ups', 'follow-up items are never deleted')}

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
      ${appendOnly('follow_up_replies', 'follow-up replies are append-only')}

      CREATE TABLE follow_up_letters (
        follow_up_id TEXT NOT NULL REFERENCES follow_ups (id),
        letter_id TEXT NOT NULL REFERENCES letters (id),
        linked_at TEXT NOT NULL,
        linked_by TEXT NOT NULL,
        PRIMARY KEY (follow_up_id, letter_id)
      ) STRICT, WITHOUT ROWID;

      ${deadlinesTable('deadlines_0016', ['incident', 'subject', 'evidence', 'case', 'follow_up'])}
      INSERT INTO deadlines_0016 SELECT * FROM deadlines;
      DROP TABLE deadlines;
      ALTER TABLE deadlines_0016 RENAME TO deadlines;
      ${DEADLINES_INDEXES}
    `;
