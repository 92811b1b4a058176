import type { PDFPage } from 'pdf-lib';
import { formatPageText, type PageBand } from '../../../../shared/documents/document-model.js';
import { MARKING, MUTED, RULE, type BodyColumn } from './letter-body.js';
import { TYPE } from '../letter-style.js';
import type { Alignment, TextLine, TextStyle, Typesetter } from './typesetter.js';

/** What repeats on every page: the confidentiality marking, the header and footer bands. */
export interface PageChrome {
  /** Where the body may go, below the header and above the footer. */
  bodyTop: number;
  bodyBottom: number;
  draw(page: PDFPage, pageNumber: number, pageCount: number): void;
}

const MARK_STYLE: TextStyle = { size: TYPE.marking, color: MARKING, bold: true };
const BAND_STYLE: TextStyle = { size: TYPE.band, color: MUTED };
const FROM_TOP = 26;
const FROM_BOTTOM = 24;
const SIDE_GAP = 18;
const BODY_GAP = 18;
/** Page numbers as wide as they may get, to size the bands before the page count is known. */
const WIDEST = 888;

interface BandSide {
  text: string;
  x: number;
  width: number;
  align: Alignment;
}

export function pageChrome(
  type: Typesetter,
  page: { width: number; height: number },
  column: BodyColumn,
  content: { marking: string; header: PageBand; footer: PageBand; letterheadFooter?: readonly string[] },
): PageChrome {
  const { rtl } = column;
  // Bands are laid out by physical side: "left" is the left whatever the writing direction.
  const onLeft: Alignment = rtl ? 'end' : 'start';
  const onRight: Alignment = rtl ? 'start' : 'end';
  const naturalWidth = (text: string) =>
    Math.max(
      ...type
        .lines([{ text: formatPageText(text, WIDEST, WIDEST) }], BAND_STYLE, Number.MAX_SAFE_INTEGER, rtl)
        .map((line) => line.width),
    );
  // Each side as wide as its text when both fit on one line; else the shorter keeps its width (up to half).
  const sides = (band: PageBand): BandSide[] => {
    const available = band.left && band.right ? column.width - SIDE_GAP : column.width;
    let leftWidth = band.left ? column.width : 0;
    let rightWidth = band.right ? column.width : 0;
    if (band.left && band.right) {
      const left = naturalWidth(band.left);
      const right = naturalWidth(band.right);
      const half = available / 2;
      if (left + right <= available) [leftWidth, rightWidth] = [available - right, right];
      else if (left < half) [leftWidth, rightWidth] = [left, available - left];
      else if (right < half) [leftWidth, rightWidth] = [available - right, right];
      else [leftWidth, rightWidth] = [half, half];
    }
    const out: BandSide[] = [];
    if (band.left) out.push({ text: band.left, x: column.left, width: leftWidth, align: onLeft });
    if (band.right)
      out.push({ text: band.right, x: column.left + column.width - rightWidth, width: rightWidth, align: onRight });
    return out;
  };
  const linesOf = (side: BandSide, pageNumber: number, pageCount: number): TextLine[] =>
    type.lines([{ text: formatPageText(side.text, pageNumber, pageCount) }], BAND_STYLE, side.width, rtl);
  const height = (lines: readonly TextLine[]) => lines.reduce((sum, line) => sum + line.height, 0);
  const bandHeight = (band: BandSide[]) => Math.max(0, ...band.map((side) => height(linesOf(side, WIDEST, WIDEST))));
  const drawBand = (target: PDFPage, band: BandSide[], top: number, pageNumber: number, pageCount: number) => {
    for (const side of band) {
      let lineTop = top;
      for (const line of linesOf(side, pageNumber, pageCount)) {
        type.draw(target, line, { x: side.x, width: side.width, top: lineTop }, BAND_STYLE, side.align, rtl);
        lineTop -= line.height;
      }
    }
  };

  const marking =
    content.marking.trim() === '' ? [] : type.lines([{ text: content.marking }], MARK_STYLE, column.width, rtl);
  const header = sides(content.header);
  const footer = sides(content.footer);

  const markingTop = page.height - FROM_TOP;
  const headerTop = markingTop - height(marking) - (marking.length > 0 ? 1 : 0);
  const headerRule = headerTop - bandHeight(header) - 3;
  // An imported letterhead's footer lines (document-model.ts v5), centred at the very foot, under the band.
  const officeLines = (content.letterheadFooter ?? []).flatMap((text) =>
    type.lines([{ text }], BAND_STYLE, column.width, rtl),
  );
  const officeTop = FROM_BOTTOM + height(officeLines);
  const footerHeight = bandHeight(footer);
  const footerTop = officeTop + (officeLines.length > 0 && footer.length > 0 ? 2 : 0) + footerHeight;
  const footerRule = footerTop + 4;

  const line = (target: PDFPage, y: number) =>
    target.drawLine({
      start: { x: column.left, y },
      end: { x: column.left + column.width, y },
      thickness: 0.5,
      color: RULE,
    });

  return {
    bodyTop: headerRule - BODY_GAP,
    bodyBottom: footerRule + BODY_GAP,
    draw(target, pageNumber, pageCount) {
      let top = markingTop;
      for (const markingLine of marking) {
        type.draw(target, markingLine, { x: column.left, width: column.width, top }, MARK_STYLE, 'center', rtl);
        top -= markingLine.height;
      }
      drawBand(target, header, headerTop, pageNumber, pageCount);
      line(target, headerRule);
      if (footer.length > 0 || officeLines.length > 0) line(target, footerRule);
      if (footer.length > 0) drawBand(target, footer, footerTop, pageNumber, pageCount);
      let officeLineTop = officeTop;
      for (const officeLine of officeLines) {
        type.draw(
          target,
          officeLine,
          { x: column.left, width: column.width, top: officeLineTop },
          BAND_STYLE,
          'center',
          rtl,
        );
        officeLineTop -= officeLine.height;
      }
    },
  };
}
