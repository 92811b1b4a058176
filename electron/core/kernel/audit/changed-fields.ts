/**
 * The names of the fields whose values differ between two flat records: what an audit row says of
 * a change (the names, never the values). In the order of `fields` when given, else every key of
 * either record, sorted.
 */
export function changedFields(before: object, after: object, fields?: readonly string[]): string[] {
  const was = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const names = fields ?? [...new Set([...Object.keys(was), ...Object.keys(now)])].sort();
  return names.filter((name) => JSON.stringify(was[name]) !== JSON.stringify(now[name]));
}
