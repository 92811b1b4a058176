import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { ReportFonts } from './custody-report-fonts.js';

/**
 * A small flowing-text engine over pdf-lib: A4 pages, text wrapped at word boundaries (long
 * words such as hashes break anywhere), lines that move to the next page as they fill it,
 * blocks kept together when they fit on one page, and the header and footer drawn once the
 * page count is known ("Page X of Y"). Arabic runs use Noto Naskh Arabic (fontkit shapes them);
 * everything else Noto Sans.
 */

export const A4: [number, number] = [595.28, 841.89];
const MARGIN_X = 56;
const MARGIN_TOP = 74;
const MARGIN_BOTTOM = 64;
export const CONTENT_WIDTH = A4[0] - 2 * MARGIN_X;

export type Weight = 'regular' | 'bold' | 'italic';

export interface TextStyle {
  weight: Weight;
  size: number;
  color: RGB;
}

export const INK = rgb(0.11, 0.12, 0.14);
export const MUTED = rgb(0.4, 0.42, 0.46);
export const ALERT = rgb(0.7, 0.09, 0.09);
export const RULE = rgb(0.78, 0.8, 0.83);

interface Faces {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  arabic: PDFFont;
  arabicBold: PDFFont;
}

/** One line of the flow: its height, and how to draw it with its top at `top`. */
export interface FlowLine {
  height: number;
  draw(page: PDFPage, top: number): void;
  /** Spacing (a gap, a separator) left out where it would open a page. */
  collapsible?: boolean;
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
// Controls would reach the PDF as missing glyphs; tabs and line ends are spacing here.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

export class TextFlow {
  readonly #doc: PDFDocument;
  readonly #faces: Faces;
  readonly #pages: PDFPage[] = [];
  #page: PDFPage | undefined;
  #top = 0;

  private constructor(doc: PDFDocument, faces: Faces) {
    this.#doc = doc;
    this.#faces = faces;
  }

  static async create(fonts: ReportFonts, meta: { title: string; subject: string; creator: string; at: Date }): Promise<TextFlow> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const embed = (bytes: Uint8Array) => doc.embedFont(bytes, { subset: true });
    const faces: Faces = {
      regular: await embed(fonts.regular),
      bold: await embed(fonts.bold),
      italic: await embed(fonts.italic),
      arabic: await embed(fonts.arabic),
      arabicBold: await embed(fonts.arabicBold),
    };
    doc.setTitle(meta.title);
    doc.setSubject(meta.subject);
    doc.setCreator(meta.creator);
    doc.setProducer(meta.creator);
    doc.setCreationDate(meta.at);
    doc.setModificationDate(meta.at);
    return new TextFlow(doc, faces);
  }

  get bodyHeight(): number {
    return A4[1] - MARGIN_TOP - MARGIN_BOTTOM;
  }

  /** Splits text into runs of one script each, with the face that draws it. */
  runs(text: string, weight: Weight): { text: string; font: PDFFont }[] {
    const latin = this.#faces[weight];
    const arabic = weight === 'bold' ? this.#faces.arabicBold : this.#faces.arabic;
    const runs: { text: string; font: PDFFont }[] = [];
    for (const char of text) {
      // Spaces and digits stay in the run they are in: they read the same in both scripts.
      const font = ARABIC.test(char) ? arabic : /[\s\d.,:;()-]/.test(char) && runs.length > 0 ? runs[runs.length - 1]!.font : latin;
      const last = runs[runs.length - 1];
      if (last && last.font === font) last.text += char;
      else runs.push({ text: char, font });
    }
    return runs;
  }

