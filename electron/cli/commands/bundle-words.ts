import type { BundlePreview } from '../../../shared/contract/bundles.js';
import { conflictInWords as inWords, recordKindInWords } from '../../../shared/bundles/record-words.js';

/*
 * A bundle's preview in words for the command line, from the same labels and readings as the app's
 * (shared/bundles): which record, each field that differs with this vault's value beside the
 * bundle's, and what the merge does with it. The `table:id` key is printed only as the value
 * --take-theirs takes.
 */
type Conflict = BundlePreview['conflicts'][number];

/** A kind of record as a person reads it: "Evidence items", not evidence_items. */
export const tableInWords = (table: string) => recordKindInWords(table, 'en');

const shorten = (value: string) => {
  const line = value.replace(/\s+/g, ' ');
  return line.length > 70 ? `${line.slice(0, 67)}...` : line;
};

/** One conflict: what record, each field that differs with both values, and how to take the bundle's. */
export function conflictInWords(conflict: Conflict, index: number): string[] {
  const words = inWords(conflict, 'en');
  const lines = [`Conflict ${index + 1}: ${words.record} was changed here and in the bundle.`];
  for (const field of words.fields) {
    const [here, there] = [`"${shorten(field.ours)}"`, `"${shorten(field.theirs)}"`];
    if (field.outcome === 'conflict') {
      lines.push(`    ${field.label}, changed on both sides: here ${here}`);
      lines.push(`    ${' '.repeat(field.label.length)}  in the bundle ${there}`);
    } else if (field.outcome === 'taken') {
      lines.push(`    ${field.label}, changed only in the bundle: ${there} is taken (here ${here})`);
    } else {
      lines.push(`    ${field.label}, changed only here: ${here} is kept (in the bundle ${there})`);
    }
  }
  lines.push(
    "    This vault's value is kept where both changed it; to take the bundle's: " + `--take-theirs ${conflict.key}`,
  );
  return lines;
}
