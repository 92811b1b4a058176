import type { VaultDatabase } from '../kernel/vault/database.js';

/**
 * Every table that holds a part of one case, in an order where each row's references come before it
 * (foreign keys are on), with how to find the case's rows. A bundle carries these rows as they are
 * stored: the bundle is the vault's own record of the case, not a re-typed copy, so nothing a
 * feature stores is lost in transit. tests/unit/bundles/case-tables.test.ts fails when a table
 * that names a case (or a record of one) is added to the schema and not here.
 */
export interface CaseTable {
  table: string;
  /** SQL condition on the table's rows for the case `@caseId`. */
  where: string;
  /** Columns that identify a row across vaults (a row with the same key is the same record). */
  key: readonly string[];
  /** A local integer key (autoincrement seq, FTS rowid): left out, the receiving vault numbers its own. */
  localKey?: string;
  /** Rows are kept in this order (ORDER BY clause, without the words). */
  order: string;
  /** Rows shared by many cases (letter templates): added when absent, never changed by an import. */
  shared?: true;
  /** The table's rows are only ever added, never edited: a different row under the same key is not a newer version. */
  appendOnly?: true;
  /** Derived from other records (the search index): added when absent, never a conflict of its own. */
  derived?: true;
}

const byCase = 'case_id = @caseId';
const ofCase = (parent: string, column: string) => `${column} IN (SELECT id FROM ${parent} WHERE case_id = @caseId)`;
const itemsOfCase = ofCase('evidence_items', 'item_id');

export const CASE_TABLES: readonly CaseTable[] = [
  { table: 'cases', where: 'id = @caseId', key: ['id'], order: 'id' },
  { table: 'case_status_changes', where: byCase, key: ['case_id', 'position'], order: 'position', appendOnly: true },
  { table: 'case_milestones', where: byCase, key: ['case_id', 'milestone'], order: 'milestone' },
  { table: 'case_clock_conditions', where: byCase, key: ['case_id', 'condition'], order: 'condition' },
  { table: 'person_codes_issued', where: byCase, key: ['case_id', 'code'], order: 'code', appendOnly: true },
  { table: 'people', where: byCase, key: ['id'], order: 'created_at, id' },
  { table: 'consent_decisions', where: byCase, key: ['id'], localKey: 'seq', order: 'seq', appendOnly: true },
  { table: 'interviews', where: byCase, key: ['id'], order: 'created_at, id' },
  {
    table: 'interview_versions',
    where: ofCase('interviews', 'interview_id'),
    key: ['interview_id', 'version'],
    order: 'interview_id, version',
    appendOnly: true,
  },
  { table: 'evidence_items', where: byCase, key: ['id'], order: 'sequence' },
  { table: 'evidence_people', where: itemsOfCase, key: ['item_id', 'person_id'], order: 'item_id, person_id' },
  {
    table: 'evidence_interviews',
    where: itemsOfCase,
    key: ['item_id', 'interview_id'],
    order: 'item_id, interview_id',
  },
  { table: 'evidence_contents', where: itemsOfCase, key: ['id'], localKey: 'seq', order: 'seq' },
  // Signed at ingest by the collecting vault (kernel/identity): keyed by the local object id, which
  // the importer maps to its own copy's (bundle-import.ts).
  {
    table: 'evidence_signatures',
    where: itemsOfCase,
    key: ['object_id'],
    // Not by object id: each vault has its own, and the order must be the same on both sides.
    order: 'signed_at, item_id, statement',
    appendOnly: true,
  },
  { table: 'custody_events', where: itemsOfCase, key: ['id'], localKey: 'seq', order: 'seq', appendOnly: true },
  { table: 'deadlines', where: byCase, key: ['id'], order: 'created_at, id' },
  { table: 'timeline_events', where: byCase, key: ['id'], order: 'id' },
  {
    table: 'letter_templates',
    where: '(id, version) IN (SELECT template_id, template_version FROM letters WHERE case_id = @caseId)',
    key: ['id', 'version'],
    order: 'id, version',
    shared: true,
  },
  { table: 'letters', where: byCase, key: ['id'], order: 'created_at, id' },
  {
    table: 'letter_outputs',
    where: ofCase('letters', 'letter_id'),
    key: ['letter_id', 'format'],
    order: 'letter_id, format',
    appendOnly: true,
  },
  { table: 'letter_deliveries', where: ofCase('letters', 'letter_id'), key: ['id'], order: 'recorded_at, id' },
  { table: 'subject_findings', where: byCase, key: ['id'], order: 'person_id, version', appendOnly: true },
  { table: 'subject_actions', where: byCase, key: ['id'], localKey: 'seq', order: 'seq', appendOnly: true },
  { table: 'follow_ups', where: byCase, key: ['id'], localKey: 'seq', order: 'seq' },
  {
    table: 'follow_up_replies',
    where: ofCase('follow_ups', 'follow_up_id'),
    key: ['id'],
    localKey: 'seq',
    order: 'seq',
    appendOnly: true,
  },
  {
    table: 'follow_up_letters',
    where: ofCase('follow_ups', 'follow_up_id'),
    key: ['follow_up_id', 'letter_id'],
    order: 'follow_up_id, letter_id',
  },
  { table: 'assistance_referrals', where: byCase, key: ['id'], localKey: 'seq', order: 'seq' },
  {
    table: 'assistance_steps',
    where: ofCase('assistance_referrals', 'referral_id'),
    key: ['referral_id', 'status', 'at', 'recorded_at'],
    localKey: 'seq',
    order: 'seq',
    appendOnly: true,
  },
  { table: 'victim_contacts', where: byCase, key: ['id'], localKey: 'seq', order: 'seq' },
  { table: 'investigative_actions', where: byCase, key: ['id'], order: 'requested_at, id' },
  {
    table: 'investigative_action_evidence',
    where: ofCase('investigative_actions', 'action_id'),
    key: ['action_id', 'evidence_id'],
    order: 'action_id, position',
  },
  { table: 'paternity_children', where: byCase, key: ['id'], order: 'code' },
  { table: 'victim_closures', where: byCase, key: ['id'], localKey: 'seq', order: 'seq', appendOnly: true },
  // Non-identifying text only (search-index.ts), so it travels even without identities; FTS follows by trigger.
  { table: 'search_documents', where: byCase, key: ['kind', 'record_id'], localKey: 'id', order: 'id', derived: true },
];

