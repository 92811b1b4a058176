import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { isLaidOutRightToLeft, mirrored, paragraphLevels, visualOrder } from './bidi.js';
import { codePointsOf, parsedFont, type DocumentFonts, type FaceName } from './fonts.js';

/**
 * Text to lines and lines to glyphs: each character gets a face (by style, script and what the
 * fonts cover), a bidi level, and a width measured with the font; lines are filled greedily at
 * spaces (a word longer than the line breaks between characters) and drawn item by item in
 * visual order. Arabic items are shaped by fontkit when pdf-lib draws them.
 */

export interface TextRunInput {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface TextStyle {
  size: number;
  color: RGB;
  /** Every run bold (headings, table headers) or italic, whatever the run says. */
  bold?: boolean;
  italic?: boolean;
}

export type Alignment = 'start' | 'center' | 'end' | 'justify';

/** One piece of a line: characters of one face, one bidi level, all spaces or none. */
interface LineItem {
  text: string;
  face: FaceName;
  level: number;
  space: boolean;
  width: number;
}

export interface TextLine {
  items: LineItem[];
  width: number;
  height: number;
  /** Baseline below the top of the line. */
  ascent: number;
  /** The last line of a paragraph (or before a line break): never justified. */
  last: boolean;
}

interface Glyph {
  char: string;
  face: FaceName;
  level: number;
  space: boolean;
}

/** Arabic script (and the punctuation it shares, such as ، ؟ and tatweel) prefers the Naskh face. */
const ARABIC_TEXT = /\p{Script_Extensions=Arabic}/u;
const NEUTRAL = /[\s\p{P}\p{S}\p{N}]/u;
const INVISIBLE = /\p{Cf}/u;
const ISOLATE_MARK = /[\u2066-\u2069]/u;
const BREAKABLE_SPACE = /^[ \u2000-\u200a\u205f\u3000]$/u;
const REPLACEMENT = '\ufffd';
const MAX_JUSTIFY_STRETCH = 0.75;
const STICKS_TO_PREVIOUS = /^[»›:;!?%]$/u;
const STICKS_TO_NEXT = /^[«‹]$/u;

/** Naskh is drawn a little larger than Noto Sans at the same nominal size, as word processors do for Arabic. */
export const ARABIC_SCALE = 1.12;

const LINE = { latin: { height: 1.42, ascent: 0.98 }, arabic: { height: 1.72, ascent: 1.16 } };

const latinFace = (bold: boolean, italic: boolean): FaceName =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
const arabicFace = (bold: boolean): FaceName => (bold ? 'arabicBold' : 'arabic');
const isArabicFace = (face: FaceName): boolean => face === 'arabic' || face === 'arabicBold';

export class Typesetter {
  readonly #fonts: DocumentFonts;
  readonly #embedded: Partial<Record<FaceName, PDFFont>> = {};
  readonly #widths = new Map<string, number>();
  /** The faces that drew at least one glyph: only these are embedded. */
  readonly used = new Set<FaceName>();

  constructor(fonts: DocumentFonts) {
    this.#fonts = fonts;
  }

