import { recordField } from '../../../shared/bundles/record-fields.js';
import type { StoredRow, StoredValue } from './case-tables.js';

/*
 * The two versions of a conflicting record as the preview carries them to the screen and the command
 * line: every field that can name a person (record-fields.ts: withheld — an identity, a file name, a
 * recipient's name, a national contact) is replaced by a marker saying only whether both sides hold the
 * same value. A person's identity is read through people.revealIdentity (audited), never through a preview.
 */

/** A withheld field in a conflict: whether this vault's value and the bundle's are the same, nothing else. */
interface WithheldValue {
  withheld: true;
  same: boolean;
}

export type ConflictRow = Record<string, StoredValue | WithheldValue>;

const isWithheld = (table: string, column: string) => recordField(table, column)?.read.kind === 'withheld';

/** Both versions with their withheld fields replaced by the marker (the same marker on both sides). */
export function conflictSides(
  table: string,
  ours: StoredRow,
  theirs: StoredRow,
): { ours: ConflictRow; theirs: ConflictRow } {
  const mask = (row: StoredRow): ConflictRow => {
    const out: ConflictRow = {};
    for (const [column, value] of Object.entries(row)) {
      out[column] = isWithheld(table, column)
        ? { withheld: true, same: JSON.stringify(ours[column] ?? null) === JSON.stringify(theirs[column] ?? null) }
        : value;
    }
    return out;
  };
  return { ours: mask(ours), theirs: mask(theirs) };
}
