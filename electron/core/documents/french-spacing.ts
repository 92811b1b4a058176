import type { DocumentBlock, PageBand } from '../../../shared/documents/document-model.js';

/**
 * French typography for letters written in French, applied to the text both renderers lay out:
 * a no-break space before the high punctuation marks and inside guillemets, so that a line never
 * begins with ":" or "»" and the marks stand off their word as French readers expect.
 *
 * Which space, after the Imprimerie nationale's rules (Lexique des règles typographiques):
 *   - before ":" and inside « », a word-wide no-break space, U+00A0;
 *   - before ";", "!" and "?", a thin no-break space, U+202F (narrower than a word space).
 * Both are in Noto Sans, both are kept by Word and LibreOffice, and both are read as spaces by
 * pdftotext and pdf.js.
 *
 * A mark gets its space only where it ends a phrase: after a word (not after a space or another
 * mark) and before a space, a closing bracket or quote, or the end of the text. A URL ("https://",
 * "?q=1"), a time ("14:30"), a ratio or an email address is left as it is.
 */

const NO_BREAK_SPACE = '\u00a0';
const NARROW_NO_BREAK_SPACE = '\u202f';

const ANY_SPACE = '[ \\u00a0\\u202f]';
const HIGH_MARK = new RegExp(`([^\\s:;!?«/=&])${ANY_SPACE}?([:;!?]+)(?=[\\s»)\\]”"]|$)`, 'gu');
const OPENING_GUILLEMET = new RegExp(`«${ANY_SPACE}?(?=\\S)`, 'gu');
const CLOSING_GUILLEMET = new RegExp(`(?<=\\S)${ANY_SPACE}?»`, 'gu');

/** `text` with French spacing around punctuation. */
export function frenchSpacing(text: string): string {
  return text
    .replace(HIGH_MARK, (_, before: string, marks: string) => {
      const space = marks.startsWith(':') ? NO_BREAK_SPACE : NARROW_NO_BREAK_SPACE;
      return `${before}${space}${marks}`;
    })
    .replace(OPENING_GUILLEMET, `«${NO_BREAK_SPACE}`)
    .replace(CLOSING_GUILLEMET, `${NO_BREAK_SPACE}»`);
}

/**
 * Runs of one paragraph with French spacing: a mark's space is decided with the text before it,
 * even where that text ends the run before ("Téléphone" in bold, " : +236" not).
 */
export function frenchSpacingRuns<Run extends { text: string }>(runs: readonly Run[]): Run[] {
  let previous = '';
  return runs.map((run) => {
    const spaced = frenchSpacing(previous + run.text).slice(previous.length);
    if (spaced !== '') previous = spaced.slice(-1);
    return { ...run, text: spaced };
  });
}

const band = (value: PageBand): PageBand => ({
  ...(value.left !== undefined ? { left: frenchSpacing(value.left) } : {}),
  ...(value.right !== undefined ? { right: frenchSpacing(value.right) } : {}),
});

/** A block's every text with French spacing (paragraphs, list items and cells run by run). */
export function frenchSpacingBlock(block: DocumentBlock): DocumentBlock {
  switch (block.kind) {
    case 'letterhead':
      return { ...block, lines: block.lines.map(frenchSpacing) };
    case 'heading':
    case 'paragraph':
      return { ...block, runs: frenchSpacingRuns(block.runs) };
    case 'list':
      return { ...block, items: block.items.map((runs) => frenchSpacingRuns(runs)) };
    case 'table':
      return {
        ...block,
        columns: block.columns.map((column) => ({ ...column, header: frenchSpacing(column.header) })),
        rows: block.rows.map((row) => row.map((runs) => frenchSpacingRuns(runs))),
      };
    case 'signature':
      return {
        ...block,
        name: frenchSpacing(block.name),
        title: frenchSpacing(block.title),
        ...(block.place !== undefined ? { place: frenchSpacing(block.place) } : {}),
        ...(block.date !== undefined ? { date: frenchSpacing(block.date) } : {}),
      };
    case 'chart':
      return {
        ...block,
        title: frenchSpacing(block.title),
        summary: frenchSpacing(block.summary),
        categories: block.categories.map(frenchSpacing),
        series: block.series.map((series) => ({ ...series, name: frenchSpacing(series.name) })),
        ...(block.hiddenMark !== undefined ? { hiddenMark: frenchSpacing(block.hiddenMark) } : {}),
      };
    case 'spacer':
    case 'pageBreak':
      return block;
  }
}

/** The marking, header and footer of a French letter with French spacing. */
export function frenchSpacingChrome<
  Chrome extends { confidentialityMarking: string; header: PageBand; footer: PageBand },
>(chrome: Chrome): Chrome {
  return {
    ...chrome,
    confidentialityMarking: frenchSpacing(chrome.confidentialityMarking),
    header: band(chrome.header),
    footer: band(chrome.footer),
  };
}
