import { appendOnly, sqlMigration } from './frozen-sql.js';

/**
 * The audit trail: one hash-chained row per mutation, export or identity reveal (design.md).
 * Append-only: triggers refuse UPDATE and DELETE, so only someone who drops them (raw SQL with
 * the key) can alter a row, and `verify` recomputing the chain then shows it. The chain's head
 * (last seq and hash) is kept in vault_meta by the same transaction that appends, because a
 * chain alone cannot show that its newest rows were cut off.
 */
export const m0003AuditLog = sqlMigration(3, '0003-audit-log')`
      CREATE TABLE audit_log (
        seq INTEGER NOT NULL PRIMARY KEY CHECK (seq > 0),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        -- No foreign key: the trail outlives whatever it describes and is never cascaded.
        case_id TEXT,
        target_kind TEXT,
        target_id TEXT,
        target_label TEXT,
        details TEXT NOT NULL CHECK (json_valid(details)),
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
        CHECK ((target_kind IS NULL) = (target_id IS NULL))
      ) STRICT;
      CREATE INDEX audit_log_by_case ON audit_log (case_id, seq DESC);

      ${appendOnly('audit_log', 'audit rows are append-only')}
    `;
