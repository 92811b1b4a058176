import { appendOnly, LOGGED_ROW_KEY, PERSON_IN_CASE, sqlMigration } from './frozen-sql.js';

/**
 * Issue 11, items 2 and 6. Why the matter closed for each victim, when it closed before the facts
 * could be established: her own ground (a case "closed for other reasons" no longer tells every
 * victim she chose not to take part), the plain words for 'other', who decided and when. Each row
 * is one record; the latest of a victim is in force, earlier ones stay as history.
 * And a letter made in the discreet form (no letterhead or emblem, neutral wording, for delivery
 * to a home) says so in the register: 0 for every letter made before.
 */
export const m0021VictimClosures = sqlMigration(21, '0021-victim-closures')`
      CREATE TABLE victim_closures (
        ${LOGGED_ROW_KEY},
        ${PERSON_IN_CASE},
        ground TEXT NOT NULL CHECK (ground IN
          ('victim_declined_to_participate', 'subject_not_identified', 'subject_separated_from_service', 'other')),
        reason_to_victim TEXT CHECK (reason_to_victim IS NULL OR length(trim(reason_to_victim)) > 0),
        decided_by TEXT NOT NULL,
        decided_on TEXT NOT NULL CHECK (decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        CHECK ((ground = 'other') = (reason_to_victim IS NOT NULL))
      ) STRICT;
      CREATE INDEX victim_closures_by_case ON victim_closures (case_id, person_id, seq);
      ${appendOnly('victim_closures', {
        update: 'a victim closure is recorded again, never changed',
        delete: 'victim closures are never deleted',
      })}

      ALTER TABLE letters ADD COLUMN discreet INTEGER NOT NULL DEFAULT 0 CHECK (discreet IN (0, 1));
    `;
