import type { AuditAction } from '../../../../shared/domain/audit-actions.js';
import type { CaseFileContext } from '../context.js';
import type { VaultDatabase } from '../vault/database.js';
import { appendAudit, type AuditEntryInput } from './audit-log.js';

/** The audit row of a change to one case's records. */
export type CaseAuditEntry = AuditEntryInput & { caseId: string };

/** What an audit row says of a change: field names, codes, statuses, reasons; never identity values or notes. */
export type AuditDetails = Record<string, unknown>;

/** A record of a case as the trail names it: its kind, its id and the label people know it by (a code, a number). */
export interface AuditedRecord {
  caseId: string;
  kind: string;
  id: string;
  label: string;
}

/** The audit row of `action` on one record of a case. */
export function recordAudit(
  action: AuditAction,
  { caseId, ...target }: AuditedRecord,
  details: AuditDetails,
): CaseAuditEntry {
  return { action, caseId, target, details };
}

/** What a change to a case's records works with. */
export interface CaseChange {
  readonly db: VaultDatabase;
  /** The moment of the change (ISO-8601 UTC): written on the rows it changes and on the case. */
  readonly at: string;
  /** Writes the change's audit row and marks its case changed at `at`: how every change to a case ends. */
  record(entry: CaseAuditEntry): void;
}

/**
 * Runs `work` as one change to a case's records: in an immediate transaction (the write lock is
 * taken before the first read, so what the checks read is what the writes change), all of it
 * written, audit row included, or none of it.
 */
export function caseChange<T>(ctx: CaseFileContext, work: (change: CaseChange) => T): T {
  const db = ctx.db();
  return db.transaction((): T => work(caseChangeWithin(ctx, db))).immediate();
}

/**
 * A change made inside a transaction another change opened (a reaction to it, or a step of it):
 * written, or not, with that change.
 */
export function caseChangeWithin(ctx: CaseFileContext, db: VaultDatabase): CaseChange {
  const at = new Date(ctx.now()).toISOString();
  const record = (entry: CaseAuditEntry): void => {
    appendAudit(ctx, entry);
    ctx.ports.cases.touch(db, entry.caseId, at);
  };
  return { db, at, record };
}
