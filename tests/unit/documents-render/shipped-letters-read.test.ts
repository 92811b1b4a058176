import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentBlock, DocumentModel } from '../../../shared/documents/document-model.js';
import { placeBlocks } from '../../../electron/core/documents/block-layout.js';
import { renderDocx, renderPdf } from '../../../electron/core/documents/render-document.js';
import { LETTER_AT } from '../documents-model/fixtures.js';
import { docxParagraphs, docxPart, pdfText, withoutBidiMarks } from './read-outputs.js';
import {
  libreOfficePdfFonts,
  libreOfficeTexts,
  pdfJsPages,
  qpdfCheck,
  structureOrderText,
  writePrivate,
  type PdfJsPage,
  type PdfJsStructureNode,
} from './read-with-others.js';
import { shippedLetters, type ShippedLetter } from './shipped-letters.js';

/**
 * Every shipped letter (each template × language × page size), rendered once and opened with
 * the software its readers use: qpdf checks each PDF's structure, pdf.js must read the words
 * pdftotext reads, LibreOffice Writer must read the words the DOCX holds, each PDF is tagged,
 * and no page holds only the closing words and the signature.
 */

interface Rendered extends ShippedLetter {
  pdf: Buffer;
  docx: Buffer;
  pdfFile: string;
  pageCount: number;
  pdfJs: PdfJsPage[];
}

let dir: string;
let letters: Rendered[] = [];
let writerTexts = new Map<string, string>();
let fontsWithoutNoto = new Map<string, string[]>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'casefile-shipped-letters-'));
  const createdAt = new Date(LETTER_AT);
  for (const letter of shippedLetters()) {
    const [pdf, docx] = await Promise.all([
      renderPdf(letter.model, { createdAt }),
      renderDocx(letter.model, { createdAt }),
    ]);
    writePrivate(dir, `${letter.name}.docx`, docx);
    const pdfJs = await pdfJsPages(pdf);
    letters.push({
      ...letter,
      pdf,
      docx,
      pdfFile: writePrivate(dir, `${letter.name}.pdf`, pdf),
      pageCount: pdfJs.length,
      pdfJs,
    });
  }
  writerTexts = libreOfficeTexts(dir);
  // One letter per language, opened by Writer on a machine with no Noto font installed.
  const noNoto = path.join(dir, 'no-noto');
  mkdirSync(noNoto);
  for (const language of ['en', 'fr', 'ar'] as const) {
    const letter = letters.find((candidate) => candidate.language === language);
    if (letter) writePrivate(noNoto, `${language}.docx`, letter.docx);
  }
  fontsWithoutNoto = libreOfficePdfFonts(noNoto);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  letters = [];
});

const words = (text: string): string[] =>
  withoutBidiMarks(text.normalize('NFKC'))
    .split(/\s+/)
    .filter((word) => word !== '');

/** Arabic words and the other words and numbers, without punctuation: what survives any reading order. */
const tokens = (text: string): string[] =>
  withoutBidiMarks(text.normalize('NFKC')).match(
    /[\p{Script=Arabic}\p{M}]+|(?:(?!\p{Script=Arabic})[\p{L}\p{N}])+/gu,
  ) ?? [];

/** [word, count in a − count in b] for every word the two lists do not hold as often. */
function difference(a: readonly string[], b: readonly string[]): [string, number][] {
  const bag = new Map<string, number>();
  for (const word of a) bag.set(word, (bag.get(word) ?? 0) + 1);
  for (const word of b) bag.set(word, (bag.get(word) ?? 0) - 1);
  return [...bag].filter(([, count]) => count !== 0);
}

