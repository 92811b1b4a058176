import {
  AlignmentType,
  BorderStyle,
  CharacterSet,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageOrientation,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ILevelsOptions,
} from 'docx';
import {
  PAGE_DIMENSIONS_PT,
  type DocumentLanguage,
  type DocumentModel,
  type PageBand,
} from '../../../../shared/documents/document-model.js';
import { documentWords } from '../../../../shared/i18n/documents.js';
import { COLOR, TYPE } from '../letter-style.js';
import type { DocumentFonts } from '../pdf/fonts.js';
import { BULLET_LIST, DocxBody, NUMBERED_LIST, twips } from './docx-blocks.js';
import { ARABIC_FONT, docxRuns, FONTS, halfPoints, LATIN_FONT, pageTextRuns, type RunLook } from './docx-runs.js';

export interface DocxOptions {
  /** The letter's date, as the document's creation date (absent: none is written). */
  createdAt?: Date;
  /** The Noto faces, embedded in the document so that it looks the same where Noto is not installed. */
  fonts: DocumentFonts;
}

/** Page geometry in points, matching the PDF's: body below a two-line header, above a one-line footer. */
const PAGE = { top: 72, bottom: 60, header: 26, footer: 22 } as const;

const emptyParagraph = () =>
  new Paragraph({ spacing: { after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] });

const xmlText = (value: string): string => value.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * docProps/core.xml written here rather than by `docx`, which stamps it with the time of writing:
 * the letter's own date instead (or none), and its language.
 */
function coreProperties(model: DocumentModel, createdAt: Date | undefined): string {
  const date = createdAt ? createdAt.toISOString() : undefined;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties ' +
      'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
      'xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:dcmitype="http://purl.org/dc/dcmitype/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(model.title)}</dc:title>`,
    '<dc:creator>Casefile</dc:creator>',
    '<cp:lastModifiedBy>Casefile</cp:lastModifiedBy>',
    `<dc:language>${LANGUAGE_TAGS[model.language]}</dc:language>`,
    '<cp:revision>1</cp:revision>',
    ...(date
      ? [
          `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>`,
          `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`,
        ]
      : []),
    '</cp:coreProperties>',
  ].join('');
}

const ARABIC_TEXT = /\p{Script_Extensions=Arabic}/u;

/**
 * The faces the letter draws with, embedded whole (Word and LibreOffice keep only whole TrueType
 * files; OFL allows it): Noto Sans regular and bold always, its italics where a run is italic,
 * Noto Naskh Arabic where the letter holds Arabic. Word shows them without Noto installed.
 */
function embeddedFonts(model: DocumentModel, fonts: DocumentFonts) {
  const bytes = (face: keyof DocumentFonts) => Buffer.from(fonts[face]);
  const text = JSON.stringify(model.blocks) + model.title + model.confidentialityMarking + JSON.stringify(model.header);
  const italic = model.blocks.some((block) => JSON.stringify(block).includes('"italic":true'));
  return [
    {
      name: LATIN_FONT,
      data: bytes('regular'),
      bold: bytes('bold'),
      ...(italic ? { italic: bytes('italic'), boldItalic: bytes('boldItalic') } : {}),
      characterSet: CharacterSet.ANSI,
    },
    ...(ARABIC_TEXT.test(text + JSON.stringify(model.footer))
      ? [{ name: ARABIC_FONT, data: bytes('arabic'), bold: bytes('arabicBold'), characterSet: CharacterSet.ARABIC }]
      : []),
  ];
}

const LANGUAGE_TAGS: Readonly<Record<DocumentLanguage, string>> = {
  en: 'en-GB',
  fr: 'fr-FR',
  ar: 'ar-SA',
  es: 'es-ES',
};

/** The one level of a list: its marker hangs in the indent; a bullet always comes from Noto Sans, even in Arabic. */
const listLevel = (format: ILevelsOptions['format'], text: string): ILevelsOptions => ({
  level: 0,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: {
    paragraph: { indent: { left: twips(TYPE.listIndent), hanging: twips(TYPE.listIndent - TYPE.listMarkerGap / 2) } },
    run: { font: format === LevelFormat.BULLET ? { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT } : FONTS },
  },
});

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/**
 * The header or footer band: a borderless table of two cells, so that "left" and "right" stay
 * the sides of the page in an Arabic letter too, while each cell's text (and its page fields)
 * is laid out in the letter's own direction.
 */
