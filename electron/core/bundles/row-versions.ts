import { createHash } from 'node:crypto';
import type { VaultDatabase } from '../kernel/vault/database.js';
import type { SignerCheck } from './bundle-signature.js';
import type { CaseTable, StoredRow } from './case-tables.js';

/*
 * A record's version as two vaults compare it, and the version last exchanged with one colleague
 * (the common ancestor of a three-way merge with them, bundle_row_bases): recorded for every record
 * sent to them at export and every record received from them at import. A colleague is named by
 * the fingerprint of their signing key; a bundle for a passphrase names no one, and records none.
 */

// Columns each vault has its own of: a content file's object id and key, an item's custody numbering
// once the chains go on apart (and whether an event came in a bundle), a case's reference (a vault
// that had already given it to another case numbers it itself).
const LOCAL_COLUMNS: Record<string, readonly string[]> = {
  // A file's last check is each vault's own: its copy, checked on its own disk.
  evidence_contents: ['object_id', 'wrapped_key', 'verification', 'verified_at', 'problem'],
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

/** The versions of the case's records last exchanged with one colleague, by `table:key`. */
export function basesOf(db: VaultDatabase, caseId: string, peer: string): Map<string, string> {
  const rows = db
    .prepare(`SELECT table_name AS t, row_key AS k, sha256 FROM bundle_row_bases WHERE case_id = ? AND peer = ?`)
    .all(caseId, peer) as { t: string; k: string; sha256: string }[];
  return new Map(rows.map((row) => [`${row.t}:${row.k}`, row.sha256]));
}

/** Records the versions just exchanged with one colleague, inside the caller's transaction. */
export function recordBases(db: VaultDatabase, caseId: string, peer: string, bases: readonly RowBase[]): void {
  const upsert = db.prepare(
    `INSERT INTO bundle_row_bases (case_id, peer, table_name, row_key, sha256) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (case_id, peer, table_name, row_key) DO UPDATE SET sha256 = excluded.sha256`,
  );
  for (const base of bases) upsert.run(caseId, peer, base.table, base.key, base.sha256);
}

/** The colleague a bundle came from, as the bases name them: the fingerprint of the key that signed it. */
export const peerOfSigner = (signer: SignerCheck): string =>
  signer.status === 'contact' ? signer.contact.fingerprint : signer.fingerprint;