  width(text: string, style: Pick<TextStyle, 'weight' | 'size'>): number {
    return this.runs(text, style.weight).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, style.size), 0);
  }

  /** The text as lines no wider than `width`: paragraphs kept, words never split unless longer than a line. */
  wrap(text: string, style: Pick<TextStyle, 'weight' | 'size'>, width: number): string[] {
    const lines: string[] = [];
    const space = this.width(' ', style);
    for (const paragraph of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROLS, '').split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(' ').filter((part) => part !== '')) {
        const wordWidth = this.width(word, style);
        if (line !== '' && lineWidth + space + wordWidth <= width) {
          line += ` ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line !== '') lines.push(line);
        if (wordWidth <= width) {
          line = word;
          lineWidth = wordWidth;
          continue;
        }
        // A word wider than the line (a hash, a path): broken between characters.
        line = '';
        lineWidth = 0;
        for (const char of word) {
          const charWidth = this.width(char, style);
          if (line !== '' && lineWidth + charWidth > width) {
            lines.push(line);
            line = '';
            lineWidth = 0;
          }
          line += char;
          lineWidth += charWidth;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Draws one line of text (already wrapped) at a baseline. */
  drawText(page: PDFPage, text: string, x: number, baseline: number, style: TextStyle): void {
    let at = x;
    for (const run of this.runs(text, style.weight)) {
      page.drawText(run.text, { x: at, y: baseline, size: style.size, font: run.font, color: style.color });
      at += run.font.widthOfTextAtSize(run.text, style.size);
    }
  }

  lineHeight(style: Pick<TextStyle, 'size'>): number {
    return style.size * 1.38;
  }

  /** Wrapped text as flow lines, starting `indent` points in. */
  textLines(text: string, style: TextStyle, options: { indent?: number; width?: number } = {}): FlowLine[] {
    const indent = options.indent ?? 0;
    const width = options.width ?? CONTENT_WIDTH - indent;
    const height = this.lineHeight(style);
    return this.wrap(text, style, width).map((line) => ({
      height,
      draw: (page, top) => this.drawText(page, line, MARGIN_X + indent, top - style.size, style),
    }));
  }

  /** A label in a column on the left and its wrapped value beside it. */
  fieldLines(label: string, value: string, labelStyle: TextStyle, valueStyle: TextStyle, options: { indent?: number; labelWidth?: number } = {}): FlowLine[] {
    const indent = options.indent ?? 0;
    const labelWidth = options.labelWidth ?? 128;
    const valueWidth = CONTENT_WIDTH - indent - labelWidth;
    const height = Math.max(this.lineHeight(labelStyle), this.lineHeight(valueStyle));
    const labels = this.wrap(label, labelStyle, labelWidth - 10);
    const values = this.wrap(value, valueStyle, valueWidth);
    return Array.from({ length: Math.max(labels.length, values.length) }, (_, index) => ({
      height,
      draw: (page: PDFPage, top: number) => {
        const labelLine = labels[index];
        const valueLine = values[index];
        if (labelLine) this.drawText(page, labelLine, MARGIN_X + indent, top - labelStyle.size - 0.5, labelStyle);
        if (valueLine) this.drawText(page, valueLine, MARGIN_X + indent + labelWidth, top - valueStyle.size, valueStyle);
      },
    }));
  }

  gap(height: number): FlowLine {
    return { height, draw: () => undefined, collapsible: true };
  }

  rule(options: { color?: RGB; thickness?: number; indent?: number } = {}): FlowLine {
    return {
      height: 8,
      collapsible: true,
      draw: (page, top) =>
        page.drawLine({
          start: { x: MARGIN_X + (options.indent ?? 0), y: top - 4 },
          end: { x: A4[0] - MARGIN_X, y: top - 4 },
          thickness: options.thickness ?? 0.6,
          color: options.color ?? RULE,
        }),
    };
  }

  /**
   * Places lines, moving to a new page when one does not fit. `keepTogether`: the whole block
   * starts on a new page rather than split, when it fits on one; `keepWithNext` lines (a heading)
   * never end a page alone.
   */
  place(lines: readonly FlowLine[], options: { keepTogether?: boolean; keepWithNext?: number } = {}): void {
    const total = lines.reduce((sum, line) => sum + line.height, 0);
    if (options.keepTogether && total <= this.bodyHeight) this.#ensure(total);
    const keep = options.keepWithNext ?? 0;
    lines.forEach((line, index) => {
      const withNext = index < keep ? lines.slice(index, keep + 1).reduce((sum, next) => sum + next.height, 0) : line.height;
      this.#ensure(Math.min(withNext, this.bodyHeight));
      if (line.collapsible && this.#atPageTop()) return;
      line.draw(this.#currentPage(), this.#top);
      this.#top -= line.height;
    });
  }

  /** Draws the header and footer of every page, then returns the document's bytes. */
  async finish(chrome: (page: PDFPage, pageNumber: number, pageCount: number) => void): Promise<Uint8Array> {
    this.#currentPage();
    this.#pages.forEach((page, index) => chrome(page, index + 1, this.#pages.length));
    return this.#doc.save();
  }

  /** Where the header and footer go on a page. */
  static readonly chromeFrame = { left: MARGIN_X, right: A4[0] - MARGIN_X, headerBaseline: A4[1] - 40, footerBaseline: 34 };

  #currentPage(): PDFPage {
    if (!this.#page) this.#newPage();
    return this.#page as PDFPage;
  }

  #newPage(): void {
    this.#page = this.#doc.addPage(A4);
    this.#pages.push(this.#page);
    this.#top = A4[1] - MARGIN_TOP;
  }

  #atPageTop(): boolean {
    return this.#top >= A4[1] - MARGIN_TOP;
  }

  #ensure(height: number): void {
    if (!this.#page || (this.#top - height < MARGIN_BOTTOM - 0.01 && !this.#atPageTop())) this.#newPage();
  }
}
