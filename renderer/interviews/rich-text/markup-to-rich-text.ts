import type { RichText, RichTextBlock, TextRun } from '../../../shared/domain/rich-text.js';

/**
 * Reads the editor's DOM back into the RichText model, keeping only what the model holds:
 * paragraphs, headings, bullet and numbered items, quotes, and bold/italic runs. Everything else
 * (links, colours, underline, stray spans) is reduced to its text. Typed against the few Node
 * members it reads, so it can be tested without a browser.
 */
export interface MarkupNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<MarkupNode>;
  readonly textContent: string | null;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

type BlockKind = RichTextBlock['kind'];
interface Marks {
  bold: boolean;
  italic: boolean;
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CONTAINERS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'PRE',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'TD',
  'TH',
  'DL',
  'DT',
  'DD',
  'FIGURE',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'SVG',
  'IMG',
  'VIDEO',
  'AUDIO',
  'CANVAS',
]);

function styleMarks(node: MarkupNode, marks: Marks): Marks {
  const style = node.getAttribute?.('style') ?? '';
  if (style === '') return marks;
  const weight = /font-weight\s*:\s*([a-z0-9]+)/i.exec(style)?.[1]?.toLowerCase();
  const fontStyle = /font-style\s*:\s*([a-z]+)/i.exec(style)?.[1]?.toLowerCase();
  return {
    bold: weight === undefined ? marks.bold : weight === 'bold' || weight === 'bolder' || Number(weight) >= 600,
    italic: fontStyle === undefined ? marks.italic : fontStyle === 'italic' || fontStyle === 'oblique',
  };
}

function elementMarks(node: MarkupNode, marks: Marks): Marks {
  const name = node.nodeName.toUpperCase();
  const tagged = {
    bold: marks.bold || name === 'B' || name === 'STRONG',
    italic: marks.italic || name === 'I' || name === 'EM',
  };
  return styleMarks(node, tagged);
}

class BlockCollector {
  readonly blocks: RichTextBlock[] = [];

  push(kind: BlockKind, runs: TextRun[]): void {
    this.blocks.push({ kind, runs: mergeRuns(runs) });
  }
}

/** Adjacent runs with the same marks become one; empty runs go; absent marks are left out. */
function mergeRuns(runs: readonly TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text };
    } else {
      merged.push({ text: run.text, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) });
    }
  }
  return merged;
}

function isBlockElement(node: MarkupNode): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const name = node.nodeName.toUpperCase();
  return (
    CONTAINERS.has(name) ||
    HEADINGS.has(name) ||
    name === 'UL' ||
    name === 'OL' ||
    name === 'LI' ||
    name === 'BLOCKQUOTE'
  );
}

/** Where a typed line break ("\n" in a text node) ends a line, like a <br>. */
const LINE_BREAK: TextRun = Object.freeze({ text: '\n' });

/** Splits collected runs at typed line breaks; a break at the very end opens no new line. */
function linesOf(runs: readonly TextRun[]): TextRun[][] {
  const lines: TextRun[][] = [[]];
  for (const run of runs) {
    if (run === LINE_BREAK) lines.push([]);
    else lines[lines.length - 1]?.push(run);
  }
  if (lines.length > 1 && lines[lines.length - 1]?.length === 0) lines.pop();
  return lines;
}

const isBlankText = (node: MarkupNode | undefined): boolean =>
  node?.nodeType === TEXT_NODE && (node.textContent ?? '').trim() === '';

/**
 * Walks the children of a container whose loose inline content forms blocks of `kind`. A <br>
 * ends a line (a new block of the same kind), except the trailing one browsers add to keep an
 * empty line open. An element with no content at all still counts as one empty block.
 */
function collectContainer(container: MarkupNode, kind: BlockKind, out: BlockCollector, marks: Marks): void {
  const children = Array.from(container.childNodes);
  let runs: TextRun[] = [];
  let pushedAny = false;
  let pendingLine = false;
  const flush = (force: boolean) => {
    if (runs.length > 0 || force) {
      for (const line of linesOf(runs)) out.push(kind, line);
      pushedAny = true;
    }
    runs = [];
    pendingLine = false;
  };
  children.forEach((child, index) => {
    if (child.nodeType === ELEMENT_NODE && child.nodeName.toUpperCase() === 'BR') {
      const trailing = children
        .slice(index + 1)
        .every((rest) => rest.nodeType === TEXT_NODE && (rest.textContent ?? '') === '');
      if (!trailing) {
        flush(true);
        pendingLine = true;
      }
      return;
    }
    if (isBlockElement(child)) {
      flush(false);
      collectBlock(child, kind, out, marks);
      pushedAny = true;
      return;
    }
    // Layout whitespace between two blocks is not a line of text.
    const neighbours = [children[index - 1], children[index + 1]];
    if (isBlankText(child) && neighbours.some((node) => node !== undefined && isBlockElement(node))) return;
    pendingLine = false;
    collectInline(child, marks, runs);
  });
  if (runs.length > 0 || pendingLine || !pushedAny) flush(true);
}

function collectBlock(node: MarkupNode, inherited: BlockKind, out: BlockCollector, marks: Marks): void {
  const name = node.nodeName.toUpperCase();
  const inner = elementMarks(node, marks);
  if (HEADINGS.has(name)) return collectContainer(node, 'heading', out, inner);
  if (name === 'BLOCKQUOTE') return collectContainer(node, 'quote', out, inner);
  if (name === 'UL' || name === 'OL') {
    const itemKind: BlockKind = name === 'OL' ? 'numbered' : 'bullet';
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === ELEMENT_NODE && child.nodeName.toUpperCase() === 'LI')
        collectContainer(child, itemKind, out, inner);
      else if (isBlockElement(child)) collectBlock(child, itemKind, out, inner);
      else if ((child.textContent ?? '').trim() !== '') {
        const runs: TextRun[] = [];
        collectInline(child, inner, runs);
        for (const line of linesOf(runs)) out.push(itemKind, line);
      }
    }
    return;
  }
  if (name === 'LI') return collectContainer(node, inherited === 'numbered' ? 'numbered' : 'bullet', out, inner);
  // A paragraph inside a list item or a quote keeps the item's kind.
  return collectContainer(node, inherited, out, inner);
}

function collectInline(node: MarkupNode, marks: Marks, runs: TextRun[]): void {
  if (node.nodeType === TEXT_NODE) {
    // Browsers write runs of spaces as no-break spaces; the model keeps plain spaces.
    const lines = (node.textContent ?? '').replace(/\u00a0/g, ' ').split(/\r?\n/);
    lines.forEach((text, index) => {
      if (index > 0) runs.push(LINE_BREAK);
      if (text !== '') runs.push({ text, bold: marks.bold, italic: marks.italic });
    });
    return;
  }
  if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.nodeName.toUpperCase())) return;
  const inner = elementMarks(node, marks);
  for (const child of Array.from(node.childNodes)) collectInline(child, inner, runs);
}

/** The editor's content as RichText; an editor holding only empty lines is empty. */
export function markupToRichText(root: MarkupNode): RichText {
  const out = new BlockCollector();
  collectContainer(root, 'paragraph', out, { bold: false, italic: false });
  const blocks = out.blocks;
  // Trailing empty lines are the editor's, not the author's.
  while (blocks.length > 0 && (blocks[blocks.length - 1]?.runs.length ?? 0) === 0) blocks.pop();
  return { blocks };
}
