import { sqlMigration } from './frozen-sql.js';

/**
 * Issue 12. A bundle from a colleague is merged against the version last exchanged with them: the one
 * exchanged directly (sent to or received from their key), or the one this vault sent in a bundle for a
 * passphrase that their bundle says they imported. When both exist the newer is the common version; the
 * older one would make a change here since (a value put back as it was before) look unchanged, and the
 * bundle's value would silently replace it. `exchanged_at` keeps when each version was exchanged (this
 * vault's clock, ISO, UTC); versions recorded before have none and count as the direct one did before.
 */
export const m0033BundleBaseTimes = sqlMigration(33, '0033-bundle-base-times')`
      ALTER TABLE bundle_row_bases ADD COLUMN exchanged_at TEXT;
    `;
