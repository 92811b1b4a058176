import { appendOnly, LOGGED_ROW_KEY, sqlMigration } from './frozen-sql.js';

/**
 * The chain of custody: append-only, one row per event, numbered per item in the order logged.
 * Logged order is chronological order: an event dated before one already logged for the item is
 * refused here too, whatever the caller checked. `hash_checks` keeps the re-hash of each content
 * file done at the event (JSON array, empty when there was none).
 */
export const m0010Custody = sqlMigration(10, '0010-custody')`
      CREATE TABLE custody_events (
        ${LOGGED_ROW_KEY},
        item_id TEXT NOT NULL REFERENCES evidence_items (id),
        sequence INTEGER NOT NULL CHECK (sequence >= 1),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        time_zone TEXT,
        from_holder TEXT,
        to_holder TEXT,
        persons TEXT NOT NULL CHECK (json_valid(persons)),
        purpose TEXT NOT NULL,
        seal_number TEXT,
        location TEXT,
        note TEXT,
        hash_checks TEXT NOT NULL CHECK (json_valid(hash_checks)),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        UNIQUE (item_id, sequence)
      ) STRICT;
      CREATE TRIGGER custody_events_in_order BEFORE INSERT ON custody_events
        WHEN EXISTS (SELECT 1 FROM custody_events
          WHERE item_id = new.item_id AND (at > new.at OR sequence >= new.sequence))
      BEGIN SELECT RAISE(ABORT, 'custody events are logged in chronological order'); END;
      ${appendOnly('custody_events', {
        update: 'custody events are never changed',
        delete: 'custody events are never removed',
      })}
    `;
