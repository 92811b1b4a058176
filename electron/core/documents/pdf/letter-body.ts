import { rgb, type PDFPage } from 'pdf-lib';
import type * as model from '../../../../shared/documents/document-model.js';
import * as layout from '../block-layout.js';
import { COLOR, TYPE } from '../letter-style.js';
import { chartFigure } from './chart-figure.js';
import { EMBLEM_BOX, EMBLEM_COLOR, emblemPath } from './emblem.js';
import { hex } from './pdf-colour.js';
import { logoAltText, logoSizePt } from '../letterhead-logo.js';
import type { EmbeddedLogos } from './letterhead-logos.js';
import type { FlowItem } from './page-flow.js';
import type { StructureElement, TaggedContent } from './structure.js';
import type { TextLine, TextStyle, Typesetter } from './typesetter.js';

const INK = hex(COLOR.ink);
export const MUTED = hex(COLOR.muted);
export const RULE = hex(COLOR.rule);
export const MARKING = hex(COLOR.marking);
const SHADE = hex(COLOR.shade);

/** Where the body goes across the page. */
export interface BodyColumn {
  left: number;
  width: number;
  rtl: boolean;
}

/** How the body is tagged: the structure it adds to, and the emblem's alternate text. */
export interface BodyTagging {
  tags: TaggedContent;
  /** The emblem's description, in the letter's language. */
  emblemAlt: string;
  /** The tallest item a page holds: a table row up to this height never splits. */
  pageBodyHeight: number;
  /** The pictures of imported letterheads, embedded before the pages are drawn. */
  logos?: EmbeddedLogos;
}

const body = (size: number = TYPE.body, extra: Partial<TextStyle> = {}): TextStyle => ({ size, color: INK, ...extra });

export class LetterBody {
  readonly #type: Typesetter;
  readonly #column: BodyColumn;
  readonly #tagging: BodyTagging;

  constructor(typesetter: Typesetter, column: BodyColumn, tagging: BodyTagging) {
    this.#type = typesetter;
    this.#column = column;
    this.#tagging = tagging;
  }

