import { z } from 'zod';
import type { AuditEntry, AuditPage, AuditPageQuery } from '../../../../shared/contract/audit.js';
import { likeAnyOf, likePattern } from '../db/like-pattern.js';
import { firstPageCounts, keysetWindow, type ListOrder, type PageConditions } from '../db/page-query.js';
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

/** The one order: by row number, unique, read from the table's key (or the case's index). */
const ORDERS = {
  seq: { columns: ['seq'], key: z.tuple([z.number().int().min(1)]), keyOf: (row: AuditRow) => [row.seq] },
} as const satisfies Record<AuditPageQuery['sort']['by'], ListOrder<AuditRow>>;

/**
 * One page of audit rows, of a case or of the vault: the search (who acted) and the order done in
 * SQL, the page starting after its cursor (keyset, never OFFSET); the first page (no cursor) also
 * says how many rows match and how many the case (or vault) holds, a later one is read by its index alone.
 */
export function auditPage(db: VaultDatabase, request: AuditPageQuery): AuditPage {
  const conditions: PageConditions = { where: [], params: {} };
  if (request.caseId !== undefined) {
    conditions.where.push('case_id = @caseId');
    conditions.params.caseId = request.caseId;
  }
  const scope = [...conditions.where];
  if (request.search !== '') {
    conditions.where.push(likeAnyOf(['actor']));
    conditions.params.like = likePattern(request.search);
  }
  const { where, params } = conditions;
  const whereOf = (parts: readonly string[]): string => (parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '');
  const count = (parts: readonly string[]): number =>
    db
      .prepare(`SELECT count(*) FROM audit_log ${whereOf(parts)}`)
      .pluck()
      .get(params) as number;
  const counts = firstPageCounts(request, () => {
    const matching = count(where);
    return { matching, total: request.search === '' ? matching : count(scope) };
  });
  const page = keysetWindow(request, ORDERS[request.sort.by], params);
  const rows = db
    .prepare(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log ${whereOf([...where, ...page.after])}
       ORDER BY ${page.orderBy} LIMIT @limit`,
    )
    .all({ ...params, limit: page.limit }) as AuditRow[];
  return {
    rows: rows.slice(0, request.limit).map(toAuditEntry),
    ...counts,
    ...page.nextOf(rows),
  };
}