function band(
  value: PageBand,
  look: RunLook,
  contentWidth: number,
  rtl: boolean,
  edge: 'top' | 'bottom',
): Table | null {
  if (!value.left && !value.right) return null;
  const half = twips(contentWidth / 2);
  const line = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule } as const;
  const cell = (text: string | undefined, side: 'left' | 'right') =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      margins: { top: edge === 'top' ? twips(3) : 0, bottom: edge === 'bottom' ? twips(3) : 0, left: 0, right: 0 },
      children: [
        new Paragraph({
          bidirectional: rtl,
          // The side of the page, as start or end of the cell's own direction.
          alignment: (side === 'right') !== rtl ? AlignmentType.END : AlignmentType.START,
          spacing: { after: 0 },
          children: text ? pageTextRuns(text, look, rtl) : [],
        }),
      ],
    });
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    borders: {
      top: edge === 'top' ? line : NO_BORDER,
      bottom: edge === 'bottom' ? line : NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    // A right-to-left table lists its cells from the right: said explicitly, since readers differ in what they assume.
    visuallyRightToLeft: rtl,
    rows: [
      new TableRow({
        children: rtl
          ? [cell(value.right, 'right'), cell(value.left, 'left')]
          : [cell(value.left, 'left'), cell(value.right, 'right')],
      }),
    ],
  });
}

/** A heading level's style (bold, its size, the space around it), kept on the page of what it heads. */
function headingStyle(size: number, before: number, after: number) {
  return {
    run: { font: FONTS, size: halfPoints(size), bold: true, color: COLOR.ink },
    paragraph: { spacing: { before: twips(before), after: twips(after) }, keepNext: true, keepLines: true },
  };
}

export async function renderDocxDocument(model: DocumentModel, options: DocxOptions): Promise<Buffer> {
  const size = PAGE_DIMENSIONS_PT[model.pageSize];
  const rtl = model.direction === 'rtl';
  const contentWidth = size.width - 2 * TYPE.marginX;
  const bandLook: RunLook = { size: TYPE.band, color: COLOR.muted };

  const headerChildren: (Paragraph | Table)[] = [];
  if (model.confidentialityMarking.trim() !== '') {
    headerChildren.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: twips(1) },
        children: docxRuns(
          [{ text: model.confidentialityMarking }],
          { size: TYPE.marking, color: COLOR.marking, bold: true },
          rtl,
        ),
      }),
    );
  }
  const headerBand = band(model.header, bandLook, contentWidth, rtl, 'bottom');
  if (headerBand) headerChildren.push(headerBand);
  const footerBand = band(model.footer, bandLook, contentWidth, rtl, 'top');
  // An imported letterhead's footer lines (document-model.ts v5), centred under the band.
  const letterheadFooter = (model.letterheadFooter ?? []).map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        bidirectional: rtl,
        spacing: { after: 0 },
        children: docxRuns([{ text: line }], bandLook, rtl),
      }),
  );

  const doc = new Document({
    fonts: embeddedFonts(model, options.fonts),
    // Title, author and dates: docProps/core.xml, written below.
    styles: {
      default: {
        document: {
          run: {
            font: FONTS,
            size: halfPoints(TYPE.body),
            color: COLOR.ink,
            language: { value: LANGUAGE_TAGS[model.language], bidirectional: LANGUAGE_TAGS.ar },
          },
          paragraph: { spacing: { line: 252, lineRule: LineRuleType.AUTO } },
        },
        heading1: headingStyle(TYPE.heading1, TYPE.heading1Before, TYPE.heading1After),
        heading2: headingStyle(TYPE.heading2, TYPE.heading2Before, TYPE.heading2After),
      },
    },
    numbering: {
      config: [
        { reference: BULLET_LIST, levels: [listLevel(LevelFormat.BULLET, '\u2022')] },
        { reference: NUMBERED_LIST, levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(size.width), height: twips(size.height), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: twips(PAGE.top),
              bottom: twips(PAGE.bottom),
              left: twips(TYPE.marginX),
              right: twips(TYPE.marginX),
              header: twips(PAGE.header),
              footer: twips(PAGE.footer),
            },
          },
        },
        // A header or footer part must end with a paragraph (a table may not come last).
        headers: {
          default: new Header({
            children: [...headerChildren, ...(headerBand || headerChildren.length === 0 ? [emptyParagraph()] : [])],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              ...(footerBand ? [footerBand] : []),
              ...(letterheadFooter.length > 0 ? letterheadFooter : [emptyParagraph()]),
            ],
          }),
        },
        children: new DocxBody({ rtl, contentWidth, emblemAlt: documentWords(model.language).emblemAlt }).children(
          model.blocks,
        ),
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(model, options.createdAt) }]);
}
