import { z } from 'zod';

/**
 * One way to check that a record's fields are declared once: the zod schema in shared/ is the
 * source, and each feature's row mapping is checked against it and against the table SQLite
 * really has. Used by the column tests of cases, people, evidence, interviews and letters.
 */

export interface Mismatch {
  missing: string[];
  extra: string[];
}

export const NONE: Mismatch = { missing: [], extra: [] };

/** The names `expected` holds that `actual` lacks, and those `actual` holds that `expected` does not. */
export function mismatch(expected: Iterable<string>, actual: Iterable<string>): Mismatch {
  const want = new Set(expected);
  const have = new Set(actual);
  return {
    missing: [...want].filter((name) => !have.has(name)).sort(),
    extra: [...have].filter((name) => !want.has(name)).sort(),
  };
}

/** The fields an object schema declares (for a union, those of the option `pick` chooses). */
export function schemaFields(schema: z.ZodType, pick?: (option: z.ZodObject) => boolean): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const option = (schema.options as z.ZodObject[]).find((candidate) => pick?.(candidate) ?? false);
    if (!option) throw new Error('schemaFields: no option of the union was picked');
    return Object.keys(option.shape);
  }
  throw new Error('schemaFields: the schema is neither an object nor a discriminated union of objects');
}

/** The columns of `table` as the database has them after every migration. */
export function tableColumns(db: { prepare(sql: string): { all(...args: unknown[]): unknown[] } }, table: string) {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
}

/**
 * Runs a row → record mapping on `row` and names the columns it read: a column the mapping never
 * reads is a field written to disk that no record shows (or a column left behind).
 */
export function readingColumns<Row extends object, Out>(
  row: Row,
  map: (row: Row) => Out,
): { record: Out; read: string[] } {
  const read = new Set<string>();
  const watched = new Proxy(row, {
    get(target, key, receiver) {
      if (typeof key === 'string' && Object.hasOwn(target, key)) read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { record: map(watched), read: [...read].sort() };
}

/**
 * Everything a feature's column test checks of fully filled records, as mismatches that must all
 * be NONE: every column of the table is read by the mapping or kept apart for a stated reason;
 * the record read has exactly the fields the schema declares (less those it stores elsewhere).
 */
export function rowMappingMismatches(check: {
  columns: readonly string[];
  read: readonly string[];
  /** Columns the mapping does not read, each with why (for the reader of the test). */
  keptApart?: Readonly<Record<string, string>>;
  fields: readonly string[];
  /** The records read; together (a cancelled and a signed interview, say) they fill every optional field. */
  records: readonly object[];
  /** Fields of the schema the mapping does not fill from this row, each with why. */
  filledElsewhere?: Readonly<Record<string, string>>;
}): { columns: Mismatch; fields: Mismatch } {
  const filled = check.records.flatMap((record) => Object.keys(record));
  return {
    columns: mismatch(check.columns, [...check.read, ...Object.keys(check.keptApart ?? {})]),
    fields: mismatch(check.fields, [...filled, ...Object.keys(check.filledElsewhere ?? {})]),
  };
}
