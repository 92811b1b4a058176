import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import type * as model from '../../../../shared/documents/document-model.js';
import * as layout from '../block-layout.js';
import { COLOR, TYPE } from '../letter-style.js';
import { docxChart } from './docx-chart.js';
import { docxRuns, type RunLook } from './docx-runs.js';
import { emblemImages } from './emblem-image.js';
import { logoAltText, logoSizePt } from '../letterhead-logo.js';

/** Twentieths of a point, Word's unit of length. */
export const twips = (points: number): number => Math.round(points * 20);

export const BULLET_LIST = 'casefile-bullet';
export const NUMBERED_LIST = 'casefile-number';

const ALIGNMENTS = {
  start: AlignmentType.START,
  center: AlignmentType.CENTER,
  end: AlignmentType.END,
  justify: AlignmentType.JUSTIFIED,
} as const;

const body = (extra: Partial<RunLook> = {}): RunLook => ({ size: TYPE.body, color: COLOR.ink, ...extra });
const border = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule } as const;

/**
 * The shipped emblem, described in the letter's language (`emblemAlt`), or the logo of a letterhead imported
 * from Word (its own bytes, PNG or JPEG).
 */
function letterheadImage(
  logo: NonNullable<model.LetterheadBlock['logo']>,
  lines: readonly string[],
  emblemAlt: string,
): ImageRun {
  if (logo === 'un_emblem') {
    const { svg, png } = emblemImages();
    const pixels = Math.round((TYPE.emblem * 96) / 72);
    return new ImageRun({
      type: 'svg',
      data: svg,
      fallback: { type: 'png', data: png },
      transformation: { width: pixels, height: pixels },
      altText: { name: 'Emblem', title: emblemAlt, description: emblemAlt },
    });
  }
  const size = logoSizePt(logo);
  const alt = logoAltText(lines);
  return new ImageRun({
    type: logo.mime === 'image/png' ? 'png' : 'jpg',
    data: Buffer.from(logo.base64, 'base64'),
    // Word sizes pictures in pixels at 96 per inch.
    transformation: { width: Math.round((size.width * 96) / 72), height: Math.round((size.height * 96) / 72) },
    altText: { name: 'Logo', title: alt, description: alt },
  });
}

/** The letter's blocks as Word paragraphs and tables. `contentWidth` in points. */
export class DocxBody {
  readonly #rtl: boolean;
  readonly #contentWidth: number;
  readonly #emblemAlt: string;
  #lists = 0;

  constructor(options: { rtl: boolean; contentWidth: number; emblemAlt: string }) {
    this.#rtl = options.rtl;
    this.#contentWidth = options.contentWidth;
    this.#emblemAlt = options.emblemAlt;
  }

