/**
 * The fields of a row whose columns may be NULL, as a record reads them: a NULL column is a field
 * left out (the domain's optional field), never a field set to null.
 */
export type PresentOnly<T> = { [K in keyof T]?: Exclude<T[K], null> };

/**
 * Drops the entries whose value is null, so a row mapper spreads `...presentOnly({ note: row.note })`
 * once instead of one `row.x === null ? {} : { x: row.x }` a column. The type makes every key optional
 * and never null, so the record it is spread into still checks against its domain type.
 */
export function presentOnly<T extends Record<string, unknown>>(fields: T): PresentOnly<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as PresentOnly<T>;
}
