/** What is being typed after an open `{{` (or `{{#if `, `{{#each `): the field path started so far. */
export interface OpenField {
  /** Where the typed path starts in the text. */
  start: number;
  typed: string;
}

/** The field path being typed just before `caret`, or null when the caret is not inside `{{…`. */
export function openFieldAt(text: string, caret: number): OpenField | null {
  const before = text.slice(Math.max(0, caret - 200), caret);
  const match = /\{\{(?:#if |#each |\^)?([A-Za-z0-9_.]*)$/.exec(before);
  if (!match) return null;
  const typed = match[1] ?? '';
  return { start: caret - typed.length, typed };
}

/** Fields whose path starts with what was typed first, then those that contain it; at most `limit`. */
export function matchingFields<F extends { path: string }>(fields: readonly F[], typed: string, limit = 8): F[] {
  const lower = typed.toLowerCase();
  const starts = fields.filter((f) => f.path.toLowerCase().startsWith(lower));
  const contains = fields.filter(
    (f) => !f.path.toLowerCase().startsWith(lower) && f.path.toLowerCase().includes(lower),
  );
  return [...starts, ...contains].slice(0, limit);
}

/** The text with the open field completed to `path}}` (not doubling braces already there), and the new caret. */
export function insertField(
  text: string,
  open: OpenField,
  caret: number,
  path: string,
): { text: string; caret: number } {
  const after = text.slice(caret);
  const closing = after.startsWith('}}') ? '' : '}}';
  const inserted = `${path}${closing}`;
  return {
    text: text.slice(0, open.start) + inserted + after,
    caret: open.start + inserted.length + (closing ? 0 : 2),
  };
}

/** A tag being typed at the end of `before`: what opens it (`{{`, `{{#if ` …) and the path typed so far. */
export interface OpenTag {
  /** What the chip's tag starts with: '' for a value, '#if ', '#each ' or '^'. */
  prefix: string;
  typed: string;
  /** How many characters, from `{{`, the chip replaces. */
  length: number;
}

/** The tag being typed just before the caret in the visual editor (`before`: its paragraph's text up to it). */
export function openTagBefore(before: string): OpenTag | null {
  const match = /\{\{(#if |#each |\^)?([A-Za-z0-9_.]*)$/.exec(before.slice(-200));
  if (!match || before.endsWith('{{{{')) return null;
  return { prefix: match[1] ?? '', typed: match[2] ?? '', length: match[0].length };
}