  children(blocks: readonly model.DocumentBlock[]): FileChild[] {
    const children = layout
      .placeBlocks(blocks)
      .flatMap((placed) =>
        this.#block(placed.block, { pageBreakBefore: placed.breakBefore, keepNext: placed.keepWithNext }),
      );
    // An empty letter still has its one paragraph.
    return children.length > 0 ? children : [this.#paragraph([])];
  }

  #paragraph(
    runs: readonly model.DocumentRun[],
    options: {
      look?: RunLook;
      align?: model.ParagraphAlignment;
      pageBreakBefore?: boolean;
      keepNext?: boolean;
      keepLines?: boolean;
      spacingAfter?: number;
      spacingBefore?: number;
    } = {},
  ): Paragraph {
    return new Paragraph({
      children: docxRuns(runs, options.look ?? body(), this.#rtl),
      bidirectional: this.#rtl,
      ...(options.align && options.align !== 'start' ? { alignment: ALIGNMENTS[options.align] } : {}),
      ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
      ...(options.keepNext ? { keepNext: true } : {}),
      ...(options.keepLines ? { keepLines: true } : {}),
      spacing: {
        after: twips(options.spacingAfter ?? TYPE.paragraphAfter),
        ...(options.spacingBefore !== undefined ? { before: twips(options.spacingBefore) } : {}),
      },
    });
  }

  #block(block: layout.PlacedBlock['block'], flow: { pageBreakBefore: boolean; keepNext: boolean }): FileChild[] {
    switch (block.kind) {
      case 'letterhead':
        return this.#letterhead(block, flow.pageBreakBefore);
      case 'heading':
        return [
          new Paragraph({
            heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            children: docxRuns(
              block.runs,
              body({ size: block.level === 1 ? TYPE.heading1 : TYPE.heading2, bold: true }),
              this.#rtl,
            ),
            bidirectional: this.#rtl,
            keepNext: true,
            keepLines: true,
            ...(flow.pageBreakBefore ? { pageBreakBefore: true } : {}),
          }),
        ];
      case 'paragraph':
        return [this.#paragraph(block.runs, { align: block.align ?? 'start', ...flow })];
      case 'list':
        return this.#list(block, flow);
      case 'table':
        return this.#table(block, flow.pageBreakBefore);
      case 'signature':
        return this.#signature(block, flow.pageBreakBefore);
      case 'chart':
        // The title as the chart's caption, on the chart's page; the chart itself one drawing.
        return [
          this.#paragraph([{ text: block.title }], {
            look: body({ size: TYPE.table, bold: true }),
            pageBreakBefore: flow.pageBreakBefore,
            keepNext: true,
            spacingAfter: 3,
          }),
          docxChart(block, this.#contentWidth),
        ];
      case 'spacer':
        return [this.#paragraph([], { ...flow, spacingAfter: 0 })];
    }
  }

  #letterhead(block: model.LetterheadBlock, pageBreakBefore: boolean): Paragraph[] {
    const paragraphs: Paragraph[] = [];
    if (block.logo !== null) {
      paragraphs.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { after: twips(6) },
          ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
          children: [letterheadImage(block.logo, block.lines, this.#emblemAlt)],
        }),
      );
    }
    block.lines.forEach((line, index) => {
      const last = index === block.lines.length - 1;
      paragraphs.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          bidirectional: this.#rtl,
          keepNext: !last,
          spacing: { after: last ? twips(16) : 0 },
          ...(last ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.muted, space: 6 } } } : {}),
          ...(pageBreakBefore && index === 0 && block.logo === null ? { pageBreakBefore: true } : {}),
          children: docxRuns(
            [{ text: line }],
            index === 0
              ? body({ size: TYPE.letterhead, bold: true })
              : body({ size: TYPE.letterheadLine, color: COLOR.muted }),
            this.#rtl,
          ),
        }),
      );
    });
    return paragraphs;
  }

  #list(block: model.ListBlock, flow: { pageBreakBefore: boolean; keepNext: boolean }): Paragraph[] {
    // Every ordered list is an instance of its own, so that each starts again at 1.
    const instance = ++this.#lists;
    return block.items.map((runs, index) => {
      const last = index === block.items.length - 1;
      return new Paragraph({
        children: docxRuns(runs, body(), this.#rtl),
        bidirectional: this.#rtl,
        numbering: { reference: block.ordered ? NUMBERED_LIST : BULLET_LIST, level: 0, instance },
        spacing: { after: twips(last ? TYPE.paragraphAfter : TYPE.listItemAfter) },
        ...(index === 0 && flow.pageBreakBefore ? { pageBreakBefore: true } : {}),
        ...(last && flow.keepNext ? { keepNext: true } : {}),
      });
    });
  }

  #table(block: model.TableBlock, pageBreakBefore: boolean): FileChild[] {
    const widths = layout.columnWidths(block, this.#contentWidth).map(twips);
    // Word keeps a row on the page of the next one when its paragraphs keep with the next.
    const cell = (runs: readonly model.DocumentRun[], index: number, header: boolean, keepNext = false) =>
      new TableCell({
        width: { size: widths[index]!, type: WidthType.DXA },
        margins: {
          top: twips(TYPE.cellPaddingY),
          bottom: twips(TYPE.cellPaddingY),
          left: twips(TYPE.cellPaddingX),
          right: twips(TYPE.cellPaddingX),
        },
        ...(header ? { shading: { type: ShadingType.CLEAR, fill: COLOR.shade, color: 'auto' } } : {}),
        children: [
          new Paragraph({
            children: docxRuns(runs, body({ size: TYPE.table, bold: header }), this.#rtl),
            bidirectional: this.#rtl,
            spacing: { after: 0 },
            ...(keepNext ? { keepNext: true } : {}),
          }),
        ],
      });
    const table = new Table({
      width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      visuallyRightToLeft: this.#rtl,
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows: [
        ...(layout.hasHeaderRow(block)
          ? [
              new TableRow({
                tableHeader: true,
                cantSplit: true,
                children: layout.headerCells(block).map((runs, index) => cell(runs, index, true)),
              }),
            ]
          : []),
        ...block.rows.map((row, rowIndex) => {
          const keepNext = block.keepTogether === true && rowIndex < block.rows.length - 1;
          return new TableRow({
            cantSplit: true,
            children: layout.rowCells(block, row).map((runs, index) => cell(runs, index, false, keepNext)),
          });
        }),
      ],
    });
    // Word needs a paragraph between a table and what follows; it also spaces the table off.
    const before = pageBreakBefore ? [this.#paragraph([], { pageBreakBefore: true, spacingAfter: 0 })] : [];
    return [...before, table, this.#paragraph([], { spacingAfter: 0 })];
  }

  #signature(block: model.SignatureBlock, pageBreakBefore: boolean): Paragraph[] {
    const keep = { keepNext: true, keepLines: true };
    const lines: Paragraph[] = [];
    const first = (): { spacingBefore?: number; pageBreakBefore?: boolean } =>
      lines.length === 0
        ? { spacingBefore: TYPE.signatureBefore, ...(pageBreakBefore ? { pageBreakBefore: true } : {}) }
        : {};
    for (const line of layout.signatureLines(block))
      lines.push(this.#paragraph([{ text: line }], { ...keep, ...first(), spacingAfter: 0 }));
    const ruleWidth = layout.signatureRuleWidth(this.#contentWidth);
    // The signature line: an empty paragraph as wide as the rule, with a bottom border; the space above is for the
    // signature.
    lines.push(
      new Paragraph({
        bidirectional: this.#rtl,
        keepNext: true,
        indent: { end: twips(this.#contentWidth - ruleWidth) },
        spacing: {
          before: twips(TYPE.signatureSpace + (lines.length === 0 ? TYPE.signatureBefore : 0)),
          after: twips(3),
        },
        border: { bottom: { style: BorderStyle.SINGLE, size: 5, color: COLOR.ink, space: 1 } },
        ...(lines.length === 0 && pageBreakBefore ? { pageBreakBefore: true } : {}),
        children: [],
      }),
    );
    lines.push(this.#paragraph([{ text: block.name }], { ...keep, look: body({ bold: true }), spacingAfter: 0 }));
    lines.push(this.#paragraph([{ text: block.title }], { keepLines: true }));
    return lines;
  }
}
