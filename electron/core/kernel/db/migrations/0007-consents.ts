import { appendOnly, LOGGED_ROW_KEY, sqlMigration } from './frozen-sql.js';

/**
 * Consent decisions as an append-only history (R1, R2): a decision is never edited or deleted;
 * a change of mind is a new row (a refusal, a withdrawal, a new consent). `seq` keeps the order
 * of recording. Purposes and decision kinds are checked by the contract, so a new standard
 * purpose needs no rebuild.
 */
export const m0007Consents = sqlMigration(7, '0007-consents')`
      CREATE TABLE consent_decisions (
        ${LOGGED_ROW_KEY},
        case_id TEXT NOT NULL REFERENCES cases (id),
        -- Whose consent it is, even when a guardian decides.
        person_id TEXT NOT NULL REFERENCES people (id),
        purpose TEXT NOT NULL,
        decision TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        given_by TEXT NOT NULL,
        guardian_person_id TEXT REFERENCES people (id),
        recipient TEXT,
        note TEXT,
        recorded_at TEXT NOT NULL,
        CHECK ((given_by = 'guardian') = (guardian_person_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX consent_decisions_by_case ON consent_decisions (case_id, person_id);

      ${appendOnly('consent_decisions', 'consent history is append-only')}
    `;
