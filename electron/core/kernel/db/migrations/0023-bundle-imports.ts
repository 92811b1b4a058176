import { appendOnly, RECORD_ID, sqlMigration } from './frozen-sql.js';

/**
 * Issue 12, item 3. Each case bundle imported: from whom (the signer as this vault knew them at the
 * time), the manifest's SHA-256, what the sender left out and what the import did. And the sender's
 * audit rows of the case, kept verbatim beside this vault's own chain (they are links of another
 * vault's chain: appended to ours they would break it), so that the case's history travels with it.
 */
export const m0023BundleImports = sqlMigration(23, '0023-bundle-imports')`
      CREATE TABLE bundle_imports (
        ${RECORD_ID},
        case_id TEXT NOT NULL REFERENCES cases (id),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        manifest_sha256 TEXT NOT NULL CHECK (length(manifest_sha256) = 64),
        bundle_created_at TEXT NOT NULL,
        signer_status TEXT NOT NULL CHECK (signer_status IN ('verified_contact', 'unverified_contact', 'unknown',
          'unsigned')),
        signer_key TEXT,
        signer_fingerprint TEXT,
        signer_name TEXT,
        omitted TEXT NOT NULL CHECK (json_type(omitted) = 'array'),
        summary TEXT NOT NULL CHECK (json_valid(summary))
      ) STRICT;
      CREATE INDEX bundle_imports_by_case ON bundle_imports (case_id, imported_at);
      ${appendOnly('bundle_imports', 'an imported bundle is recorded once, never changed or deleted')}

      CREATE TABLE bundle_audit_rows (
        import_id TEXT NOT NULL REFERENCES bundle_imports (id),
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        case_id TEXT,
        target_kind TEXT,
        target_id TEXT,
        target_label TEXT,
        details TEXT NOT NULL CHECK (json_valid(details)),
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        PRIMARY KEY (import_id, seq)
      ) STRICT;
      ${appendOnly('bundle_audit_rows', "the sender's audit rows are kept as they came")}
`;
