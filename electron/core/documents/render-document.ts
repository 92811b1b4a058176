import {
  pageTextParts,
  type DocumentBlock,
  type DocumentModel,
  type DocumentRun,
  type PageBand,
} from '../../../shared/documents/document-model.js';
import { documentWords } from '../../../shared/i18n/documents.js';
import { capitalStart } from './capital-start.js';
import { frenchSpacingBlock, frenchSpacingChrome } from './french-spacing.js';
import type { DocumentFonts } from './pdf/fonts.js';

/**
 * The two renderers of a letter. Both draw the same `DocumentModel`, normalised here first:
 * text is drawn literally, characters that cannot be drawn at all become a visible "�", and a
 * letter whose template forgot page numbers still says "Page X of Y".
 */

export interface RenderOptions {
  /** The letter's date: the files' creation date (the PDF is then the same bytes for the same letter). */
  createdAt?: Date;
  /** The Noto fonts; the shipped ones by default. */
  fonts?: DocumentFonts;
}

// The renderers (docx, pdf-lib, fontkit: megabytes of code) are imported by the first letter drawn,
// not when the core loads: a command line that renders nothing, or an app that has drawn no letter yet,
// does not pay for them.
const shippedFonts = async (): Promise<DocumentFonts> => (await import('./pdf/fonts.js')).loadDocumentFonts();

export async function renderDocx(model: DocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  const { renderDocxDocument } = await import('./docx/render-docx.js');
  return renderDocxDocument(normalizeDocument(model), {
    fonts: options.fonts ?? (await shippedFonts()),
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  });
}

export async function renderPdf(model: DocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  const { renderPdfDocument } = await import('./pdf/render-pdf.js');
  const bytes = await renderPdfDocument(normalizeDocument(model), {
    fonts: options.fonts ?? (await shippedFonts()),
    createdAt: options.createdAt,
  });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// Controls (but line breaks and tabs), C1 controls, lone surrogates and non-characters: none
// can be drawn, and XML 1.0 (DOCX) cannot even hold most of them.
const UNDRAWABLE = new RegExp(
  '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\ufffe\\uffff]' +
    '|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
);

export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNDRAWABLE, '\ufffd').normalize('NFC');
}

const runs = (list: readonly DocumentRun[]): DocumentRun[] =>
  list.map((run) => ({ ...run, text: normalizeText(run.text) }));
const band = (value: PageBand): PageBand => ({
  ...(value.left !== undefined ? { left: normalizeText(value.left) } : {}),
  ...(value.right !== undefined ? { right: normalizeText(value.right) } : {}),
});

function normalizeBlock(block: DocumentBlock): DocumentBlock {
  switch (block.kind) {
    case 'letterhead':
      return { ...block, lines: block.lines.map(normalizeText) };
    case 'heading':
    case 'paragraph':
      return { ...block, runs: runs(block.runs) };
    case 'list':
      return { ...block, items: block.items.map(runs) };
    case 'table':
      return {
        ...block,
        columns: block.columns.map((column) => ({ ...column, header: normalizeText(column.header) })),
        rows: block.rows.map((row) => row.map(runs)),
      };
    case 'signature':
      return {
        ...block,
        name: normalizeText(block.name),
        title: normalizeText(block.title),
        ...(block.place !== undefined ? { place: normalizeText(block.place) } : {}),
        ...(block.date !== undefined ? { date: normalizeText(block.date) } : {}),
      };
    case 'chart':
      return {
        ...block,
        title: normalizeText(block.title),
        summary: normalizeText(block.summary),
        categories: block.categories.map(normalizeText),
        series: block.series.map((series) => ({ ...series, name: normalizeText(series.name) })),
        ...(block.hiddenMark !== undefined ? { hiddenMark: normalizeText(block.hiddenMark) } : {}),
      };
    case 'spacer':
    case 'pageBreak':
      return block;
  }
}

const hasPageNumber = (value: PageBand): boolean =>
  [value.left, value.right].some(
    (text) => text !== undefined && pageTextParts(text).some((part) => part.kind === 'page'),
  );

/**
 * The model both renderers draw. A discreet letter loses its letterhead blocks here, once for both
 * renderers: neither the organisation's lines nor the emblem reach the page (document-model.ts v4).
 */
export function normalizeDocument(model: DocumentModel): DocumentModel {
  const header = band(model.header);
  let footer = band(model.footer);
  if (!hasPageNumber(header) && !hasPageNumber(footer)) {
    const label = documentWords(model.language).pageNumber;
    // Page numbers go at the end of the line: the right of a left-to-right letter, the left of an Arabic one.
    const [end, start] = model.direction === 'rtl' ? (['left', 'right'] as const) : (['right', 'left'] as const);
    if (!footer[end]) footer = { ...footer, [end]: label };
    else if (!footer[start]) footer = { ...footer, [start]: label };
    else footer = { ...footer, [end]: `${footer[end]}  ·  ${label}` };
  }
  const { letterheadFooter, ...rest } = model;
  const normalized = {
    ...rest,
    // An imported letterhead's footer says who sends the letter: a discreet letter has none either.
    ...(letterheadFooter && !model.discreet ? { letterheadFooter: letterheadFooter.map(normalizeText) } : {}),
    title: normalizeText(model.title),
    confidentialityMarking: normalizeText(model.confidentialityMarking),
    header,
    footer,
    blocks: model.blocks
      .filter((block) => !(model.discreet && block.kind === 'letterhead'))
      .map(normalizeBlock)
      .map((block) => capitalStart(block, model.language)),
  };
  // French typography where the letter is in French (french-spacing.ts), once for both renderers.
  if (model.language !== 'fr') return normalized;
  return { ...frenchSpacingChrome(normalized), blocks: normalized.blocks.map(frenchSpacingBlock) };
}
