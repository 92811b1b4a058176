import { appendOnly, CASE_RECORD_KEY, CONFIDENTIALITY, CREATED_UPDATED, sqlMigration } from './frozen-sql.js';

/**
 * People of a case under their pseudonym codes. The identity (names, contacts, date of birth,
 * exact location) is its own JSON column so that list queries never select it. Every code a
 * case has issued is kept in `person_codes_issued`, so a code is never handed out twice, even
 * if a person record were removed. Roles are checked by the contract, not here (a new role
 * needs no rebuild); the role-specific profile is JSON validated by the domain schema on write.
 */
export const m0006People = sqlMigration(6, '0006-people')`
      CREATE TABLE people (
        ${CASE_RECORD_KEY},
        code TEXT NOT NULL,
        role TEXT NOT NULL,
        profile TEXT NOT NULL CHECK (json_valid(profile)),
        identity TEXT NOT NULL CHECK (json_valid(identity)),
        ${CONFIDENTIALITY},
        ${CREATED_UPDATED},
        UNIQUE (case_id, code)
      ) STRICT;
      CREATE INDEX people_by_case ON people (case_id, role);

      CREATE TABLE person_codes_issued (
        case_id TEXT NOT NULL REFERENCES cases (id),
        code TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        PRIMARY KEY (case_id, code)
      ) STRICT, WITHOUT ROWID;
      ${appendOnly('person_codes_issued', {
        update: 'issued pseudonym codes are never changed',
        delete: 'issued pseudonym codes are never released',
      })}
    `;