describe('every shipped letter, opened with other software', () => {
  it('covers every template, language and page size', () => {
    expect(letters.length).toBeGreaterThanOrEqual(30);
    expect(new Set(letters.map((letter) => letter.language))).toEqual(new Set(['en', 'fr', 'ar', 'es']));
    expect(new Set(letters.map((letter) => letter.pageSize))).toEqual(new Set(['A4', 'Letter']));
  });

  it('passes qpdf --check (no error, no warning) as every PDF', () => {
    const failed = letters
      .map((letter) => ({ name: letter.name, ...qpdfCheck(letter.pdfFile) }))
      .filter((check) => !check.ok || !check.output.includes('No syntax or stream encoding errors'));
    expect(failed).toEqual([]);
  });

  it('reads the same words in pdf.js as in pdftotext, in the same order for left-to-right letters', () => {
    for (const letter of letters) {
      if (letter.model.direction === 'ltr') {
        // Drawing order (-raw) on both sides: a wrapped table cell's lines together, the cells in turn.
        const popplerWords = words(pdfText(letter.pdf, undefined, 'raw'));
        const pdfJsWords = words(letter.pdfJs.map((page) => page.text).join('\n'));
        expect(pdfJsWords.length, letter.name).toBeGreaterThan(200);
        expect(pdfJsWords, letter.name).toEqual(popplerWords);
      } else {
        // Right to left, the two disagree on where punctuation goes and on spacing at a change of direction
        // ("المرجع: CF-…"); the Arabic words, the Latin words and the numbers must be the same, as often.
        const popplerTokens = tokens(pdfText(letter.pdf));
        const pdfJsTokens = tokens(letter.pdfJs.map((page) => page.items.join(' ')).join('\n'));
        expect(pdfJsTokens.filter((token) => /\p{Script=Arabic}/u.test(token)).length, letter.name).toBeGreaterThan(
          200,
        );
        expect(difference(pdfJsTokens, popplerTokens), letter.name).toEqual([]);
      }
    }
  });

  it('reads, in the order of the structure tree, the words drawn as the letter (not artifacts), as often', () => {
    for (const letter of letters) {
      for (const [index, page] of letter.pdfJs.entries()) {
        const name = `${letter.name} page ${index + 1}`;
        const inStructure = structureOrderText(page);
        if (letter.model.direction === 'ltr') {
          // Left to right the order is the drawing order, which the readers above agree on.
          expect(words(inStructure), name).toEqual(words(page.taggedText));
        } else {
          expect(difference(tokens(inStructure), tokens(page.taggedText)), name).toEqual([]);
        }
        expect(words(page.taggedText).length, name).toBeGreaterThan(20);
      }
    }
  });

  it('reads lam-alef as one word in pdf.js, wherever it falls in an Arabic letter', () => {
    const arabic = letters.filter((letter) => letter.language === 'ar');
    expect(arabic.length).toBeGreaterThan(0);
    // The words holding the ligature (لا, لأ, لإ, لآ): in pdf.js as often as in the DOCX, none broken apart.
    // The letter's own text on both sides: the page header and footer, printed on each page, are not in
    // the DOCX body (word/document.xml) and are artifacts in the PDF.
    const withLamAlef = (text: string) => tokens(text).filter((token) => /ل[اأإآ]/u.test(token));
    for (const letter of arabic) {
      const docxWords = withLamAlef(docxParagraphs(docxPart(letter.docx, 'word/document.xml')).join('\n'));
      expect(docxWords.length, letter.name).toBeGreaterThan(10);
      const pdfJsWords = withLamAlef(letter.pdfJs.map((page) => page.taggedText).join('\n'));
      expect(difference(pdfJsWords, docxWords), letter.name).toEqual([]);
    }
  });

  it('reads in LibreOffice Writer the words the DOCX holds', () => {
    for (const letter of letters) {
      const writer = writerTexts.get(`${letter.name}.docx`);
      expect(writer, letter.name).toBeDefined();
      const xmlText = docxParagraphs(docxPart(letter.docx, 'word/document.xml')).join('\n');
      // Writer writes the list markers the DOCX keeps as numbering definitions.
      const markers = placeBlocks(letter.model.blocks).flatMap(({ block }) =>
        block.kind === 'list' ? block.items.map((_, index) => (block.ordered ? `${index + 1}.` : '•')) : [],
      );
      const docxWords = [...words(xmlText), ...markers];
      expect(docxWords.length, letter.name).toBeGreaterThan(200);
      expect(difference(words(writer!), docxWords), letter.name).toEqual([]);
    }
  });

  it('shows the DOCX in Noto where Noto is not installed: the fonts travel inside it', () => {
    expect([...fontsWithoutNoto.keys()].sort()).toEqual(['ar.docx', 'en.docx', 'fr.docx']);
    for (const [name, fonts] of fontsWithoutNoto) {
      expect(fonts, name).toContain('NotoSans-Regular');
      expect(fonts, name).toContain('NotoSans-Bold');
      if (name === 'ar.docx') expect(fonts, name).toContain('NotoNaskhArabic-Regular');
    }
  });

  it('is a tagged PDF: marked, a language, a structure tree, every text tagged, the emblem described', async () => {
    for (const letter of letters) {
      const doc = await PDFDocument.load(letter.pdf, { updateMetadata: false });
      const catalog = doc.catalog;
      const markInfo = catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
      expect(markInfo.get(PDFName.of('Marked'))?.toString(), letter.name).toBe('true');
      expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe(letter.language);
      expect(catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('ParentTree'))).toBeDefined();
      const metadata = catalog.lookup(PDFName.of('Metadata'));
      expect(metadata, letter.name).toBeInstanceOf(PDFRawStream);
      const xmp = Buffer.from((metadata as PDFRawStream).getContents()).toString('utf8');
      expect(xmp, letter.name).toContain('<pdfuaid:part>1</pdfuaid:part>');
      expect(doc.getPages().every((page) => page.node.get(PDFName.of('StructParents')) !== undefined)).toBe(true);

      // Every text pdf.js reads is either a structure element's content or an artifact.
      expect(
        letter.pdfJs.flatMap((page) => page.untagged),
        letter.name,
      ).toEqual([]);
      const roles = new Map<string, PdfJsStructureNode[]>();
      const visit = (node: PdfJsStructureNode) => {
        if (node.role) roles.set(node.role, [...(roles.get(node.role) ?? []), node]);
        for (const child of node.children ?? []) if ('role' in child || 'children' in child) visit(child);
      };
      for (const page of letter.pdfJs) visit(page.structure);
      for (const role of ['Document', 'P']) expect(roles.has(role), `${letter.name} ${role}`).toBe(true);
      for (const level of [1, 2] as const) {
        const heads = hasBlock(letter.model, (block) => block.kind === 'heading' && block.level === level);
        expect(roles.has(`H${level}`), `${letter.name} H${level}`).toBe(heads);
      }
      if (hasBlock(letter.model, (block) => block.kind === 'table')) {
        for (const role of ['Table', 'TR', 'TD']) expect(roles.has(role), `${letter.name} ${role}`).toBe(true);
      }
      if (hasBlock(letter.model, (block) => block.kind === 'list')) {
        for (const role of ['L', 'LI', 'Lbl', 'LBody']) expect(roles.has(role), `${letter.name} ${role}`).toBe(true);
      }
      if (hasBlock(letter.model, (block) => block.kind === 'letterhead' && block.logo !== null)) {
        const figures = roles.get('Figure') ?? [];
        expect(figures.length, letter.name).toBe(1);
        expect(figures[0]!.alt, letter.name).toMatch(/\S{4,}/u);
      }
    }
  });

  it('never leaves the closing words and the signature alone on a page: the last paragraph goes with them', () => {
    for (const letter of letters) {
      const shown = placeBlocks(letter.model.blocks).map(({ block }) => block);
      const signature = shown.findIndex((block) => block.kind === 'signature');
      expect(signature, letter.name).toBeGreaterThan(1);
      const last = shown[signature - 2]!;
      const lastWords = words(blockText(last)).slice(-3).join(' ');
      const name = shown[signature]!.kind === 'signature' ? (shown[signature] as { name: string }).name : '';
      if (letter.model.direction === 'ltr') {
        const pages = popplerPages(letter, 'raw').map((page) => words(page).join(' '));
        const signed = pages.findLastIndex((page) => page.includes(words(name).join(' ')));
        expect(signed, letter.name).toBeGreaterThanOrEqual(0);
        expect(pages[signed], `${letter.name}: "${lastWords}" on the page of the signature`).toContain(lastWords);
      } else {
        // pdftotext -raw reverses Arabic glyph runs: the words of the laid-out page, in any order.
        const pages = popplerPages(letter, 'layout').map(tokens);
        const signed = pages.findLastIndex((page) => tokens(name).every((token) => page.includes(token)));
        expect(signed, letter.name).toBeGreaterThanOrEqual(0);
        for (const token of tokens(blockText(last)).slice(-3)) expect(pages[signed], letter.name).toContain(token);
      }
    }
  });
});

/** Each page's text from one pdftotext run (it ends each page with a form feed). */
function popplerPages(letter: Rendered, mode: 'raw' | 'layout'): string[] {
  return pdfText(letter.pdf, undefined, mode).split('\f').slice(0, letter.pageCount);
}

function hasBlock(model: DocumentModel, test: (block: DocumentBlock) => boolean): boolean {
  return model.blocks.some(test);
}

/** A block's text as the letter shows it, for finding it on a page. */
function blockText(block: DocumentBlock): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return block.runs.map((run) => run.text).join('');
    case 'list':
      return (block.items[block.items.length - 1] ?? []).map((run) => run.text).join('');
    case 'table':
      return (block.rows[block.rows.length - 1] ?? []).flatMap((cell) => cell.map((run) => run.text)).join(' ');
    default:
      return '';
  }
}
