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

/** What a key pressed in the text box does to an open list of `count` suggestions. */
export type SuggestionKey = { kind: 'move'; active: number } | { kind: 'choose'; index: number } | { kind: 'close' };

/**
 * The one keyboard of the suggestions, for the JSON text box and the document editor alike: the
 * arrows move the active option (wrapping), Enter or Tab choose it, Escape closes the list. `null`
 * for any other key, or when nothing is offered (the text box keeps the key).
 */
export function suggestionKey(key: string, count: number, active: number): SuggestionKey | null {
  if (count === 0) return null;
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const step = key === 'ArrowDown' ? 1 : -1;
    return { kind: 'move', active: (active + step + count) % count };
  }
  if (key === 'Enter' || key === 'Tab') return { kind: 'choose', index: Math.min(active, count - 1) };
  if (key === 'Escape') return { kind: 'close' };
  return null;
}

/** The id of the active option, which the text box points at (`aria-activedescendant`). */
function activeOptionId(listId: string, count: number, active: number): string | undefined {
  return count > 0 ? `${listId}-${Math.min(active, count - 1)}` : undefined;
}

/**
 * The combobox attributes of the text box the suggestions complete (WAI-ARIA combobox with a
 * listbox popup): focus stays in the text box, which names the list and its active option.
 */
export function comboboxAttributes(listId: string, count: number, active: number) {
  const activeId = activeOptionId(listId, count, active);
  return {
    'aria-autocomplete': 'list',
    'aria-controls': activeId ? listId : undefined,
    'aria-activedescendant': activeId,
  } as const;
}
