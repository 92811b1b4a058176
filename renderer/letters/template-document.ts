import type { Logo, ParagraphAlignment } from '../../shared/documents/document-model.js';
import type {
  TemplateBlock,
  TemplateListItem,
  TemplateRun,
  TemplateTableRow,
} from '../../shared/documents/template.js';

/**
 * The template's blocks as the visual editor's document (ProseMirror JSON, the schema of
 * template-schema.ts) and back. Pure and exact: blocks → document → blocks gives the same blocks,
 * so opening a template and saving it unchanged changes nothing.
 *
 * Merge tags (`{{case.reference}}`, `{{#if …}}`, `{{/if}}` …) become chips holding the tag as written.
 * Each run of a template keeps its own `run` mark (alternating 0 and 1): ProseMirror joins neighbouring
 * text of the same marks, and two runs of the same style are two runs in the template.
 */

export interface EditorMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface EditorNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNode[];
  text?: string;
  marks?: EditorMark[];
}

/** Node and mark names of the editor's schema (template-schema.ts defines them). */
export const NODE = {
  doc: 'doc',
  paragraph: 'paragraph',
  heading: 'heading',
  text: 'text',
  chip: 'mergeField',
  list: 'templateList',
  listItem: 'templateListItem',
  table: 'table',
  row: 'tableRow',
  header: 'tableHeader',
  cell: 'tableCell',
  conditional: 'conditional',
  then: 'conditionalThen',
  otherwise: 'conditionalElse',
  repeat: 'repeat',
  letterhead: 'letterhead',
  signature: 'signature',
  spacer: 'spacer',
  pageBreak: 'pageBreak',
} as const;

export const MARK = { bold: 'bold', italic: 'italic', run: 'run' } as const;

// ---- Text with tags ⇄ inline nodes ---------------------------------------------------------------

type Piece = { kind: 'text'; text: string } | { kind: 'tag'; tag: string };

/** Splits text as the merge language reads it: `{{{{` is a literal `{{`; an unclosed `{{` stays text. */
export function textPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      literal += text.slice(i);
      break;
    }
    literal += text.slice(i, open);
    if (text.startsWith('{{{{', open)) {
      literal += '{{';
      i = open + 4;
      continue;
    }
    const close = text.indexOf('}}', open + 2);
    if (close < 0) {
      literal += text.slice(open);
      break;
    }
    if (literal) pieces.push({ kind: 'text', text: literal });
    literal = '';
    pieces.push({ kind: 'tag', tag: text.slice(open + 2, close) });
    i = close + 2;
  }
  if (literal) pieces.push({ kind: 'text', text: literal });
  return pieces;
}

function inlineOf(text: string, marks: EditorMark[]): EditorNode[] {
  return textPieces(text).map((piece) => {
    const node: EditorNode =
      piece.kind === 'text' ? { type: NODE.text, text: piece.text } : { type: NODE.chip, attrs: { tag: piece.tag } };
    if (marks.length > 0) node.marks = marks;
    return node;
  });
}

function runsToInline(runs: readonly TemplateRun[]): EditorNode[] {
  return runs.flatMap((run, index) => {
    const marks: EditorMark[] = [];
    if (run.bold) marks.push({ type: MARK.bold });
    if (run.italic) marks.push({ type: MARK.italic });
    marks.push({ type: MARK.run, attrs: { n: index % 2 } });
    return inlineOf(run.text, marks);
  });
}

/** Text as the merge language writes it: a literal `{{` doubled, a chip as its tag. */
function pieceText(node: EditorNode): string {
  if (node.type === NODE.chip) return `{{${String(node.attrs?.['tag'] ?? '')}}}`;
  return (node.text ?? '').replaceAll('{{', '{{{{');
}

