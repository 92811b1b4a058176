import { appendOnly, LOGGED_ROW_KEY, PERSON_IN_CASE, sqlMigration } from './frozen-sql.js';

/**
 * Victim assistance and communication with the victim (A/72/751 ¶26–31, ¶34, ¶45).
 *
 * An assistance referral is one service offered to one victim; its steps (offered, accepted,
 * refused, in progress, completed, not completed) are an append-only history, and the referral
 * row keeps the status its last step reached. Contacts with a victim are append-only too; the
 * one logged from a closure letter's delivery names that letter, once. Provider, advocate,
 * reasons and notes are free text that may identify people: they live only in the vault.
 */
export const m0017VictimAssistance = sqlMigration(17, '0017-victim-assistance')`
      CREATE TABLE assistance_referrals (
        ${LOGGED_ROW_KEY},
        ${PERSON_IN_CASE},
        service TEXT NOT NULL CHECK (service IN
          ('medical', 'psychosocial', 'legal', 'shelter', 'livelihood', 'education', 'child_support')),
        provider TEXT CHECK (provider IS NULL OR length(provider) BETWEEN 1 AND 300),
        advocate TEXT CHECK (advocate IS NULL OR length(advocate) BETWEEN 1 AND 300),
        status TEXT NOT NULL CHECK (status IN
          ('offered', 'accepted', 'refused', 'in_progress', 'completed', 'not_completed')),
        offered_at TEXT NOT NULL,
        referred_at TEXT,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- A referral made has a provider and the moment it was made.
        CHECK (status NOT IN ('in_progress', 'completed', 'not_completed')
          OR (provider IS NOT NULL AND referred_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX assistance_referrals_by_case ON assistance_referrals (case_id, person_id);

      CREATE TABLE assistance_steps (
        seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        referral_id TEXT NOT NULL REFERENCES assistance_referrals (id),
        status TEXT NOT NULL CHECK (status IN
          ('offered', 'accepted', 'refused', 'in_progress', 'completed', 'not_completed')),
        at TEXT NOT NULL,
        reason TEXT,
        recorded_at TEXT NOT NULL,
        CHECK (status <> 'not_completed' OR (reason IS NOT NULL AND length(trim(reason)) > 0))
      ) STRICT;
      CREATE INDEX assistance_steps_by_referral ON assistance_steps (referral_id, seq);
      ${appendOnly('assistance_steps', 'assistance history is append-only')}

      CREATE TABLE victim_contacts (
        ${LOGGED_ROW_KEY},
        ${PERSON_IN_CASE},
        at TEXT NOT NULL,
        by TEXT NOT NULL CHECK (length(by) BETWEEN 1 AND 300),
        channel TEXT NOT NULL CHECK (channel IN ('in_person', 'phone', 'message', 'intermediary', 'letter')),
        language TEXT NOT NULL,
        interpreter_person_id TEXT REFERENCES people (id),
        -- A JSON array of what the victim was told: progress, outcome, assistance.
        told TEXT NOT NULL CHECK (json_valid(told) AND json_array_length(told) > 0),
        note TEXT,
        letter_id TEXT UNIQUE REFERENCES letters (id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX victim_contacts_by_case ON victim_contacts (case_id, person_id, at);
      ${appendOnly('victim_contacts', 'contacts with a victim are append-only')}
    `;
