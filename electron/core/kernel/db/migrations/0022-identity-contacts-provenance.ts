import { appendOnly, RECORD_ID, sqlMigration } from './frozen-sql.js';

/**
 * Issue 12, items 1 and 4. The vault's own keys: its age (X25519) identity, to receive case
 * bundles, and its Ed25519 signing key, to sign provenance and bundle manifests. The public half
 * is kept in clear (inside the encrypted database); the secret half is wrapped by the data key
 * (kernel/identity/identity-keys.ts). A vault keeps its keys: rows are never changed or removed.
 *
 * The contacts: colleagues' age recipients and Ed25519 public keys. A contact's keys never change
 * (a new key is a new contact, to be verified again); only the verification is recorded later.
 *
 * The provenance of each evidence content: the statement signed (its SHA-256, size, collection
 * time, collector, case, item), the Ed25519 signature and the signer's public key. `at_ingest` is
 * 0 for content logged before this migration and signed at its first verification.
 */
export const m0022IdentityContactsProvenance = sqlMigration(22, '0022-identity-contacts-provenance')`
      CREATE TABLE vault_keys (
        purpose TEXT NOT NULL PRIMARY KEY CHECK (purpose IN ('age-identity', 'signing-key')),
        public_key BLOB NOT NULL CHECK (length(public_key) = 32),
        nonce BLOB NOT NULL CHECK (length(nonce) = 12),
        ciphertext BLOB NOT NULL CHECK (length(ciphertext) = 32),
        tag BLOB NOT NULL CHECK (length(tag) = 16),
        created_at TEXT NOT NULL
      ) STRICT;
      ${appendOnly('vault_keys', "a vault's keys never change")}

      CREATE TABLE contacts (
        ${RECORD_ID},
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role TEXT,
        recipient TEXT NOT NULL UNIQUE CHECK (recipient GLOB 'age1*'),
        signing_key BLOB NOT NULL UNIQUE CHECK (length(signing_key) = 32),
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        verified_at TEXT,
        verified_by TEXT,
        CHECK ((verified_at IS NULL) = (verified_by IS NULL))
      ) STRICT;
      CREATE TRIGGER contacts_keys_fixed BEFORE UPDATE OF id, recipient, signing_key, added_at ON contacts
      BEGIN SELECT RAISE(ABORT, 'a contact keeps its keys: a new key is a new contact'); END;

      CREATE TABLE evidence_signatures (
        object_id TEXT NOT NULL PRIMARY KEY REFERENCES evidence_contents (object_id),
        item_id TEXT NOT NULL REFERENCES evidence_items (id),
        statement TEXT NOT NULL CHECK (json_valid(statement)),
        signature BLOB NOT NULL CHECK (length(signature) = 64),
        signer_key BLOB NOT NULL CHECK (length(signer_key) = 32),
        signed_at TEXT NOT NULL,
        at_ingest INTEGER NOT NULL CHECK (at_ingest IN (0, 1))
      ) STRICT;
      CREATE INDEX evidence_signatures_by_item ON evidence_signatures (item_id);
      ${appendOnly('evidence_signatures', 'a provenance signature is never changed or removed')}
    `;
