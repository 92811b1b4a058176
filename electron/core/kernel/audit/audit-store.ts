import type { AuditEntry } from '../../../../shared/contract/audit.js';
import type { VaultDatabase } from '../vault/database.js';
import type { AuditHead, HashedAuditRow } from './audit-chain.js';
import { presentOnly } from '../db/present-only.js';

/** audit_log as stored. */
export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  case_id: string | null;
  target_kind: string | null;
  target_id: string | null;
  target_label: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export const AUDIT_COLUMNS =
  'seq, at, actor, action, case_id, target_kind, target_id, target_label, details, prev_hash, hash';

const HEAD_KEY = 'audit_head';

/** The row as it was hashed (details parsed back from their canonical text). */
export function hashedRowOf(row: AuditRow): HashedAuditRow {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    caseId: row.case_id,
    target:
      row.target_kind === null || row.target_id === null
        ? null
        : {
            kind: row.target_kind,
            id: row.target_id,
            ...presentOnly({ label: row.target_label }),
          },
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return { ...hashedRowOf(row), hash: row.hash };
}

export function readAuditHead(db: VaultDatabase): AuditHead | null {
  const value = db.prepare(`SELECT value FROM vault_meta WHERE key = ?`).pluck().get(HEAD_KEY) as string | undefined;
  if (value === undefined) return null;
  const parsed = JSON.parse(value) as Partial<AuditHead>;
  return typeof parsed.seq === 'number' && typeof parsed.hash === 'string'
    ? { seq: parsed.seq, hash: parsed.hash }
    : null;
}

export function writeAuditHead(db: VaultDatabase, head: AuditHead): void {
  db.prepare(
    `INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(HEAD_KEY, JSON.stringify(head));
}

/** The last row's seq and hash, from the table itself. */
export function lastAuditRow(db: VaultDatabase): AuditHead | null {
  return (
    (db.prepare(`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).get() as AuditHead | undefined) ?? null
  );
}
