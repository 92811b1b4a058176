/** Where the core marks matches in a snippet: `\u0002` opens one, `\u0003` closes it. */
const OPEN = '\u0002';
const CLOSE = '\u0003';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a snippet into plain and matched runs, to render as text and <mark> elements (never as
 * HTML: a snippet is case text, and case text may contain anything). Unbalanced markers are
 * tolerated: an unclosed match runs to the end, a stray close is dropped.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let current = '';
  const flush = () => {
    if (current !== '') parts.push({ text: current, match });
    current = '';
  };
  for (const char of snippet) {
    if (char === OPEN) {
      flush();
      match = true;
    } else if (char === CLOSE) {
      flush();
      match = false;
    } else {
      current += char;
    }
  }
  flush();
  return parts;
}