  /** The embedded fonts to draw with, once layout has said which faces are needed. */
  attach(embedded: Partial<Record<FaceName, PDFFont>>): void {
    Object.assign(this.#embedded, embedded);
  }

  fontSize(face: FaceName, size: number): number {
    return isArabicFace(face) ? size * ARABIC_SCALE : size;
  }

  /** The width of text in one face (cached: letters repeat the same words). */
  measure(text: string, face: FaceName, size: number): number {
    const key = `${face}\u0000${text}`;
    let units = this.#widths.get(key);
    if (units === undefined) {
      // As pdf-lib measures: the advances of the glyphs fontkit lays out (shaped, kerned).
      const font = parsedFont(this.#fonts[face]);
      units = 0;
      for (const glyph of font.layout(text).glyphs) units += glyph.advanceWidth;
      units = (units * 1000) / font.unitsPerEm;
      this.#widths.set(key, units);
    }
    return (units * this.fontSize(face, size)) / 1000;
  }

  /** Line height and baseline of a line of text at `size`, in the script it holds. */
  metrics(size: number, arabic: boolean): { height: number; ascent: number } {
    const line = arabic ? LINE.arabic : LINE.latin;
    return { height: size * line.height, ascent: size * line.ascent };
  }

  /** Runs wrapped to `width`, in the paragraph direction `rtl`. Always at least one line. */
  lines(runs: readonly TextRunInput[], style: TextStyle, width: number, rtl: boolean): TextLine[] {
    const lines: TextLine[] = [];
    for (const paragraph of this.#glyphs(runs, style, rtl)) lines.push(...this.#wrap(paragraph, style.size, width));
    return lines;
  }

  /** Draws a line with its top at `top`, in a box `width` wide starting at `x`. */
  draw(
    page: PDFPage,
    line: TextLine,
    box: { x: number; width: number; top: number },
    style: TextStyle,
    align: Alignment,
    rtl: boolean,
  ): void {
    const spaces = line.items.filter((item) => item.space).length;
    const stretch = spaces > 0 ? (box.width - line.width) / spaces : 0;
    // A line that would need gaps wider than a few spaces (before a long unbreakable word) is left ragged.
    const justify =
      align === 'justify' && !line.last && spaces > 0 && stretch > 0 && stretch <= style.size * MAX_JUSTIFY_STRETCH;
    const extra = justify ? stretch : 0;
    const slack = Math.max(0, box.width - line.width);
    const physical =
      align === 'justify' || align === 'start'
        ? rtl
          ? 'right'
          : 'left'
        : align === 'end'
          ? rtl
            ? 'left'
            : 'right'
          : 'center';
    let x = box.x + (justify ? 0 : physical === 'right' ? slack : physical === 'center' ? slack / 2 : 0);
    const baseline = box.top - line.ascent;
    for (const index of visualOrder(line.items.map((item) => item.level))) {
      const item = line.items[index]!;
      // Spaces are drawn too: text extraction reads them, where a gap alone between scripts is lost.
      page.drawText(glyphOrder(item), {
        x,
        y: baseline,
        size: this.fontSize(item.face, style.size),
        font: this.#font(item.face),
        color: style.color,
      });
      x += item.width + (item.space ? extra : 0);
    }
  }

  #font(face: FaceName): PDFFont {
    const font = this.#embedded[face];
    if (!font) throw new Error(`the ${face} face was not embedded`);
    return font;
  }

  #covers(face: FaceName, codePoint: number): boolean {
    return codePointsOf(this.#fonts[face]).has(codePoint);
  }

  /** One list of glyphs per paragraph (runs split at line breaks), with faces and bidi levels. */
  #glyphs(runs: readonly TextRunInput[], style: TextStyle, rtl: boolean): Glyph[][] {
    const paragraphs: { char: string; bold: boolean; italic: boolean }[][] = [[]];
    for (const run of runs) {
      const bold = style.bold === true || run.bold === true;
      const italic = style.italic === true || run.italic === true;
      for (const char of run.text) {
        if (char === '\n') paragraphs.push([]);
        else paragraphs[paragraphs.length - 1]!.push({ char: char === '\t' ? ' ' : char, bold, italic });
      }
    }
    return paragraphs.map((chars) => {
      const levels = paragraphLevels(
        chars.map((c) => c.char),
        rtl,
      );
      const glyphs: Glyph[] = [];
      // A paragraph without Arabic (a Latin address line in an Arabic letter) starts in the Latin face.
      const arabicStart = rtl && chars.some(({ char }) => ARABIC_TEXT.test(char));
      let previous: FaceName | undefined;
      chars.forEach(({ char, bold, italic }, index) => {
        // Spaces, digits and punctuation continue the script before them (at the start: the letter's).
        // Isolate marks only steer the order: they are never drawn.
        if (ISOLATE_MARK.test(char)) return;
        const face = this.#faceFor(char, bold, italic, previous === undefined ? arabicStart : isArabicFace(previous));
        if (face === null) {
          // Invisible format characters (direction marks, joiners) the fonts lack are left out.
          if (INVISIBLE.test(char)) return;
          glyphs.push({
            char: REPLACEMENT,
            face: this.#replacementFace(bold, italic),
            level: levels[index]!,
            space: false,
          });
          previous = undefined;
          return;
        }
        // A no-break space (French spacing before ":" or inside « ») stays with its word: never stretched.
        glyphs.push({ char, face, level: levels[index]!, space: BREAKABLE_SPACE.test(char) });
        previous = face;
      });
      return glyphs;
    });
  }

  #faceFor(char: string, bold: boolean, italic: boolean, arabicContext: boolean): FaceName | null {
    const codePoint = char.codePointAt(0)!;
    const latin = latinFace(bold, italic);
    const arabic = arabicFace(bold);
    if (ARABIC_TEXT.test(char) && this.#covers(arabic, codePoint)) return arabic;
    if (arabicContext && NEUTRAL.test(char) && this.#covers(arabic, codePoint)) return arabic;
    if (this.#covers(latin, codePoint)) return latin;
    if (this.#covers(arabic, codePoint)) return arabic;
    if (this.#covers('regular', codePoint)) return 'regular';
    return null;
  }

  #replacementFace(bold: boolean, italic: boolean): FaceName {
    const latin = latinFace(bold, italic);
    return this.#covers(latin, REPLACEMENT.codePointAt(0)!) ? latin : 'regular';
  }

  #rangeWidth(glyphs: readonly Glyph[], start: number, end: number, size: number): number {
    let width = 0;
    let from = start;
    for (let i = start + 1; i <= end; i++) {
      if (i === end || glyphs[i]!.face !== glyphs[from]!.face) {
        width += this.measure(text(glyphs, from, i), glyphs[from]!.face, size);
        from = i;
      }
    }
    return width;
  }

  #wrap(glyphs: Glyph[], size: number, width: number): TextLine[] {
    const ranges: [number, number][] = [];
    // French spacing: no line break just inside « » or before : ; ! ? (the space belongs to the mark).
    const breakable = (i: number) =>
      BREAKABLE_SPACE.test(glyphs[i]!.char) &&
      !STICKS_TO_PREVIOUS.test(glyphs[i + 1]?.char ?? '') &&
      !STICKS_TO_NEXT.test(glyphs[i - 1]?.char ?? '');
    let lineStart = 0;
    let lineEnd = 0; // end of the last word on the line (trailing spaces excluded)
    let lineWidth = 0;
    let i = 0;
    while (i < glyphs.length) {
      if (breakable(i)) {
        i++;
        continue;
      }
      let wordEnd = i;
      while (wordEnd < glyphs.length && !breakable(wordEnd)) wordEnd++;
      const before = lineEnd > lineStart ? this.#rangeWidth(glyphs, lineEnd, i, size) : 0;
      const wordWidth = this.#rangeWidth(glyphs, i, wordEnd, size);
      if (lineEnd > lineStart && lineWidth + before + wordWidth > width) {
        ranges.push([lineStart, lineEnd]);
        lineStart = i;
        lineEnd = i;
        lineWidth = 0;
      }
      if (lineEnd === lineStart && wordWidth > width) {
        // A word wider than the line (a hash, a long reference): broken between characters.
        let from = i;
        let pieceWidth = 0;
        for (let k = i; k < wordEnd; k++) {
          const charWidth = this.measure(glyphs[k]!.char, glyphs[k]!.face, size);
          if (k > from && pieceWidth + charWidth > width) {
            ranges.push([from, k]);
            from = k;
            pieceWidth = 0;
          }
          pieceWidth += charWidth;
        }
        lineStart = from;
        lineEnd = wordEnd;
        lineWidth = pieceWidth;
      } else {
        if (lineEnd === lineStart) lineStart = i;
        lineWidth += (lineEnd > lineStart ? before : 0) + wordWidth;
        lineEnd = wordEnd;
      }
      i = wordEnd;
    }
    ranges.push([lineStart, lineEnd]);
    return ranges.map(([start, end], index) => this.#line(glyphs, start, end, size, index === ranges.length - 1));
  }

  #line(glyphs: readonly Glyph[], start: number, end: number, size: number, last: boolean): TextLine {
    const items: LineItem[] = [];
    let from = start;
    for (let i = start + 1; i <= end; i++) {
      const a = glyphs[from]!;
      const b = glyphs[i];
      if (b && b.face === a.face && b.level === a.level && b.space === a.space) continue;
      const itemText = text(glyphs, from, i);
      items.push({
        text: itemText,
        face: a.face,
        level: a.level,
        space: a.space,
        width: this.measure(itemText, a.face, size),
      });
      this.used.add(a.face);
      from = i;
    }
    const arabic = items.some((item) => isArabicFace(item.face));
    const { height, ascent } = this.metrics(size, arabic);
    return { items, width: items.reduce((sum, item) => sum + item.width, 0), height, ascent, last };
  }
}

function text(glyphs: readonly Glyph[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += glyphs[i]!.char;
  return out;
}

/**
 * The string to hand to pdf-lib so the glyphs come out in visual order: fontkit already reverses
 * what it lays out as Arabic, so only the rest is reversed here; right-to-left brackets mirror.
 */
function glyphOrder(item: LineItem): string {
  const rtl = item.level % 2 === 1;
  const chars = Array.from(item.text, (char) => (rtl ? mirrored(char) : char));
  const reversedByFontkit = isLaidOutRightToLeft(item.text);
  return (rtl !== reversedByFontkit ? chars.reverse() : chars).join('');
}
