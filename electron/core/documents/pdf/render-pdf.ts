import { createHash } from 'node:crypto';
import { PDFDocument, PDFName, ReadingDirection, type PDFFont } from 'pdf-lib';
import { nudgeZeroWidths } from './glyph-widths.js';
import { TaggedContent } from './structure.js';
import { pdfUaMetadata } from './xmp.js';
import { documentWords } from '../../../../shared/i18n/documents.js';
import { PAGE_DIMENSIONS_PT, type DocumentModel } from '../../../../shared/documents/document-model.js';
import { documentFontkit, FACE_POSTSCRIPT, type DocumentFonts, type FaceName } from './fonts.js';
import { LetterBody, type BodyColumn } from './letter-body.js';
import { TYPE } from '../letter-style.js';
import { pageChrome } from './page-chrome.js';
import { EmbeddedLogos } from './letterhead-logos.js';
import { planPages } from './page-flow.js';
import { Typesetter } from './typesetter.js';

export interface PdfOptions {
  fonts: DocumentFonts;
  /** The letter's date, written as the PDF's creation date (absent: no date, same bytes each time). */
  createdAt?: Date;
}

/**
 * A letter as PDF: layout first (measured with the fonts, nothing drawn), then only the faces
 * that drew something are embedded as subsets, then every page is drawn with its header and
 * footer ("Page X of Y" is known by then).
 */
export async function renderPdfDocument(model: DocumentModel, options: PdfOptions): Promise<Uint8Array> {
  const size = PAGE_DIMENSIONS_PT[model.pageSize];
  const rtl = model.direction === 'rtl';
  const column: BodyColumn = { left: TYPE.marginX, width: size.width - 2 * TYPE.marginX, rtl };
  const type = new Typesetter(options.fonts);

  const chrome = pageChrome(type, size, column, {
    marking: model.confidentialityMarking,
    header: model.header,
    footer: model.footer,
    ...(model.letterheadFooter ? { letterheadFooter: model.letterheadFooter } : {}),
  });
  const tags = new TaggedContent();
  const logos = new EmbeddedLogos();
  const items = new LetterBody(type, column, {
    tags,
    logos,
    emblemAlt: documentWords(model.language).emblemAlt,
    pageBodyHeight: chrome.bodyTop - chrome.bodyBottom,
  }).items(model.blocks);
  const { placements, pageCount } = planPages({ top: chrome.bodyTop, bottom: chrome.bodyBottom }, items);

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(documentFontkit);
  await logos.embed(doc, model.blocks);
  const tag = subsetTag(model);
  const embedded: Partial<Record<FaceName, PDFFont>> = {};
  for (const face of [...type.used].sort()) {
    // A fixed subset name (tag derived from the content, as PDF asks of subsets) keeps the output reproducible.
    embedded[face] = await doc.embedFont(options.fonts[face], {
      subset: true,
      customName: `${tag(face)}+${FACE_POSTSCRIPT[face]}`,
    });
  }
  type.attach(embedded);

  const pages = Array.from({ length: pageCount }, () => doc.addPage([size.width, size.height]));
  for (const { item, page, top } of placements) item.draw(pages[page]!, top);
  // The marking, header and footer repeat on every page: artifacts, not read as part of the letter.
  pages.forEach((page, index) => tags.artifact(page, 'Pagination', () => chrome.draw(page, index + 1, pageCount)));
  tags.write(doc, pages);
  for (const font of Object.values(embedded)) {
    await font.embed();
    nudgeZeroWidths(doc, font);
  }

  doc.setTitle(model.title, { showInWindowTitleBar: true });
  doc.setLanguage(LANGUAGE_TAGS[model.language]);
  doc.setCreator('Casefile');
  doc.setProducer('Casefile');
  if (options.createdAt) {
    doc.setCreationDate(options.createdAt);
    doc.setModificationDate(options.createdAt);
  }
  if (rtl) doc.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
  const metadata = pdfUaMetadata({
    title: model.title,
    language: LANGUAGE_TAGS[model.language],
    tool: 'Casefile',
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  });
  doc.catalog.set(
    PDFName.of('Metadata'),
    // UTF-8 bytes: pdf-lib would write a string's characters as single bytes.
    doc.context.register(doc.context.stream(Buffer.from(metadata, 'utf8'), { Type: 'Metadata', Subtype: 'XML' })),
  );
  return doc.save({ useObjectStreams: true });
}

const LANGUAGE_TAGS: Readonly<Record<DocumentModel['language'], string>> = {
  en: 'en',
  fr: 'fr',
  ar: 'ar',
  es: 'es',
};

/** Six capital letters per face, the same for the same letter. */
function subsetTag(model: DocumentModel): (face: FaceName) => string {
  const digest = createHash('sha256').update(JSON.stringify(model)).digest();
  return (face) => {
    const bytes = createHash('sha256').update(digest).update(face).digest();
    return Array.from(bytes.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
  };
}
