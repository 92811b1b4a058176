import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { DocumentBlock, DocumentModel, TableBlock } from '../../../shared/documents/document-model.js';
import { renderDocx, renderPdf } from '../../../electron/core/documents/render-document.js';
import { docxPart, pdfPages } from './read-outputs.js';

/** A table kept together (model v3) starts on the next page rather than split, in both renderers. */

const filler = (count: number): DocumentBlock[] =>
  Array.from({ length: count }, (_, index) => ({
    kind: 'paragraph',
    runs: [{ text: `Filler paragraph ${index + 1}.` }],
  }));

const facts = (keepTogether: boolean): TableBlock => ({
  kind: 'table',
  columns: [
    { header: '', widthPercent: 25 },
    { header: '', widthPercent: 75 },
  ],
  rows: Array.from({ length: 8 }, (_, index) => [[{ text: `Label ${index + 1}` }], [{ text: `Value ${index + 1}` }]]),
  ...(keepTogether ? { keepTogether: true } : {}),
});

const model = (blocks: DocumentBlock[]): DocumentModel => ({
  pageSize: 'A4',
  language: 'en',
  direction: 'ltr',
  title: 'Kept together',
  header: {},
  footer: {},
  confidentialityMarking: '',
  blocks,
});

/** The filler that leaves room for two or three rows of the table at the foot of page 1. */
async function fillerThatSplits(): Promise<DocumentBlock[]> {
  for (let count = 20; count < 60; count++) {
    const pdf = await renderPdf(model([...filler(count), facts(false)]));
    if ((await PDFDocument.load(pdf)).getPageCount() !== 2) continue;
    const [first] = pdfPages(pdf, 2);
    if (/Label 2\b/.test(first!) && !/Label 8\b/.test(first!)) return filler(count);
  }
  throw new Error('no filler length splits the table');
}

describe('a table kept together', () => {
  it('moves whole to the next page in the PDF, where a table not kept together splits', async () => {
    const blocks = await fillerThatSplits();
    const kept = await renderPdf(model([...blocks, facts(true)]));
    const pages = pdfPages(kept, await PDFDocument.load(kept).then((pdf) => pdf.getPageCount()));
    expect(pages).toHaveLength(2);
    expect(pages[0]).not.toMatch(/Label \d/);
    for (let row = 1; row <= 8; row++) expect(pages[1]).toContain(`Label ${row}`);
  });

  it('keeps each row but the last with the next in the DOCX', async () => {
    const keptXml = docxPart(await renderDocx(model([facts(true)])), 'word/document.xml');
    expect(keptXml.match(/<w:keepNext\/>/g)).toHaveLength(7 * 2);
    const freeXml = docxPart(await renderDocx(model([facts(false)])), 'word/document.xml');
    expect(freeXml).not.toContain('<w:keepNext/>');
  });
});

describe('a table row', () => {
  const tallRows: TableBlock = {
    kind: 'table',
    columns: [
      { header: 'Item', widthPercent: 30 },
      { header: 'What it holds', widthPercent: 70 },
    ],
    rows: Array.from({ length: 12 }, (_, index) => [
      [{ text: `Row ${index + 1}` }],
      [{ text: `Row ${index + 1} line one\nRow ${index + 1} line two\nRow ${index + 1} line three` }],
    ]),
  };

  it('never splits across pages in the PDF, and a table that goes on repeats its header row', async () => {
    let split = 0;
    for (let count = 24; count <= 40; count += 2) {
      const pdf = await renderPdf(model([...filler(count), tallRows]));
      const pages = pdfPages(pdf, await PDFDocument.load(pdf).then((doc) => doc.getPageCount()));
      const withRows = pages.filter((page) => /Row \d+ line/.test(page));
      if (withRows.length > 1) split++;
      for (const page of withRows) {
        expect(page, `${count} paragraphs`).toContain('What it holds');
        for (let row = 1; row <= 12; row++) {
          const lines = ['one', 'two', 'three'].filter((line) => page.includes(`Row ${row} line ${line}`));
          expect([0, 3], `${count} paragraphs, row ${row}`).toContain(lines.length);
        }
      }
    }
    expect(split).toBeGreaterThan(0);
  });

  it('is kept whole and the header row repeats in the DOCX (cantSplit, tblHeader)', async () => {
    const xml = docxPart(await renderDocx(model([tallRows])), 'word/document.xml');
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows).toHaveLength(13);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
  });
});