  get #tags(): TaggedContent {
    return this.#tagging.tags;
  }

  /** A new element of the letter's structure, in reading order. */
  #element(type: Parameters<StructureElement['child']>[0], parent = this.#tags.root): StructureElement {
    return parent.child(type);
  }

  /** Every block as flow items, in order, with the rules that keep things together. */
  items(blocks: readonly model.DocumentBlock[]): FlowItem[] {
    return layout.placeBlocks(blocks).flatMap(({ block, first, breakBefore, keepWithNext }) => {
      const own = this.#block(block, first);
      if (breakBefore) own[0] = { ...own[0]!, breakBefore: true };
      if (keepWithNext) {
        const last = own.map((item) => !item.collapsible).lastIndexOf(true);
        for (let i = Math.max(0, last); i < own.length; i++) own[i] = { ...own[i]!, keepWithNext: true };
      }
      return own;
    });
  }

  #block(block: layout.PlacedBlock['block'], first: boolean): FlowItem[] {
    switch (block.kind) {
      case 'letterhead':
        return this.#letterhead(block);
      case 'heading': {
        const one = block.level === 1;
        const style = body(one ? TYPE.heading1 : TYPE.heading2, { bold: true });
        const lines = this.#textItems(block.runs, style, 'start', this.#element(one ? 'H1' : 'H2'));
        const before = first ? [] : [gap(one ? TYPE.heading1Before : TYPE.heading2Before)];
        return [...before, ...lines, gap(one ? TYPE.heading1After : TYPE.heading2After)].map((item) => ({
          ...item,
          keepWithNext: true,
        }));
      }
      case 'paragraph':
        return [
          ...orphanControl(this.#textItems(block.runs, body(), block.align ?? 'start', this.#element('P'))),
          gap(TYPE.paragraphAfter),
        ];
      case 'list':
        return this.#list(block);
      case 'table':
        return this.#table(block);
      case 'signature':
        return this.#signature(block);
      case 'chart':
        return this.#chart(block);
      case 'spacer':
        return [gap(this.#type.metrics(TYPE.body, this.#column.rtl).height)];
    }
  }

  /** Wrapped runs as one item per line, across the column or a part of it, each line content of `element`. */
  #textItems(
    runs: readonly model.DocumentRun[],
    style: TextStyle,
    align: model.ParagraphAlignment,
    element: StructureElement,
    inset: { start?: number; end?: number } = {},
  ): FlowItem[] {
    const { left, width, rtl } = this.#column;
    const start = inset.start ?? 0;
    const end = inset.end ?? 0;
    const box = { x: left + (rtl ? end : start), width: width - start - end };
    return this.#type.lines(runs, style, box.width, rtl).map((line) => ({
      height: line.height,
      draw: (page: PDFPage, top: number) =>
        this.#tags.mark(page, element, () => this.#type.draw(page, line, { ...box, top }, style, align, rtl)),
    }));
  }

  /** A line drawn for the eye only (a rule under the letterhead, the signature line): an artifact. */
  #rule(from: number, to: number, thickness: number, color = RULE): FlowItem {
    return {
      height: 1,
      draw: (page, top) =>
        this.#tags.artifact(page, 'Layout', () =>
          page.drawLine({ start: { x: from, y: top - 0.5 }, end: { x: to, y: top - 0.5 }, thickness, color }),
        ),
    };
  }

  #letterhead(block: model.LetterheadBlock): FlowItem[] {
    const { left, width } = this.#column;
    const items: FlowItem[] = [];
    if (block.logo === 'un_emblem') {
      const size = TYPE.emblem;
      const figure = this.#tags.root.child('Figure', { alt: this.#tagging.emblemAlt });
      items.push({
        height: size + 6,
        draw: (page, top) => {
          const x = left + (width - size) / 2;
          figure.bbox = [x, top - size, x + size, top];
          this.#tags.mark(page, figure, () =>
            page.drawSvgPath(emblemPath(), {
              x,
              y: top,
              scale: size / EMBLEM_BOX,
              color: rgb(EMBLEM_COLOR.r / 255, EMBLEM_COLOR.g / 255, EMBLEM_COLOR.b / 255),
            }),
          );
        },
      });
    } else if (block.logo !== null) {
      items.push(this.#importedLogo(block.logo, block.lines));
    }
    block.lines.forEach((line, index) => {
      const style = index === 0 ? body(TYPE.letterhead, { bold: true }) : body(TYPE.letterheadLine, { color: MUTED });
      items.push(...this.#textItems([{ text: line }], style, 'center', this.#element('P')));
    });
    items.push(gap(4), this.#rule(left, left + width, 0.8, MUTED), gap(12));
    return items.map((item, index) => (index < items.length - 1 ? { ...item, keepWithNext: true } : item));
  }

  /** The logo of a letterhead imported from Word, centred, its proportions kept. */
  #importedLogo(logo: model.LetterheadLogo, lines: readonly string[]): FlowItem {
    const { left, width } = this.#column;
    const size = logoSizePt(logo);
    const figure = this.#tags.root.child('Figure', { alt: logoAltText(lines) });
    return {
      height: size.height + 6,
      draw: (page, top) => {
        const x = left + (width - size.width) / 2;
        figure.bbox = [x, top - size.height, x + size.width, top];
        const image = this.#tagging.logos?.get(logo);
        if (image === undefined) throw new Error('a letterhead logo needs the embedded logos');
        this.#tags.mark(page, figure, () =>
          page.drawImage(image, { x, y: top - size.height, width: size.width, height: size.height }),
        );
      },
    };
  }

  #list(block: model.ListBlock): FlowItem[] {
    const { left, width, rtl } = this.#column;
    const style = body();
    const items: FlowItem[] = [];
    const markerWidth = TYPE.listIndent - TYPE.listMarkerGap;
    const list = this.#element('L');
    block.items.forEach((runs, index) => {
      const item = list.child('LI');
      const label = item.child('Lbl');
      const marker = this.#type.lines(
        [{ text: block.ordered ? `${index + 1}.` : '\u2022' }],
        style,
        markerWidth,
        rtl,
      )[0]!;
      const markerBox = { x: rtl ? left + width - markerWidth : left, width: markerWidth };
      const lines = this.#textItems(runs, style, 'start', item.child('LBody'), { start: TYPE.listIndent });
      lines[0] = withMarker(lines[0]!, (page, top) =>
        this.#tags.mark(page, label, () => this.#type.draw(page, marker, { ...markerBox, top }, style, 'end', rtl)),
      );
      items.push(
        ...orphanControl(lines),
        gap(index === block.items.length - 1 ? TYPE.paragraphAfter : TYPE.listItemAfter),
      );
    });
    return items;
  }

  #table(block: model.TableBlock): FlowItem[] {
    const { left, width, rtl } = this.#column;
    const widths = layout.columnWidths(block, width);
    // Column i's left edge: columns run from the left, or from the right in a right-to-left letter.
    const edges: number[] = [];
    let x = rtl ? left + width : left;
    for (const columnWidth of widths) {
      if (rtl) x -= columnWidth;
      edges.push(x);
      if (!rtl) x += columnWidth;
    }
    const table = this.#element('Table');
    const geometry = { widths, edges };
    const headerRow = layout.hasHeaderRow(block)
      ? this.#tableRow(layout.headerCells(block), table.child('TR'), {
          ...geometry,
          style: body(TYPE.table, { bold: true }),
          header: true,
        })
      : undefined;
    const rows = block.rows.map((cells) =>
      this.#tableRow(layout.rowCells(block, cells), table.child('TR'), {
        ...geometry,
        style: body(TYPE.table),
        header: false,
      }),
    );
    const headerItems = (headerRow?.items ?? []).map((item, index, all) => ({
      ...item,
      keepWithNext: index < all.length - 1 || rows.length > 0,
    }));
    // On a page the table continues on, the header row is drawn again, as an artifact: it is read once.
    const repeated = (headerRow?.repeat ?? []).map((item) => ({ ...item, keepWithNext: true }));
    // Kept together: no page may end inside the table (a table taller than a page still flows).
    const together = (rowIndex: number, band: number) =>
      block.keepTogether === true && (rowIndex < rows.length - 1 || band < rows[rowIndex]!.items.length - 1);
    const rowItems = rows.flatMap((row, rowIndex) =>
      row.items.map((item, band) => {
        const kept = together(rowIndex, band) ? { ...item, keepWithNext: true } : item;
        return repeated.length > 0 ? { ...kept, repeatAtPageTop: repeated } : kept;
      }),
    );
    return [...headerItems, ...rowItems, gap(TYPE.paragraphAfter + 2)];
  }

  /**
   * A row as one item, so that it never breaks across pages; each cell is drawn whole, one after
   * the other in reading order, so that a reader takes a wrapped cell's lines together. Only a
   * row taller than a page is cut into bands of one line, each band cell by cell.
   */
  #tableRow(
    cells: readonly (readonly model.DocumentRun[])[],
    row: StructureElement,
    look: { widths: number[]; edges: number[]; style: TextStyle; header: boolean },
  ): { items: FlowItem[]; repeat: FlowItem[] } {
    const { rtl } = this.#column;
    const { widths, edges, style, header } = look;
    const pad = TYPE.cellPaddingX;
    const cellLines: TextLine[][] = cells.map((runs, index) =>
      this.#type.lines(runs, style, Math.max(1, widths[index]! - 2 * pad), rtl),
    );
    const elements = cells.map(() => row.child(header ? 'TH' : 'TD', header ? { scope: 'Column' } : {}));
    const bands = Math.max(...cellLines.map((lines) => lines.length));
    const lineHeight = Math.max(...cellLines.flat().map((line) => line.height));
    const rowLeft = Math.min(...edges);
    const rowRight = Math.max(...edges.map((edge, index) => edge + widths[index]!));
    const heightOf = (from: number, to: number) =>
      lineHeight * (to - from) + (from === 0 ? TYPE.cellPaddingY : 0) + (to === bands ? TYPE.cellPaddingY : 0);

    /** Bands [from, to) with their top at `top`; `artifact`: the header drawn again on a later page. */
    const drawBands = (page: PDFPage, top: number, from: number, to: number, artifact: boolean) => {
      const height = heightOf(from, to);
      const bottom = top - height;
      this.#tags.artifact(page, 'Layout', () => {
        if (header) page.drawRectangle({ x: rowLeft, y: bottom, width: rowRight - rowLeft, height, color: SHADE });
        const border = { thickness: 0.5, color: RULE };
        for (const edge of [...edges, rowRight])
          page.drawLine({ start: { x: edge, y: top }, end: { x: edge, y: bottom }, ...border });
        if (from === 0) page.drawLine({ start: { x: rowLeft, y: top }, end: { x: rowRight, y: top }, ...border });
        if (to === bands)
          page.drawLine({ start: { x: rowLeft, y: bottom }, end: { x: rowRight, y: bottom }, ...border });
      });
      const textTop = top - (from === 0 ? TYPE.cellPaddingY : 0);
      cellLines.forEach((lines, index) => {
        const box = { x: edges[index]! + pad, width: widths[index]! - 2 * pad };
        const drawLines = () =>
          lines.slice(from, to).forEach((line, offset) => {
            this.#type.draw(page, line, { ...box, top: textTop - offset * lineHeight }, style, 'start', rtl);
          });
        if (lines.slice(from, to).length === 0) return;
        if (artifact) this.#tags.artifact(page, 'Pagination', drawLines);
        else this.#tags.mark(page, elements[index]!, drawLines);
      });
    };

    const whole = (artifact: boolean): FlowItem => ({
      height: heightOf(0, bands),
      draw: (page, top) => drawBands(page, top, 0, bands, artifact),
    });
    if (heightOf(0, bands) <= this.#tagging.pageBodyHeight) return { items: [whole(false)], repeat: [whole(true)] };
    const banded = (artifact: boolean): FlowItem[] =>
      Array.from({ length: bands }, (_, band) => ({
        height: heightOf(band, band + 1),
        keepWithNext: band < bands - 1,
        draw: (page: PDFPage, top: number) => drawBands(page, top, band, band + 1, artifact),
      }));
    return { items: banded(false), repeat: banded(true) };
  }

  /**
   * A chart: its title as a caption, then the drawing, one item that never splits across pages,
   * tagged as a figure whose alternate text is the chart's summary sentence.
   */
  #chart(block: model.ChartBlock): FlowItem[] {
    const caption = this.#textItems(
      [{ text: block.title }],
      body(TYPE.table, { bold: true }),
      'start',
      this.#element('P'),
    );
    const figure = this.#tags.root.child('Figure', { alt: block.summary });
    const drawing = chartFigure(this.#type, this.#column, block, (page, bbox, draw) => {
      figure.bbox = bbox;
      this.#tags.mark(page, figure, draw);
    });
    return [...caption.map((item) => ({ ...item, keepWithNext: true })), drawing, gap(TYPE.paragraphAfter + 2)];
  }

  #signature(block: model.SignatureBlock): FlowItem[] {
    const { left, width, rtl } = this.#column;
    const items: FlowItem[] = [gap(TYPE.signatureBefore)];
    for (const line of layout.signatureLines(block))
      items.push(...this.#textItems([{ text: line }], body(), 'start', this.#element('P')));
    const ruleWidth = layout.signatureRuleWidth(width);
    const ruleStart = rtl ? left + width - ruleWidth : left;
    items.push(
      { height: TYPE.signatureSpace, draw: () => undefined },
      this.#rule(ruleStart, ruleStart + ruleWidth, 0.6, INK),
      gap(2),
    );
    items.push(
      ...this.#textItems([{ text: block.name }], body(TYPE.body, { bold: true }), 'start', this.#element('P')),
    );
    items.push(...this.#textItems([{ text: block.title }], body(), 'start', this.#element('P')));
    return [...items.map((item) => ({ ...item, keepWithNext: true })), gap(TYPE.paragraphAfter)];
  }
}

function gap(height: number): FlowItem {
  return { height, collapsible: true, draw: () => undefined };
}

function withMarker(item: FlowItem, marker: (page: PDFPage, top: number) => void): FlowItem {
  return {
    ...item,
    draw: (page, top) => {
      marker(page, top);
      item.draw(page, top);
    },
  };
}

/** No paragraph leaves a single line at the foot or the head of a page. */
function orphanControl(lines: FlowItem[]): FlowItem[] {
  if (lines.length < 2) return lines;
  return lines.map((line, index) =>
    index === 0 || index === lines.length - 2 ? { ...line, keepWithNext: true } : line,
  );
}
