import type {
  DocumentBlock,
  DocumentRun,
  SignatureBlock,
  TableBlock,
} from '../../../shared/documents/document-model.js';
import { TYPE } from './letter-style.js';

// What the PDF and the DOCX renderer decide alike about a letter's blocks, so that the two files
// break, keep together and measure the same way; each renderer only turns the result into its own output.

/** A block the letter shows, with what the page breaks and keep rules around it mean for it. */
export interface PlacedBlock {
  block: Exclude<DocumentBlock, { kind: 'pageBreak' }>;
  /** The letter's first block (a heading there has no space above it). */
  first: boolean;
  /** It starts a new page. */
  breakBefore: boolean;
  /** It stays on the page of the block after it. */
  keepWithNext: boolean;
}

/** A paragraph that ends with a colon introduces what follows: the two stay on one page. */
function introduces(block: DocumentBlock): boolean {
  return block.kind === 'paragraph' && /:\s*$/.test(block.runs.map((run) => run.text).join(''));
}

/**
 * Whether a block must stay on the page of the block after it: a lead-in ("contact:") with what
 * it introduces, and the end of a letter together: the closing words with the signature, and the
 * last paragraph of the text with the closing words, so that no page holds only the closing and
 * the signature (`shown` are the blocks the letter shows, `index` this block's place among them).
 */
function keepsWithNext(shown: readonly DocumentBlock[], index: number): boolean {
  const next = shown[index + 1];
  const afterNext = shown[index + 2];
  if (next === undefined) return false;
  if (next.kind === 'signature' || introduces(shown[index]!)) return true;
  return afterNext?.kind === 'signature' && next.kind === 'paragraph';
}

/** A list without items, or a table with neither column titles nor rows (Word refuses a table without rows). */
function showsNothing(block: DocumentBlock): boolean {
  if (block.kind === 'list') return block.items.length === 0;
  return block.kind === 'table' && !hasHeaderRow(block) && block.rows.length === 0;
}

/**
 * The blocks the letter shows, in order. A page break goes to the next block shown: breaks in a
 * row make one, and a break with nothing shown after it adds no page.
 */
export function placeBlocks(blocks: readonly DocumentBlock[]): PlacedBlock[] {
  const placed: Omit<PlacedBlock, 'keepWithNext'>[] = [];
  let breakNext = false;
  blocks.forEach((block, index) => {
    if (block.kind === 'pageBreak' || showsNothing(block)) {
      breakNext ||= block.kind === 'pageBreak';
      return;
    }
    placed.push({ block, first: index === 0, breakBefore: breakNext });
    breakNext = false;
  });
  const shown = placed.map(({ block }) => block);
  return placed.map((entry, index) => ({ ...entry, keepWithNext: keepsWithNext(shown, index) }));
}

/** A table of labels and values has no column titles: then it has no header row either. */
export function hasHeaderRow(block: TableBlock): boolean {
  return block.columns.some((column) => column.header.trim() !== '');
}

/** The header row's cells: each column's title. */
export function headerCells(block: TableBlock): DocumentRun[][] {
  return block.columns.map((column) => [{ text: column.header }]);
}

/** A row's cells, one per column (an empty cell where the row has fewer). */
export function rowCells(block: TableBlock, row: readonly (readonly DocumentRun[])[]): (readonly DocumentRun[])[] {
  return block.columns.map((_, index) => row[index] ?? []);
}

/** Each column's width in points, across `width` points, in the proportions of the template. */
export function columnWidths(block: TableBlock, width: number): number[] {
  const total = block.columns.reduce((sum, column) => sum + column.widthPercent, 0);
  return block.columns.map((column) => (width * column.widthPercent) / total);
}

/** The place and date lines above the signature, where the letter has them. */
export function signatureLines(block: SignatureBlock): string[] {
  return [block.place, block.date].filter((line): line is string => line !== undefined && line !== '');
}

/** The signature line's length in points: as drawn, or the whole column when that is narrower. */
export function signatureRuleWidth(columnWidth: number): number {
  return Math.min(TYPE.signatureRule, columnWidth);
}
