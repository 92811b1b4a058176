import { createHash } from 'node:crypto';
import type { VaultDatabase } from '../kernel/vault/database.js';
import type { CaseTable, StoredRow } from './case-tables.js';

/*
 * A record's version as two vaults compare it, and the version last exchanged in a bundle (the
 * common ancestor of the three-way merge, bundle_row_bases): recorded for every record sent at
 * export and every record received at import.
 */

// Columns each vault has its own of: a content file's object id and key, an item's custody numbering
// once the chains go on apart (and whether an event came in a bundle), a case's reference (a vault
// that had already given it to another case numbers it itself).
const LOCAL_COLUMNS: Record<string, readonly string[]> = {
  evidence_contents: ['object_id', 'wrapped_key'],
  custody_events: ['sequence', 'received'],
  cases: ['reference'],
};

/** A row as it compares across vaults: without its local integer key and the columns each vault has its own of. */
export function comparable(table: CaseTable, row: Record<string, unknown> | StoredRow): StoredRow {
  const out: StoredRow = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === table.localKey || LOCAL_COLUMNS[table.table]?.includes(column)) continue;
    out[column] = Buffer.isBuffer(value) ? { $base64: value.toString('base64') } : (value as string | number | null);
  }
  return out;
}

/** The record's key across vaults, as the conflicts and bases name it. */
export const keyOf = (table: CaseTable, row: StoredRow) => table.key.map((column) => String(row[column])).join('|');

/** The SHA-256 of a version (a comparable row). */
export const versionOf = (row: StoredRow) => createHash('sha256').update(JSON.stringify(row)).digest('hex');

export interface RowBase {
  table: string;
  key: string;
  sha256: string;
}

/** The versions last exchanged for the case's records, by `table:key`. */
export function basesOf(db: VaultDatabase, caseId: string): Map<string, string> {
  const rows = db
    .prepare(`SELECT table_name AS t, row_key AS k, sha256 FROM bundle_row_bases WHERE case_id = ?`)
    .all(caseId) as { t: string; k: string; sha256: string }[];
  return new Map(rows.map((row) => [`${row.t}:${row.k}`, row.sha256]));
}

/** Records the versions just exchanged, inside the caller's transaction. */
export function recordBases(db: VaultDatabase, caseId: string, bases: readonly RowBase[]): void {
  const upsert = db.prepare(
    `INSERT INTO bundle_row_bases (case_id, table_name, row_key, sha256) VALUES (?, ?, ?, ?)
     ON CONFLICT (case_id, table_name, row_key) DO UPDATE SET sha256 = excluded.sha256`,
  );
  for (const base of bases) upsert.run(caseId, base.table, base.key, base.sha256);
}
