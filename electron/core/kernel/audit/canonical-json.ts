/**
 * JSON with object keys sorted (by UTF-16 code unit, as Array.prototype.sort does) and no
 * whitespace: the same value always gives the same text, so its hash can be recomputed from the
 * stored columns. Keys whose value is undefined are left out, as JSON.stringify does; anything
 * JSON cannot hold faithfully (a function, a bigint, NaN, a Date…) is a programming error.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: numbers must be finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: cannot represent a ${typeof value}`);
}
