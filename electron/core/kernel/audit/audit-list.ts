import type { AuditEntry } from '../../../../shared/contract/audit.js';
import type { VaultDatabase } from '../vault/database.js';
import { AUDIT_COLUMNS, toAuditEntry, type AuditRow } from './audit-store.js';

export interface AuditListQuery {
  caseId?: string | undefined;
  limit: number;
  /** Paging: rows older than this one. */
  beforeSeq?: number | undefined;
}

/** Newest first; of one case (through its index) or of the whole vault. */
export function listAudit(db: VaultDatabase, query: AuditListQuery): AuditEntry[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: query.limit };
  if (query.caseId !== undefined) {
    where.push('case_id = @caseId');
    params['caseId'] = query.caseId;
  }
  if (query.beforeSeq !== undefined) {
    where.push('seq < @beforeSeq');
    params['beforeSeq'] = query.beforeSeq;
  }
  const rows = db
    .prepare(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY seq DESC LIMIT @limit`,
    )
    .all(params) as AuditRow[];
  return rows.map(toAuditEntry);
}
