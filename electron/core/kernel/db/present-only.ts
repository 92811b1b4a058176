/**
 * Optional fields as a record holds them: a NULL column or an absent value is a field left out (the
 * domain's optional field), never a field set to null or to undefined.
 */
export type PresentOnly<T> = { [K in keyof T]?: Exclude<T[K], null | undefined> };

/**
 * Drops the entries whose value is null or undefined, so a row mapper spreads
 * `...presentOnly({ note: row.note })` once instead of one `row.x === null ? {} : { x: row.x }` a
 * column, and an audit row or a payload its optional fields the same way. The type makes every key
 * optional and never null, so the record it is spread into still checks against its domain type.
 */
export function presentOnly<T extends Record<string, unknown>>(fields: T): PresentOnly<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined),
  ) as PresentOnly<T>;
}