function inlineToRuns(content: readonly EditorNode[] | undefined): TemplateRun[] {
  const runs: TemplateRun[] = [];
  let key: string | null = null;
  for (const node of content ?? []) {
    const marks = node.marks ?? [];
    const bold = marks.some((mark) => mark.type === MARK.bold);
    const italic = marks.some((mark) => mark.type === MARK.italic);
    const run = marks.find((mark) => mark.type === MARK.run);
    const nodeKey = `${bold}/${italic}/${run ? String(run.attrs?.['n']) : '-'}`;
    const last = runs[runs.length - 1];
    if (last && nodeKey === key) {
      last.text += pieceText(node);
      continue;
    }
    key = nodeKey;
    runs.push({ text: pieceText(node), ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
  }
  return runs;
}

/** A single line (letterhead line, column header) as inline nodes without marks, and back. */
const lineToInline = (line: string): EditorNode[] => inlineOf(line, []);
const inlineToLine = (content: readonly EditorNode[] | undefined): string => (content ?? []).map(pieceText).join('');

// ---- Blocks ⇄ nodes ------------------------------------------------------------------------------

const repeatable = (item: { each?: string | undefined; when?: string | undefined }) => ({
  each: item.each ?? null,
  when: item.when ?? null,
});

function blockToNode(block: TemplateBlock): EditorNode {
  switch (block.kind) {
    case 'paragraph':
      return { type: NODE.paragraph, attrs: { align: block.align ?? null }, content: runsToInline(block.runs) };
    case 'heading':
      return { type: NODE.heading, attrs: { level: block.level }, content: runsToInline(block.runs) };
    case 'list':
      return {
        type: NODE.list,
        attrs: { ordered: block.ordered },
        content: block.items.map((item) => ({
          type: NODE.listItem,
          attrs: repeatable(item),
          content: runsToInline(item.runs),
        })),
      };
    case 'table':
      return {
        type: NODE.table,
        content: [
          {
            type: NODE.row,
            attrs: { each: null, when: null },
            content: block.columns.map((column) => ({
              type: NODE.header,
              attrs: { widthPercent: column.widthPercent },
              content: lineToInline(column.header),
            })),
          },
          ...block.rows.map((row) => ({
            type: NODE.row,
            attrs: repeatable(row),
            content: row.cells.map((cell) => ({ type: NODE.cell, content: runsToInline(cell) })),
          })),
        ],
      };
    case 'if':
      return {
        type: NODE.conditional,
        attrs: { path: block.path },
        content: [
          { type: NODE.then, content: block.then.map(blockToNode) },
          ...(block.else ? [{ type: NODE.otherwise, content: block.else.map(blockToNode) }] : []),
        ],
      };
    case 'each':
      return { type: NODE.repeat, attrs: { path: block.path }, content: block.blocks.map(blockToNode) };
    case 'letterhead':
      return { type: NODE.letterhead, attrs: { lines: [...block.lines], logo: block.logo } };
    case 'signature':
      return {
        type: NODE.signature,
        attrs: { name: block.name, title: block.title, place: block.place ?? null, date: block.date ?? null },
      };
    case 'spacer':
      return { type: NODE.spacer };
    case 'pageBreak':
      return { type: NODE.pageBreak };
  }
}

/** The editor's document for a template's blocks. */
export function blocksToDocument(blocks: readonly TemplateBlock[]): EditorNode {
  return { type: NODE.doc, content: blocks.map(blockToNode) };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optional = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function withRepeat<T extends object>(base: T, attrs: Record<string, unknown> | undefined): T {
  const each = optional(attrs?.['each']);
  const when = optional(attrs?.['when']);
  return { ...base, ...(each !== undefined ? { each } : {}), ...(when !== undefined ? { when } : {}) };
}

/**
 * Column widths that add up to 100: kept as they are when they do, else shared out evenly (a column
 * added in the editor has none yet; the officer sets widths in the advanced view).
 */
export function columnWidths(widths: readonly (number | null)[]): number[] {
  const known = widths.filter((width): width is number => typeof width === 'number' && width > 0);
  const total = known.reduce((sum, width) => sum + width, 0);
  if (known.length === widths.length && Math.abs(total - 100) <= 0.5) return [...known];
  const even = Math.floor((100 / widths.length) * 100) / 100;
  return widths.map((_, index) =>
    index === widths.length - 1 ? Math.round((100 - even * (widths.length - 1)) * 100) / 100 : even,
  );
}

function tableOf(node: EditorNode): TemplateBlock {
  const all = node.content ?? [];
  // The first row is the columns' headers only while its cells are header cells: once the officer
  // deletes the header row, the first body row stays a body row (its marks and repetition kept)
  // and the columns get empty headers, which the officer sees, rather than a row quietly moved.
  const firstCells = all[0]?.content ?? [];
  const hasHeader = firstCells.length > 0 && firstCells.every((cell) => cell.type === NODE.header);
  const rows = hasHeader ? all.slice(1) : all;
  const count = hasHeader ? firstCells.length : Math.max(0, ...rows.map((row) => row.content?.length ?? 0));
  const headerCells: (EditorNode | undefined)[] = hasHeader
    ? firstCells
    : Array.from({ length: count }, () => undefined);
  const widths = columnWidths(
    headerCells.map((cell) => (typeof cell?.attrs?.['widthPercent'] === 'number' ? cell.attrs['widthPercent'] : null)),
  );
  return {
    kind: 'table',
    columns: headerCells.map((cell, index) => ({
      header: cell === undefined ? '' : inlineToLine(cell.content),
      widthPercent: widths[index] as number,
    })),
    rows: rows.map((row): TemplateTableRow =>
      withRepeat({ cells: (row.content ?? []).map((cell) => inlineToRuns(cell.content)) }, row.attrs),
    ),
  };
}

function nodeToBlock(node: EditorNode): TemplateBlock {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case NODE.heading:
      return { kind: 'heading', level: attrs['level'] === 1 ? 1 : 2, runs: inlineToRuns(node.content) };
    case NODE.list:
      return {
        kind: 'list',
        ordered: attrs['ordered'] === true,
        items: (node.content ?? []).map((item): TemplateListItem =>
          withRepeat({ runs: inlineToRuns(item.content) }, item.attrs),
        ),
      };
    case NODE.table:
      return tableOf(node);
    case NODE.conditional: {
      const parts = node.content ?? [];
      const then = parts.find((part) => part.type === NODE.then);
      const otherwise = parts.find((part) => part.type === NODE.otherwise);
      return {
        kind: 'if',
        path: text(attrs['path']),
        then: documentToBlocks(then ?? { type: NODE.then }),
        ...(otherwise ? { else: documentToBlocks(otherwise) } : {}),
      };
    }
    case NODE.repeat:
      return { kind: 'each', path: text(attrs['path']), blocks: documentToBlocks(node) };
    case NODE.letterhead:
      return {
        kind: 'letterhead',
        lines: Array.isArray(attrs['lines']) ? attrs['lines'].map(text) : [],
        logo: (attrs['logo'] ?? null) as Logo | null,
      };
    case NODE.signature: {
      const place = optional(attrs['place']);
      const date = optional(attrs['date']);
      return {
        kind: 'signature',
        name: text(attrs['name']),
        title: text(attrs['title']),
        ...(place !== undefined ? { place } : {}),
        ...(date !== undefined ? { date } : {}),
      };
    }
    case NODE.spacer:
      return { kind: 'spacer' };
    case NODE.pageBreak:
      return { kind: 'pageBreak' };
    default: {
      const align = optional(attrs['align']) as ParagraphAlignment | undefined;
      return { kind: 'paragraph', runs: inlineToRuns(node.content), ...(align ? { align } : {}) };
    }
  }
}

/** The template blocks of the editor's document (or of one of its block containers). */
export function documentToBlocks(doc: EditorNode): TemplateBlock[] {
  return (doc.content ?? []).map(nodeToBlock);
}

// ---- Places ----------------------------------------------------------------------------------

/**
 * The child indexes, from the document, of the node a problem's path names inside `blocks`
 * (e.g. ['blocks', 3, 'then', 0, 'runs', 1, 'text'] → [3, 0, 0]): the deepest block, list item,
 * table row or cell the path reaches. Empty when the path is not inside the blocks.
 */
export function nodeIndexesOf(path: readonly (string | number)[]): number[] {
  const start = path.indexOf('blocks');
  if (start < 0 || typeof path[start + 1] !== 'number') return [];
  const indexes: number[] = [path[start + 1] as number];
  let i = start + 2;
  while (i < path.length) {
    const key = path[i];
    const next = path[i + 1];
    if (key === 'then' && typeof next === 'number') indexes.push(0, next);
    else if (key === 'else' && typeof next === 'number') indexes.push(1, next);
    else if ((key === 'blocks' || key === 'items') && typeof next === 'number') indexes.push(next);
    else if (key === 'rows' && typeof next === 'number') indexes.push(next + 1);
    else if (key === 'cells' && typeof next === 'number') indexes.push(next);
    else if (key === 'columns' && typeof next === 'number') indexes.push(0, next);
    else break;
    i += 2;
  }
  return indexes;
}
