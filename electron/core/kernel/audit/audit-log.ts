import type { AuditAction } from '../../../../shared/domain/audit-actions.js';
import { canonicalJson } from './canonical-json.js';
import type { CaseFileServices } from '../context.js';
import { auditRowHash, GENESIS_HASH, type HashedAuditRow } from './audit-chain.js';
import { lastAuditRow, writeAuditHead } from './audit-store.js';

export interface AuditEntryInput {
  /** e.g. `case.create`, `person.identity.reveal`, `interview.sign`: only the declared ones. */
  action: AuditAction;
  caseId: string | null;
  target: { kind: string; id: string; label?: string } | null;
  /** Never identity values or note text: field names changed, codes, statuses, reasons. */
  details?: Record<string, unknown>;
}

/**
 * Appends one link to the hash chain and moves the recorded head. Must run inside the
 * transaction of the mutation it records, so that the two are written together or not at all;
 * called outside one it throws rather than leave a mutation without its row.
 */
export function appendAudit(ctx: CaseFileServices, entry: AuditEntryInput): void {
  const db = ctx.db();
  if (!db.inTransaction) throw new Error('appendAudit must run inside the transaction of the mutation it records');
  const previous = lastAuditRow(db);
  const row: HashedAuditRow = {
    seq: (previous?.seq ?? 0) + 1,
    at: new Date(ctx.now()).toISOString(),
    actor: ctx.actor,
    action: entry.action,
    caseId: entry.caseId,
    target: entry.target,
    details: entry.details ?? {},
  };
  const prevHash = previous?.hash ?? GENESIS_HASH;
  const hash = auditRowHash(prevHash, row);
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, case_id, target_kind, target_id, target_label, details, prev_hash,
      hash)
     VALUES (@seq, @at, @actor, @action, @caseId, @targetKind, @targetId, @targetLabel, @details, @prevHash, @hash)`,
  ).run({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    caseId: row.caseId,
    targetKind: row.target?.kind ?? null,
    targetId: row.target?.id ?? null,
    targetLabel: row.target?.label ?? null,
    details: canonicalJson(row.details),
    prevHash,
    hash,
  });
  writeAuditHead(db, { seq: row.seq, hash });
}
