/**
 * A search text as a LIKE pattern matching it anywhere, LIKE's own characters (`%`, `_` and the
 * escape) searched for as they are: use with `ESCAPE '\\'`.
 */
export const likePattern = (search: string): string => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
