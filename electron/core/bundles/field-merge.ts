import { isBookkeeping } from '../../../shared/bundles/record-fields.js';
import type { CaseTable, StoredRow, StoredValue } from './case-tables.js';
import { fieldVersionOf, versionOf, type ExchangedVersion } from './row-versions.js';

/** What a merge compares against: the common version's hashes (when it was exchanged decides nothing here). */
type CommonVersion = Pick<ExchangedVersion, 'sha256' | 'fields'>;

/*
 * The three-way merge of one record, field by field, from the version last exchanged with the sender
 * (row-versions.ts): a field changed only in the bundle is taken, one changed only here is kept, one
 * changed differently on both sides is a conflict for the user. Bookkeeping fields (when the record
 * was last saved: record-fields.ts) never make a difference of their own; a merged record keeps the
 * later of the two, since it holds changes made up to then. Edit times decide nothing else.
 */

/** What happens to a field that differs: the bundle's taken, ours kept, or both changed it (a conflict). */
export type FieldOutcome = 'taken' | 'kept' | 'conflict';

export interface RecordMerge {
  /** The fields that differ (bookkeeping aside), in the row's order, with what happens to each. */
  fields: { column: string; outcome: FieldOutcome }[];
  /** The record to write (ours, with the fields taken from the bundle), or null when ours stays as it is. */
  merged: StoredRow | null;
}

const same = (a: StoredValue | undefined, b: StoredValue | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The later of two bookkeeping values (ISO times and counters both order this way), or the one there is. */
function later(a: StoredValue | undefined, b: StoredValue | undefined): StoredValue {
  if (a === undefined || a === null) return b ?? null;
  if (b === undefined || b === null) return a;
  if (typeof a === 'number' && typeof b === 'number') return Math.max(a, b);
  return String(b) > String(a) ? b : a;
}

/**
 * Merges the bundle's version of a record (`theirs`, already with this vault's identities where the
 * bundle does not speak for them) into ours. `takeTheirs`: the user chose the bundle's version, so its
 * conflicting fields are taken too. A record of an added-only table is never rewritten on the sender's
 * word alone: any field it changed is a conflict for the user.
 */
export function mergeRecord(
  table: CaseTable,
  ours: StoredRow,
  theirs: StoredRow,
  base: CommonVersion | undefined,
  takeTheirs: boolean,
): RecordMerge {
  const columns = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].filter(
    (column) => !table.key.includes(column) && !same(ours[column], theirs[column]),
  );
  const changedHere = changedSince(base, ours);
  const changedThere = changedSince(base, theirs);
  const fields: RecordMerge['fields'] = [];
  for (const column of columns) {
    if (isBookkeeping(table.table, column)) continue;
    const theirsChanged = changedThere(column);
    let outcome: FieldOutcome;
    if (!theirsChanged) outcome = 'kept';
    else if (!changedHere(column) && !table.appendOnly) outcome = 'taken';
    else outcome = takeTheirs ? 'taken' : 'conflict';
    fields.push({ column, outcome });
  }
  if (!fields.some((entry) => entry.outcome === 'taken')) return { fields, merged: null };
  const merged: StoredRow = { ...ours };
  for (const { column, outcome } of fields) if (outcome === 'taken') merged[column] = theirs[column] ?? null;
  for (const column of columns) {
    if (isBookkeeping(table.table, column)) merged[column] = later(ours[column], theirs[column]);
  }
  return { fields, merged };
}

/**
 * Whether a side changed a field since the common version: by the field's own version when the common
 * one has them; by the whole record's for one exchanged before fields were kept (0028); and, with no
 * common version at all, every differing field counts as changed on both sides.
 */
function changedSince(base: CommonVersion | undefined, row: StoredRow): (column: string) => boolean {
  if (base === undefined) return () => true;
  const { fields } = base;
  if (fields !== null) {
    return (column) => fields[column] === undefined || fields[column] !== fieldVersionOf(row[column]);
  }
  const wholeChanged = base.sha256 !== versionOf(row);
  return () => wholeChanged;
}
