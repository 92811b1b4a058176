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

type HolderRole = 'vault' | 'passphrase_holder' | 'unknown_sender';

/** The role a shipped English holder text stands for, and what the holder column keeps. */
function holderInCodes(holder: string | null): { holder: string | null; role: HolderRole | null } {
  if (holder === 'the holder of the bundle passphrase') return { holder: null, role: 'passphrase_holder' };
  if (holder === 'this Casefile vault' || holder === 'this vault') return { holder: null, role: 'vault' };
  if (holder?.startsWith('Casefile vault ')) return { holder: holder.slice('Casefile vault '.length), role: 'vault' };
  if (holder?.startsWith('unknown sender ')) {
    return { holder: holder.slice('unknown sender '.length), role: 'unknown_sender' };
  }
  return { holder, role: null };
}

/** A custody event's columns that the shipped wording filled, and the codes that replace it. */
export interface ShippedCustodyWording {
  kind: string;
  purpose: string;
  from_holder: string | null;
  to_holder: string | null;
}
export interface CustodyCodes {
  purpose: string;
  purpose_code: 'bundle_sent' | 'bundle_received';
  from_holder: string | null;
  from_role: HolderRole | null;
  to_holder: string | null;
  to_role: HolderRole | null;
}

/**
 * The codes of a hand-over recorded in the shipped English wording, or null for any other event (one a
 * person wrote). Used by this migration and by a bundle import, whose bundle an older Casefile made.
 */
export function custodyCodesOfShippedWording(event: ShippedCustodyWording): CustodyCodes | null {
  if (event.kind !== 'handed_over' || (event.purpose !== SENT && event.purpose !== RECEIVED)) return null;
  const from = holderInCodes(event.from_holder);
  const to = holderInCodes(event.to_holder);
  return {
    purpose: '',
    purpose_code: event.purpose === SENT ? 'bundle_sent' : 'bundle_received',
    from_holder: from.holder,
    from_role: from.role,
    to_holder: to.holder,
    to_role: to.role,
  };
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
    const events = db
      .prepare(
        `SELECT rowid AS row_id, kind, purpose, from_holder, to_holder FROM custody_events
         WHERE kind = 'handed_over' AND purpose IN (?, ?)`,
      )
      .all(SENT, RECEIVED) as (ShippedCustodyWording & { row_id: number })[];
    const rewrite = db.prepare(
      `UPDATE custody_events SET purpose = @purpose, purpose_code = @purpose_code, from_holder = @from_holder,
         from_role = @from_role, to_holder = @to_holder, to_role = @to_role
       WHERE rowid = @row_id`,
    );
    for (const event of events) {
      const codes = custodyCodesOfShippedWording(event);
      if (codes) rewrite.run({ ...codes, row_id: event.row_id });
    }
    db.exec(`
      CREATE TRIGGER custody_events_no_update BEFORE UPDATE ON custody_events
      BEGIN SELECT RAISE(ABORT, 'custody events are never changed'); END;
    `);
  },
};
