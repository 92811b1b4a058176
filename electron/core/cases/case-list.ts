import type { CaseListItem, CaseListQuery } from '../../../shared/contract/cases.js';
import { CASE_STATUSES, isClosedStatus, type CaseStatus } from '../../../shared/domain/case.js';
import { parsePseudonymCode } from '../../../shared/domain/person.js';
import type { z } from 'zod';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { CASE_COLUMNS, type CaseRow } from './case-store.js';

type ListQuery = z.output<typeof CaseListQuery>;

/** CF-2026-0042 → [2026, 42]: references sort by year, then by number (not as text: 10000 follows 9999). */
function referenceKey(reference: string): [number, number] {
  const [, year, number] = /^CF-(\d+)-(\d+)$/.exec(reference) ?? [];
  return [Number(year ?? 0), Number(number ?? 0)];
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const compareReferences = (a: CaseListItem, b: CaseListItem): number => {
  const [ya, na] = referenceKey(a.reference);
  const [yb, nb] = referenceKey(b.reference);
  return ya - yb || na - nb;
};

/** Statuses sort in the order a case moves through them, not alphabetically. */
const statusRank = (status: CaseStatus): number => CASE_STATUSES.indexOf(status);

const COMPARE_BY: Record<ListQuery['sort']['by'], (a: CaseListItem, b: CaseListItem) => number> = {
  reference: compareReferences,
  dateReceived: (a, b) => compareText(a.dateReceived, b.dateReceived),
  updatedAt: (a, b) => compareText(a.updatedAt, b.updatedAt),
  status: (a, b) => statusRank(a.status) - statusRank(b.status),
  urgent: (a, b) => Number(a.urgent) - Number(b.urgent),
};

/** Victims' pseudonym codes of the cases named (V-01, V-02…), from the people table: codes only, never identities. */
function victimCodesByCase(db: VaultDatabase, caseIds: readonly string[]): Map<string, string[]> {
  const rows = db
    .prepare(
      `SELECT case_id, code FROM people
       WHERE role = 'victim' AND case_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(caseIds)) as Array<{ case_id: string; code: string }>;
  const byCase = new Map<string, string[]>();
  for (const { case_id: caseId, code } of rows) byCase.set(caseId, [...(byCase.get(caseId) ?? []), code]);
  const number = (code: string) => parsePseudonymCode(code)?.number ?? 0;
  for (const codes of byCase.values()) codes.sort((a, b) => number(a) - number(b));
  return byCase;
}

function toListItem(
  row: CaseRow,
  victimCodes: string[],
  blockingFindings: number,
  urgent: CaseListItem['nextDeadline'] | undefined,
): CaseListItem {
  const status = row.status as CaseStatus;
  // A closed or archived case's clocks have stopped: no countdown on the list.
  const running = !isClosedStatus(status) && row.archived_at === null;
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status as CaseStatus,
    category: row.category as CaseListItem['category'],
    subtype: row.subtype as CaseListItem['subtype'],
    urgent: row.urgent === 1,
    dateReceived: row.date_received,
    entity: row.entity,
    confidentiality: row.confidentiality as CaseListItem['confidentiality'],
    archived: row.archived_at !== null,
    victimCodes,
    blockingFindings,
    nextDeadline: running ? (urgent ?? null) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The rows of the cases list for the case rows `read` (inside one read with their victims' codes
 * and most urgent deadlines). Each case's blocking findings are counted by running the principles
 * over its snapshot (kept in the vault until the case changes); its most urgent open deadline
 * comes from one query for all cases.
 */
export function caseListItems<Row extends CaseRow>(
  ports: Pick<CaseFilePorts, 'principles' | 'deadlines'>,
  db: VaultDatabase,
  read: () => Row[],
  nowMs: number,
): { rows: Row[]; items: CaseListItem[] } {
  const { rows, victims, urgent } = db.transaction(() => {
    const caseRows = read();
    return {
      rows: caseRows,
      victims: victimCodesByCase(
        db,
        caseRows.map((row) => row.id),
      ),
      urgent: ports.deadlines.mostUrgentOpen(db, nowMs),
    };
  })();
  // Outside the read above, so the counts it keeps are of committed cases (a caller's own
  // transaction still gets them all counted afresh).
  const blocking = ports.principles.blockingCounts(
    db,
    rows.map((row) => row.id),
    nowMs,
  );
  return {
    rows,
    items: rows.map((row) => toListItem(row, victims.get(row.id) ?? [], blocking.get(row.id) ?? 0, urgent.get(row.id))),
  };
}

/**
 * The whole cases list (the CLI and the pickers; the screen reads it a page at a time, case-page.ts):
 * filtered in SQL, sorted here (reference and status need their own order), ties broken by the
 * newest change then the reference, so the order never depends on storage.
 */
export function listCases(
  ports: Pick<CaseFilePorts, 'principles' | 'deadlines'>,
  db: VaultDatabase,
  query: ListQuery,
  nowMs: number,
): CaseListItem[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!query.includeArchived) where.push('archived_at IS NULL');
  if (query.status !== undefined) {
    where.push(`status IN (${query.status.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...query.status);
  }
  if (query.category !== undefined) {
    where.push(`category IN (${query.category.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...query.category);
  }
  if (query.urgent !== undefined) {
    where.push('urgent = ?');
    params.push(query.urgent ? 1 : 0);
  }
  const { items } = caseListItems(
    ports,
    db,
    () =>
      db
        .prepare(`SELECT ${CASE_COLUMNS} FROM cases ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`)
        .all(...params) as CaseRow[],
    nowMs,
  );
  const direction = query.sort.direction === 'asc' ? 1 : -1;
  const compare = COMPARE_BY[query.sort.by];
  return items.sort(
    (a, b) => direction * compare(a, b) || compareText(b.updatedAt, a.updatedAt) || -compareReferences(a, b),
  );
}
