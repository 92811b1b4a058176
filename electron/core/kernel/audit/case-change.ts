import type { CaseFileContext, CaseFileServices } from '../context.js';
import type { VaultDatabase } from '../vault/database.js';
import { appendAudit, type AuditEntryInput } from './audit-log.js';

/** What a change to a case's records works with: the open database and the moment the change is recorded at. */
export interface CaseChange {
  readonly db: VaultDatabase;
  /** ISO-8601 UTC: the moment written on the rows changed, the audit row's case and the case itself. */
  readonly at: string;
}

/**
 * Runs `work` as one change: in an immediate transaction (the write lock taken before the first
 * read, so what the checks read is what the writes change), all of it written or none of it.
 */
export function caseChange<T>(ctx: CaseFileServices, work: (change: CaseChange) => T): T {
  const db = ctx.db();
  return db.transaction((): T => work({ db, at: new Date(ctx.now()).toISOString() })).immediate();
}

/** The audit row of a change to one case's records. */
export type CaseAuditEntry = AuditEntryInput & { caseId: string };

/** Writes the change's audit row and marks its case changed at the change's moment: the end of every case change. */
export function recordCaseChange(ctx: CaseFileContext, change: CaseChange, entry: CaseAuditEntry): void {
  appendAudit(ctx, entry);
  ctx.ports.cases.touch(change.db, entry.caseId, change.at);
}
