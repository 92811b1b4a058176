import type { BundlePreview } from '../../../shared/contract/bundles.js';

/*
 * A bundle's preview in words for the command line: which record, which of its fields differ, this
 * vault's value beside the bundle's. The `table:id` key is still printed, as the value --take-theirs takes.
 */
type Conflict = BundlePreview['conflicts'][number];
type Row = Conflict['ours'];

const text = (value: Row[string] | undefined) => (typeof value === 'string' ? value : String(value ?? ''));
const TABLE_WORDS: Record<string, string> = {
  cases: 'the case',
  people: 'people',
  evidence_items: 'evidence items',
  evidence_contents: 'evidence files',
  custody_events: 'custody events',
  timeline_events: 'timeline events',
  audit_log: 'audit rows',
};

/** A table as a person reads it: "evidence items", not evidence_items. */
export const tableInWords = (table: string) => TABLE_WORDS[table] ?? table.replace(/_/g, ' ');

function recordInWords(conflict: Conflict): string {
  const row = { ...conflict.theirs, ...conflict.ours };
  switch (conflict.table) {
    case 'cases':
      return 'The case itself';
    case 'people':
      return `Person ${text(row.code)}`;
    case 'evidence_items':
      return `Evidence item E-${text(row.sequence).padStart(4, '0')}`;
    case 'timeline_events':
      return `Timeline event "${text(row.title)}"`;
    case 'paternity_children':
      return `Child record ${text(row.code)}`;
    default:
      return `A record of ${tableInWords(conflict.table)}`;
  }
}

// What is never printed, even to the vault's own user on a terminal that others may see.
const NOT_SHOWN = new Set(['identity']);
const COLUMN_WORDS: Record<string, string> = { updated_at: 'last edited' };
const shorten = (value: string) => (value.length > 70 ? `${value.slice(0, 67)}...` : value);

/** One conflict: what record, each field that differs with both values, and how to take the bundle's. */
export function conflictInWords(conflict: Conflict, index: number): string[] {
  const columns = [...new Set([...Object.keys(conflict.ours), ...Object.keys(conflict.theirs)])].filter(
    (column) => JSON.stringify(conflict.ours[column] ?? null) !== JSON.stringify(conflict.theirs[column] ?? null),
  );
  const lines = [`Conflict ${index + 1}: ${recordInWords(conflict)} was changed here and in the bundle.`];
  for (const column of columns) {
    const field = COLUMN_WORDS[column] ?? column.replace(/_/g, ' ');
    if (NOT_SHOWN.has(column)) {
      lines.push(`    ${field}: differs (not shown here)`);
      continue;
    }
    lines.push(`    ${field}: here "${shorten(text(conflict.ours[column]))}"`);
    lines.push(`    ${' '.repeat(field.length)}  in the bundle "${shorten(text(conflict.theirs[column]))}"`);
  }
  lines.push(`    This vault's version is kept; to take the bundle's: --take-theirs ${conflict.key}`);
  return lines;
}
