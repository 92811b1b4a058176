import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { VaultDatabase } from '../kernel/vault/database.js';
import type { SignerCheck } from './bundle-signature.js';
import type { CaseTable, StoredRow, StoredValue } from './case-tables.js';

/*
 * A record's version as two vaults compare it, and the version last exchanged with one colleague
 * (the common ancestor of a three-way merge with them, bundle_row_bases): recorded for every record
 * sent to them at export and every record received from them at import. A colleague is named by
 * the fingerprint of their signing key. A bundle for a passphrase names no one: the versions it sent
 * are kept under the bundle, and stand for a colleague whose bundle says they imported it.
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

/** Each field's version: the SHA-256 of its value (the hash only, never the value), field by field. */
const fieldVersionsOf = (row: StoredRow): Record<string, string> =>
  Object.fromEntries(Object.entries(row).map(([column, value]) => [column, fieldVersionOf(value)]));

/** The SHA-256 of one field's value, as fieldVersionsOf keeps it. */
export const fieldVersionOf = (value: StoredValue | undefined) =>
  createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex');

export interface RowBase {
  table: string;
  key: string;
  sha256: string;
  /** Field → the SHA-256 of its value (fieldVersionsOf). */
  fields: Record<string, string>;
}

/** A record's version as exchanged with a colleague: the whole row's and each field's. */
export function baseOf(table: CaseTable, row: Record<string, unknown> | StoredRow): RowBase {
  const version = comparable(table, row);
  return {
    table: table.table,
    key: keyOf(table, version),
    sha256: versionOf(version),
    fields: fieldVersionsOf(version),
  };
}

/**
 * A record's common version with one colleague; `fields` is null for one recorded before fields were (0028),
 * `at` (when it was exchanged) for one recorded before times were (0033).
 */
export interface ExchangedVersion {
  sha256: string;
  fields: Record<string, string> | null;
  at: string | null;
}

const FieldVersions = z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/));

/** The versions of the case's records last exchanged with one colleague, by `table:key`. */
export function basesOf(db: VaultDatabase, caseId: string, peer: string): Map<string, ExchangedVersion> {
  const rows = db
    .prepare(
      `SELECT table_name AS t, row_key AS k, sha256, fields, exchanged_at AS at
       FROM bundle_row_bases WHERE case_id = ? AND peer = ?`,
    )
    .all(caseId, peer) as { t: string; k: string; sha256: string; fields: string | null; at: string | null }[];
  return new Map(
    rows.map((row) => {
      // A field list that does not read back is no common version of the fields: the record is compared whole.
      const fields = row.fields === null ? null : (FieldVersions.safeParse(JSON.parse(row.fields)).data ?? null);
      return [`${row.t}:${row.k}`, { sha256: row.sha256, fields, at: row.at }];
    }),
  );
}

/** Records the versions just exchanged with one colleague (`at`: this vault's clock), in the caller's transaction. */
export function recordBases(
  db: VaultDatabase,
  caseId: string,
  peer: string,
  bases: readonly RowBase[],
  at: string,
): void {
  const upsert = db.prepare(
    `INSERT INTO bundle_row_bases (case_id, peer, table_name, row_key, sha256, fields, exchanged_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, peer, table_name, row_key)
     DO UPDATE SET sha256 = excluded.sha256, fields = excluded.fields, exchanged_at = excluded.exchanged_at`,
  );
  for (const base of bases) {
    upsert.run(caseId, peer, base.table, base.key, base.sha256, JSON.stringify(base.fields), at);
  }
}

/**
 * The common version of a record with a colleague: the one exchanged with them directly or the one of a
 * passphrase bundle they imported, the newer of the two when both exist (an older one would make a change
 * here since look unchanged, and the bundle's value would replace it). A version without a time (recorded
 * before 0033) gives way to none: the direct one is taken, as before.
 */
export function newerBase(
  direct: ExchangedVersion | undefined,
  viaPassphrase: ExchangedVersion | undefined,
): ExchangedVersion | undefined {
  if (direct === undefined || viaPassphrase === undefined) return direct ?? viaPassphrase;
  if (direct.at === null || viaPassphrase.at === null) return direct;
  return Date.parse(viaPassphrase.at) > Date.parse(direct.at) ? viaPassphrase : direct;
}

// A bundle made for a passphrase names no one: its versions are kept under the bundle itself (when it was
// made and its manifest's SHA-256), for the last few such bundles of each case.
const PASSPHRASE_BUNDLES_KEPT = 8;
const passphrasePeer = (at: string, manifestSha256: string) => `passphrase:${at}:${manifestSha256}`;

/** Records the versions a bundle made for a passphrase sent, inside the caller's transaction; older ones go. */
export function recordPassphraseBases(
  db: VaultDatabase,
  caseId: string,
  bundle: { at: string; manifestSha256: string },
  bases: readonly RowBase[],
): void {
  recordBases(db, caseId, passphrasePeer(bundle.at, bundle.manifestSha256), bases, bundle.at);
  const kept = db
    .prepare(
      `SELECT DISTINCT peer FROM bundle_row_bases WHERE case_id = ? AND peer LIKE 'passphrase:%' ORDER BY peer DESC`,
    )
    .pluck()
    .all(caseId) as string[];
  const forget = db.prepare(`DELETE FROM bundle_row_bases WHERE case_id = ? AND peer = ?`);
  for (const peer of kept.slice(PASSPHRASE_BUNDLES_KEPT)) forget.run(caseId, peer);
}

const AuditDetails = z.object({ manifestSha256: z.string().regex(/^[0-9a-f]{64}$/) });

/**
 * The common version with a sender this vault handed the case to for a passphrase: the sender's audit rows
 * (in their signed bundle) name each bundle they imported by its manifest's SHA-256; the latest of this
 * vault's own passphrase bundles among them is what both sides last held. Undefined when none is named
 * (or the rows travelled without their details, in a bundle without identities).
 */
export function passphraseBasesImported(
  db: VaultDatabase,
  caseId: string,
  auditRows: readonly StoredRow[],
): Map<string, ExchangedVersion> | undefined {
  const peerOf = db
    .prepare(`SELECT peer FROM bundle_row_bases WHERE case_id = ? AND peer LIKE 'passphrase:%:' || ? LIMIT 1`)
    .pluck();
  const imports = auditRows
    .filter((row) => row.action === 'bundle.import' && typeof row.details === 'string')
    .sort((a, b) => Number(b.seq) - Number(a.seq));
  for (const row of imports) {
    let details: unknown;
    try {
      details = JSON.parse(String(row.details));
    } catch {
      continue;
    }
    const named = AuditDetails.safeParse(details);
    const peer = named.success ? (peerOf.get(caseId, named.data.manifestSha256) as string | undefined) : undefined;
    if (peer !== undefined) return basesOf(db, caseId, peer);
  }
  return undefined;
}

/** The colleague a bundle came from, as the bases name them: the fingerprint of the key that signed it. */
export const peerOfSigner = (signer: SignerCheck): string =>
  signer.status === 'contact' ? signer.contact.fingerprint : signer.fingerprint;
