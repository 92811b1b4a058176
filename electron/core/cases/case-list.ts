import type { CaseListItem, CaseListQuery } from '../../../shared/contract/cases.js';
import { isClosedStatus, type CaseStatus } from '../../../shared/domain/case.js';
import { parsePseudonymCode } from '../../../shared/domain/person.js';
import type { z } from 'zod';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { CASE_LIST_COLUMNS, caseListConditions, type CaseListRow, type CaseListSortedRow } from './case-list-sql.js';

type ListQuery = z.output<typeof CaseListQuery>;

/** What each order sorts by first (case-list-sql.ts's columns); ties fall to the newest change, then the reference. */
const SORTED_BY: Record<ListQuery['sort']['by'], readonly string[]> = {
  reference: ['reference_year', 'reference_number'],
  dateReceived: ['date_received'],
  updatedAt: ['updated_at'],
  status: ['status_rank'],
  urgent: ['urgent'],
};
const TIES = 'updated_at DESC, reference_year DESC, reference_number DESC';

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
  row: CaseListRow,
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
export function caseListItems<Row extends CaseListRow>(
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
 * The whole cases list (the CLI; the screen and the pickers read it a page at a time, case-page.ts),
 * filtered and sorted in SQL as a page is, ties broken by the newest change then the reference, so
 * the order never depends on storage.
 */
export function listCases(
  ports: Pick<CaseFilePorts, 'principles' | 'deadlines'>,
  db: VaultDatabase,
  query: ListQuery,
  nowMs: number,
): CaseListItem[] {
  const { where, params } = caseListConditions(query);
  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const order = [...SORTED_BY[query.sort.by].map((column) => `${column} ${direction}`), TIES].join(', ');
  return caseListItems(
    ports,
    db,
    () =>
      db
        .prepare(`SELECT ${CASE_LIST_COLUMNS} FROM cases WHERE ${['1', ...where].join(' AND ')} ORDER BY ${order}`)
        .all(params) as CaseListSortedRow[],
    nowMs,
  ).items;
}
