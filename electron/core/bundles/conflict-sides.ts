import { recordField, type FieldKind } from '../../../shared/bundles/record-fields.js';
import type { StoredRow, StoredValue } from './case-tables.js';

/*
 * The two versions of a conflicting record as the preview carries them to the screen and the command
 * line: every field that can name a person (record-fields.ts: withheld — an identity, a file name, a
 * recipient's name, a national contact), and every such part of a structured field (a file name in a
 * custody event's hash checks, a national focal point in a paternity claim), is replaced by a marker
 * saying only whether both sides hold the same value. A person's identity is read through
 * people.revealIdentity (audited), never through a preview.
 */

/** A withheld field in a conflict: whether this vault's value and the bundle's are the same, nothing else. */
interface WithheldValue {
  withheld: true;
  same: boolean;
}

export type ConflictRow = Record<string, StoredValue | WithheldValue>;

const marker = (ours: unknown, theirs: unknown): WithheldValue => ({
  withheld: true,
  same: JSON.stringify(ours ?? null) === JSON.stringify(theirs ?? null),
});

/** Whether a structured field has a part (at any depth) that can name a person. */
function holdsWithheld(read: FieldKind): boolean {
  if (read.kind === 'withheld') return true;
  if (read.kind !== 'details') return false;
  return (
    (read.items !== undefined && holdsWithheld(read.items)) ||
    Object.values(read.parts ?? {}).some((part) => holdsWithheld(part.read))
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isMarker = (value: unknown): value is WithheldValue => isObject(value) && value.withheld === true;

/** A value a part that is not structured may hold: a JSON scalar (a list of them for a list of labels). */
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
const fitsScalarPart = (read: FieldKind, value: unknown) =>
  isScalar(value) || (read.kind === 'labels' && Array.isArray(value) && value.every(isScalar));

/**
 * One side of a structured value that holds a withheld part, with those parts replaced by the marker,
 * compared with the other side. Anywhere in such a value, what this version of Casefile does not expect (a
 * part it does not name, a list where an object is expected, an object where a single value is) may be
 * anything, a name included (a bundle's rows are not read against the forms' schemas): it fails closed,
 * as the marker.
 */
function maskParts(read: FieldKind, value: unknown, other: unknown): unknown {
  if (value === undefined) return undefined;
  if (read.kind === 'withheld') return marker(value, other);
  if (read.kind !== 'details') return fitsScalarPart(read, value) ? value : marker(value, other);
  if (value === null) return null;
  if (read.items !== undefined && Array.isArray(value)) {
    const items = read.items;
    const others = Array.isArray(other) ? other : [];
    return value.map((item, index) => maskParts(items, item, others[index]));
  }
  if (read.parts === undefined || !isObject(value)) return marker(value, other);
  const parts = read.parts;
  const otherParts = isObject(other) ? other : {};
  const out: Record<string, unknown> = {};
  for (const [key, part] of Object.entries(value)) {
    const field = Object.hasOwn(parts, key) ? parts[key] : undefined;
    out[key] = field === undefined ? marker(part, otherParts[key]) : maskParts(field.read, part, otherParts[key]);
  }
  return out;
}

const parsed = (value: StoredValue | undefined): unknown => {
  try {
    return typeof value === 'string' ? (JSON.parse(value) as unknown) : undefined;
  } catch {
    return undefined;
  }
};

/** Both versions with their withheld fields and parts replaced by the marker (the same marker on both sides). */
export function conflictSides(
  table: string,
  ours: StoredRow,
  theirs: StoredRow,
): { ours: ConflictRow; theirs: ConflictRow } {
  const mask = (row: StoredRow, other: StoredRow): ConflictRow => {
    const out: ConflictRow = {};
    for (const [column, value] of Object.entries(row)) {
      const read = recordField(table, column)?.read;
      // A column this version does not name (refused at import before it gets here) is never shown either.
      if (read === undefined) out[column] = marker(ours[column], theirs[column]);
      else if (!holdsWithheld(read) || value === null) out[column] = value;
      else if (read.kind === 'withheld') out[column] = marker(ours[column], theirs[column]);
      else {
        const structure = parsed(value);
        // A structured value that does not read as JSON is said to differ or not, never shown.
        const masked = structure === undefined ? undefined : maskParts(read, structure, parsed(other[column]));
        out[column] =
          masked === undefined
            ? marker(ours[column], theirs[column])
            : isMarker(masked)
              ? masked
              : JSON.stringify(masked);
      }
    }
    return out;
  };
  return { ours: mask(ours, theirs), theirs: mask(theirs, ours) };
}