/** Tables a case never reaches, or that travel in their own entry (the audit rows). */
export const NOT_CASE_TABLES = [
  'audit_log',
  'case_reference_counters',
  'vault_meta',
  'vault_settings',
  'sqlite_sequence',
  // The vault's own keys and address book: never part of a case.
  'vault_keys',
  'contacts',
  // What this vault received: the record of an import stays with the vault that made it.
  'bundle_imports',
  'bundle_audit_rows',
  // The versions last exchanged with bundles: this vault's own memory of the merge, never sent.
  'bundle_row_bases',
  // Each case's change counter (kept by triggers): this vault's own, moved on again by an import's writes.
  'case_versions',
  // The principles' counts kept against those versions: derived, made again by each vault.
  'case_blocking_counts',
] as const;

/** A stored value as a bundle carries it: BLOBs as `{ "$base64": … }`, everything else as JSON has it. */
export type StoredValue = string | number | null | { $base64: string };
export type StoredRow = Record<string, StoredValue>;

function toStoredRow(row: Record<string, unknown>): StoredRow {
  const out: StoredRow = {};
  for (const [column, value] of Object.entries(row)) {
    if (Buffer.isBuffer(value)) out[column] = { $base64: value.toString('base64') };
    else if (typeof value === 'bigint') out[column] = Number(value);
    else out[column] = value as string | number | null;
  }
  return out;
}

export function fromStoredValue(value: StoredValue): string | number | null | Buffer {
  if (value !== null && typeof value === 'object') return Buffer.from(value.$base64, 'base64');
  return value;
}

/** The case's rows of one table, in its order. */
export function caseRowsOf(db: VaultDatabase, table: CaseTable, caseId: string): StoredRow[] {
  const rows = db
    .prepare(`SELECT * FROM ${table.table} WHERE ${table.where} ORDER BY ${table.order}`)
    .all({ caseId }) as Record<string, unknown>[];
  return rows.map(toStoredRow);
}

/** The columns the table has in this vault (a bundle naming another column is refused). */
export function columnsOf(db: VaultDatabase, table: string): Set<string> {
  const rows = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
  return new Set(rows.map((row) => row.name));
}

/**
 * Puts a row received from an older Casefile (which lacks columns added since) in this vault's column order,
 * as its own rows have it, so the same record compares equal on both sides; columns this vault lacks follow.
 */
export function inColumnOrderOf(db: VaultDatabase, table: string): (row: StoredRow) => StoredRow {
  const order = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
  return (row) => {
    const inOrder: StoredRow = {};
    for (const column of order) if (column in row) inOrder[column] = row[column]!;
    for (const [column, value] of Object.entries(row)) if (!(column in inOrder)) inOrder[column] = value;
    return inOrder;
  };
}
