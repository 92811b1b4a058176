import type { BundlePreview } from '../../../shared/contract/bundles.js';
import { conflictInWords as inWords, recordKindInWords } from '../../../shared/bundles/record-words.js';
import { cliLanguage, cliWords } from '../words.js';

/*
 * A bundle's preview in words for the command line, from the same labels and readings as the app's
 * (shared/bundles): which record, each field that differs with this vault's value beside the
 * bundle's, and what the merge does with it. The `table:id` key is printed only as the value
 * --take-theirs takes.
 */
type Conflict = BundlePreview['conflicts'][number];

/** A kind of record as a person reads it: "Evidence items", not evidence_items. */
export const tableInWords = (table: string) => recordKindInWords(table, cliLanguage());

const shorten = (value: string) => {
  const line = value.replace(/\s+/g, ' ');
  return line.length > 70 ? `${line.slice(0, 67)}...` : line;
};

/** One conflict: what record, each field that differs with both values, and how to take the bundle's. */
export function conflictInWords(conflict: Conflict, index: number): string[] {
  const said = cliWords().bundle;
  const words = inWords(conflict, cliLanguage());
  const lines = [said.conflict(index + 1, words.record)];
  for (const field of words.fields) {
    const [here, there] = [`"${shorten(field.ours)}"`, `"${shorten(field.theirs)}"`];
    if (field.outcome === 'conflict') {
      lines.push(`    ${said.changedOnBothSides(field.label, here)}`);
      lines.push(`    ${' '.repeat(field.label.length)}  ${said.inTheBundle(there)}`);
    } else if (field.outcome === 'taken') {
      lines.push(`    ${said.taken(field.label, there, here)}`);
    } else {
      lines.push(`    ${said.kept(field.label, here, there)}`);
    }
  }
  lines.push(`    ${said.takeTheirs(conflict.key)}`);
  return lines;
}
