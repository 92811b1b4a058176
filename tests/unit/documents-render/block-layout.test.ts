import { describe, expect, it } from 'vitest';
import type { DocumentBlock, TableBlock } from '../../../shared/documents/document-model.js';
import {
  columnWidths,
  placeBlocks,
  rowCells,
  signatureLines,
  signatureRuleWidth,
} from '../../../electron/core/documents/block-layout.js';
import { renderDocx, renderPdf } from '../../../electron/core/documents/render-document.js';
import { docxPart } from './read-outputs.js';
import { englishReferral } from './sample-letters.js';
import { PDFDocument } from 'pdf-lib';

const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', runs: [{ text }] });
const pageBreak: DocumentBlock = { kind: 'pageBreak' };
const emptyTable: DocumentBlock = { kind: 'table', columns: [{ header: ' ', widthPercent: 100 }], rows: [] };
const emptyList: DocumentBlock = { kind: 'list', ordered: true, items: [] };
const signature: DocumentBlock = {
  kind: 'signature',
  name: 'Jane Doe',
  title: 'Investigator',
  place: '',
  date: '1 May',
};

/** What placeBlocks says about each block shown, by its first words. */
function placed(blocks: DocumentBlock[]) {
  return placeBlocks(blocks).map(({ block, first, breakBefore, keepWithNext }) => ({
    text: block.kind === 'paragraph' ? block.runs[0]!.text : block.kind,
    first,
    breakBefore,
    keepWithNext,
  }));
}

describe('the block layout both renderers share', () => {
  it('folds page breaks into the next block shown, and drops a break with nothing after it', () => {
    expect(placed([paragraph('one'), pageBreak, pageBreak, paragraph('two'), pageBreak])).toEqual([
      { text: 'one', first: true, breakBefore: false, keepWithNext: false },
      { text: 'two', first: false, breakBefore: true, keepWithNext: false },
    ]);
  });

  it('passes over a table or list that shows nothing, carrying its page break on', () => {
    expect(placed([paragraph('one'), pageBreak, emptyTable, emptyList, paragraph('two')])).toEqual([
      { text: 'one', first: true, breakBefore: false, keepWithNext: false },
      { text: 'two', first: false, breakBefore: true, keepWithNext: false },
    ]);
    expect(placed([pageBreak, emptyTable])).toEqual([]);
  });

  it('keeps a lead-in ending with a colon and the closing words with what follows', () => {
    expect(placed([paragraph('Contact:'), paragraph('Jane'), paragraph('Yours'), signature])).toEqual([
      { text: 'Contact:', first: true, breakBefore: false, keepWithNext: true },
      { text: 'Jane', first: false, breakBefore: false, keepWithNext: true },
      { text: 'Yours', first: false, breakBefore: false, keepWithNext: true },
      { text: 'signature', first: false, breakBefore: false, keepWithNext: false },
    ]);
  });

  it('keeps the last paragraph with the closing words, so that they never stand alone with the signature', () => {
    expect(placed([paragraph('One'), paragraph('Last'), emptyList, paragraph('Yours'), pageBreak, signature])).toEqual([
      { text: 'One', first: true, breakBefore: false, keepWithNext: false },
      { text: 'Last', first: false, breakBefore: false, keepWithNext: true },
      { text: 'Yours', first: false, breakBefore: false, keepWithNext: true },
      { text: 'signature', first: false, breakBefore: true, keepWithNext: false },
    ]);
    // A letter without a signature keeps nothing together at its end.
    expect(placed([paragraph('One'), paragraph('Last'), paragraph('Yours')]).map((b) => b.keepWithNext)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('measures columns in proportion, fills short rows, and sizes the signature line', () => {
    const table: TableBlock = {
      kind: 'table',
      columns: [
        { header: 'No.', widthPercent: 20 },
        { header: 'Item', widthPercent: 80 },
      ],
      rows: [[[{ text: '1' }], [{ text: 'Phone' }]]],
    };
    expect(columnWidths(table, 400)).toEqual([80, 320]);
    expect(rowCells(table, [[{ text: '1' }]])).toEqual([[{ text: '1' }], []]);
    expect(signatureLines({ kind: 'signature', name: 'J', title: 'T', place: '', date: '1 May' })).toEqual(['1 May']);
    expect(signatureRuleWidth(1000)).toBe(190);
    expect(signatureRuleWidth(100)).toBe(100);
  });

  it('gives a trailing page break before an empty table no page, in the PDF and the DOCX alike', async () => {
    const letter = englishReferral();
    const plain = await PDFDocument.load(await renderPdf(letter));
    const padded = { ...letter, blocks: [...letter.blocks, pageBreak, emptyTable] };
    expect((await PDFDocument.load(await renderPdf(padded))).getPageCount()).toBe(plain.getPageCount());
    const xml = docxPart(await renderDocx(padded), 'word/document.xml');
    expect(xml).not.toMatch(/<w:pageBreakBefore\/>/);
  });
});
