import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 12, the merge of case bundles. Three things a hand-over between two vaults needs:
 *
 * - bundle_row_bases: per case, per colleague (`peer`: the fingerprint of their signing key) and per
 *   record, the SHA-256 of the version last exchanged with that colleague (sent to them at export,
 *   received from them at import). It is the common ancestor of a three-way merge with a bundle from
 *   them: a record unchanged here since takes the bundle's version, a record the sender did not
 *   change keeps ours, and a record both changed is a conflict for the user. Edit times, which the
 *   sender sets, decide nothing; what was exchanged with another colleague never stands for theirs.
 * - bundle_imports.bundle_id: the id the sender's signed manifest gives the bundle, so the same
 *   bundle is never imported twice (a replay).
 * - custody_events.received: an event received in a bundle. Both holders go on logging events after a
 *   hand-over, so an event of the other side may be dated before the last one here (and the other
 *   laptop's clock may be ahead of ours): it takes the next number of this vault's chain, and the
 *   chronological check holds between the events logged here, not against those received.
 */
export const m0025BundleExchange = sqlMigration(25, '0025-bundle-exchange')`
      CREATE TABLE bundle_row_bases (
        case_id TEXT NOT NULL REFERENCES cases (id),
        peer TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        PRIMARY KEY (case_id, peer, table_name, row_key)
      ) STRICT, WITHOUT ROWID;

      ALTER TABLE bundle_imports ADD COLUMN bundle_id TEXT CHECK (bundle_id IS NULL OR length(bundle_id) = 36);
      CREATE UNIQUE INDEX bundle_imports_by_bundle ON bundle_imports (bundle_id) WHERE bundle_id IS NOT NULL;

      ALTER TABLE custody_events ADD COLUMN received INTEGER NOT NULL DEFAULT 0 CHECK (received IN (0, 1));
      DROP TRIGGER custody_events_in_order;
      CREATE TRIGGER custody_events_in_order BEFORE INSERT ON custody_events
        WHEN EXISTS (SELECT 1 FROM custody_events
          WHERE item_id = new.item_id
            AND ((new.received = 0 AND received = 0 AND at > new.at) OR sequence >= new.sequence))
      BEGIN SELECT RAISE(ABORT, 'custody events are logged in chronological order'); END;
    `;
