import fontkit, { type Font } from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The faces a letter may use: Noto Sans for Latin (French accents, « », œ) in four styles, Noto
 * Naskh Arabic for Arabic (no italic exists: italic Arabic is drawn upright). OFL, shipped in
 * electron/core/documents/fonts/.
 */
export interface DocumentFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
  arabic: Uint8Array;
  arabicBold: Uint8Array;
}

export type FaceName = keyof DocumentFonts;

const FILES: Readonly<Record<FaceName, string>> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
  boldItalic: 'NotoSans-BoldItalic.ttf',
  arabic: 'NotoNaskhArabic-Regular.ttf',
  arabicBold: 'NotoNaskhArabic-Bold.ttf',
};

/** The PostScript family of each face, for the PDF font names. */
export const FACE_POSTSCRIPT: Readonly<Record<FaceName, string>> = {
  regular: 'NotoSans-Regular',
  bold: 'NotoSans-Bold',
  italic: 'NotoSans-Italic',
  boldItalic: 'NotoSans-BoldItalic',
  arabic: 'NotoNaskhArabic-Regular',
  arabicBold: 'NotoNaskhArabic-Bold',
};

/**
 * Where the fonts are: in documents/fonts/ of the source tree (tests), beside the main bundle
 * (dist/electron/fonts, copied by build/build.mjs), one level down from a bundle in dist/, or beside
 * it from the CLI's chunks (dist/cli/, whose document engine is loaded only by the commands that render).
 */
function documentFontsDir(moduleUrl: string = import.meta.url): string {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const candidates = [
    path.join(here, '..', 'fonts'),
    path.join(here, 'fonts'),
    path.join(here, 'electron', 'fonts'),
    path.join(here, '..', 'electron', 'fonts'),
  ];
  const found = candidates.find((dir) => existsSync(path.join(dir, FILES.regular)));
  if (!found) throw new Error('the document fonts are missing from this installation');
  return found;
}

let shipped: DocumentFonts | undefined;

/**
 * The shipped fonts, read once: from the source tree or from beside the bundle, or from `dir`
 * (a script bundled somewhere else).
 */
export function loadDocumentFonts(dir?: string): DocumentFonts {
  if (dir !== undefined) return readFonts(dir);
  shipped ??= readFonts(documentFontsDir());
  return shipped;
}

function readFonts(dir: string): DocumentFonts {
  const read = (face: FaceName) => new Uint8Array(readFileSync(path.join(dir, FILES[face])));
  return {
    regular: read('regular'),
    bold: read('bold'),
    italic: read('italic'),
    boldItalic: read('boldItalic'),
    arabic: read('arabic'),
    arabicBold: read('arabicBold'),
  };
}

const parsed = new WeakMap<Uint8Array, { font: Font; codePoints: ReadonlySet<number> }>();

function parse(bytes: Uint8Array): { font: Font; codePoints: ReadonlySet<number> } {
  let entry = parsed.get(bytes);
  if (!entry) {
    const font = fontkit.create(bytes);
    entry = { font, codePoints: new Set(font.characterSet) };
    parsed.set(bytes, entry);
  }
  return entry;
}

/**
 * A font file parsed once per process, whatever the number of letters: layout is synchronous and
 * each PDF takes its own subset, so one parsed font serves every document.
 */
export function parsedFont(bytes: Uint8Array): Font {
  return parse(bytes).font;
}

/** The code points a face has a glyph for. */
export function codePointsOf(bytes: Uint8Array): ReadonlySet<number> {
  return parse(bytes).codePoints;
}

/**
 * What pdf-lib registers as fontkit: a font parsed afresh for each document. Not the shared parse
 * above: fontkit keeps one glyph object per glyph id with the characters it was first made for,
 * and a glyph first made as a part of another (a subset resolving a composite glyph's parts)
 * keeps none. pdf-lib writes the text a reader extracts (ToUnicode) from those characters, so a
 * font shared across documents left some Arabic glyphs with no text, depending on which letters
 * came before (pdf.js and pdftotext then read "ول" for "ولا"). Measuring only reads advance widths
 * and keeps the shared parse.
 */
export const documentFontkit: Parameters<PDFDocument['registerFontkit']>[0] = {
  create: (bytes: Uint8Array) => fontkit.create(bytes),
};
