import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The prev_hash of the first row: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** One row as it is hashed: everything but prev_hash (which is chained in front) and the hash itself. */
export interface HashedAuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  caseId: string | null;
  target: { kind: string; id: string; label?: string } | null;
  details: Record<string, unknown>;
}

/** `SHA-256(prev_hash || canonical JSON of the row)`, hex (design.md, audit trail). */
export function auditRowHash(prevHash: string, row: HashedAuditRow): string {
  const canonical = canonicalJson({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    caseId: row.caseId,
    target: row.target,
    details: row.details,
  });
  return createHash('sha256').update(prevHash, 'utf8').update(canonical, 'utf8').digest('hex');
}

/** Where the chain ends, as last written: kept in vault_meta so that cutting rows off the end shows. */
export interface AuditHead {
  seq: number;
  hash: string;
}
