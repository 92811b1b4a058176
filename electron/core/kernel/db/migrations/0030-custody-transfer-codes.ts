import type { Migration } from '../migrate.js';

/**
 * Issue 12. The custody events of a bundle hand-over were written with English words in the record
 * (their purpose, and holders such as "Casefile vault FINGERPRINT" or "the holder of the bundle
 * passphrase"), so a French report printed them in English. They now keep codes, worded at display
 * time in the reader's language:
 *
 * - purpose_code: 'bundle_sent' or 'bundle_received' (the purpose text is then empty);
 * - from_role / to_role: 'vault' (a Casefile vault, the holder column keeping its signing key's
 *   fingerprint, or null when it had none), 'passphrase_holder' (holder null), 'unknown_sender'
 *   (holder: the fingerprint of the key that signed). A holder without a role is a name (a contact).
 *
 * Events already recorded with the shipped English wording are rewritten to the codes; only the
 * hand-over events that carry exactly the shipped purpose are touched, never one a person wrote.
 * Custody events are never changed otherwise: the trigger that refuses an UPDATE is lifted for this
 * rewrite only and put back as it was.
 * FROZEN: the texts are as they were shipped.
 */
const SENT = 'Handed over in an encrypted case bundle; every file checked against its SHA-256.';
const RECEIVED = 'Received in an encrypted case bundle; every file checked against its SHA-256.';

const ROLES = `('vault', 'passphrase_holder', 'unknown_sender')`;

/** The role a shipped English holder text stands for, and what the holder column keeps. */
function holderRewrite(column: 'from_holder' | 'to_holder', role: 'from_role' | 'to_role'): string {
  return `UPDATE custody_events SET
      ${role} = CASE
        WHEN ${column} = 'the holder of the bundle passphrase' THEN 'passphrase_holder'
        WHEN ${column} IN ('this Casefile vault', 'this vault') OR ${column} LIKE 'Casefile vault %' THEN 'vault'
        WHEN ${column} LIKE 'unknown sender %' THEN 'unknown_sender'
      END,
      ${column} = CASE
        WHEN ${column} LIKE 'Casefile vault %' THEN substr(${column}, length('Casefile vault ') + 1)
        WHEN ${column} LIKE 'unknown sender %' THEN substr(${column}, length('unknown sender ') + 1)
        WHEN ${column} IN ('the holder of the bundle passphrase', 'this Casefile vault', 'this vault') THEN NULL
        ELSE ${column}
      END
    WHERE purpose_code IS NOT NULL AND (${column} IN
      ('the holder of the bundle passphrase', 'this Casefile vault', 'this vault')
      OR ${column} LIKE 'Casefile vault %' OR ${column} LIKE 'unknown sender %');`;
}

export const m0030CustodyTransferCodes: Migration = {
  version: 30,
  name: '0030-custody-transfer-codes',
  up(db) {
    db.exec(`
      ALTER TABLE custody_events ADD COLUMN purpose_code TEXT
        CHECK (purpose_code IS NULL OR purpose_code IN ('bundle_sent', 'bundle_received'));
      ALTER TABLE custody_events ADD COLUMN from_role TEXT CHECK (from_role IS NULL OR from_role IN ${ROLES});
      ALTER TABLE custody_events ADD COLUMN to_role TEXT CHECK (to_role IS NULL OR to_role IN ${ROLES});
      DROP TRIGGER custody_events_no_update;
    `);
    db.prepare(
      `UPDATE custody_events SET purpose_code = CASE purpose WHEN ? THEN 'bundle_sent' ELSE 'bundle_received' END,
         purpose = ''
       WHERE kind = 'handed_over' AND purpose IN (?, ?)`,
    ).run(SENT, SENT, RECEIVED);
    db.exec(holderRewrite('from_holder', 'from_role'));
    db.exec(holderRewrite('to_holder', 'to_role'));
    db.exec(`
      CREATE TRIGGER custody_events_no_update BEFORE UPDATE ON custody_events
      BEGIN SELECT RAISE(ABORT, 'custody events are never changed'); END;
    `);
  },
};
