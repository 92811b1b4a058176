import { PageNumber, Tab, TextRun } from 'docx';
import { pageTextParts, type DocumentRun } from '../../../../shared/documents/document-model.js';
import { ARABIC_SCALE } from '../pdf/typesetter.js';

/**
 * Runs for Word. Arabic is written in runs marked right-to-left (`w:rtl`), which Word lays out
 * with the complex-script font and size; Latin stays in plain runs. A neutral stretch (spaces,
 * digits, punctuation) goes with the direction around it, or with the paragraph's.
 */

export const LATIN_FONT = 'Noto Sans';
export const ARABIC_FONT = 'Noto Naskh Arabic';
export const FONTS = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: LATIN_FONT, cs: ARABIC_FONT } as const;
/** For the marks Noto Naskh Arabic lacks: Noto Sans in every script slot, the complex one too. */
const MARK_FONTS = { ...FONTS, cs: LATIN_FONT } as const;

/**
 * Punctuation and symbols Noto Naskh Arabic has no glyph for ("(", ")", "/", "-", "—", "%"…), outside
 * letters, marks, spaces and format characters. Word and Writer draw a neutral character after Arabic
 * letters of the same paragraph with the run's complex-script font: in a paragraph that holds Arabic,
 * such a mark gets a run of its own whose complex-script font is Noto Sans, or Writer takes a system
 * font for it. The characters Naskh has: ! , . 0-9 : « » and the spaces, hyphens and joiners of
 * U+200B–U+2011.
 */
const NOT_IN_ARABIC_FONT =
  /[^\p{L}\p{M}\p{Script_Extensions=Arabic}\s\p{Cf}!,.0-9:\u00ab\u00bb\u200b-\u2011\u204f\u25cc\u2e41]/u;

export interface RunLook {
  /** Points. */
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
}

/** Half-points, as Word counts type sizes; Arabic a little larger, as in the PDF. */
export const halfPoints = (points: number): number => Math.round(points * 2);
const complexHalfPoints = (points: number): number => Math.round(points * ARABIC_SCALE * 2);

const ARABIC = /\p{Script_Extensions=Arabic}/u;
const LETTER = /\p{L}/u;

type Piece = { text: string; rtl: boolean };

/** Splits text into stretches of one direction (neutrals as in the bidi rule N1). */
function directionPieces(text: string, rtlParagraph: boolean): Piece[] {
  const chars = Array.from(text);
  const paragraph = rtlParagraph ? 'R' : 'L';
  const kinds = chars.map((char) => (ARABIC.test(char) ? 'R' : LETTER.test(char) ? 'L' : 'N'));
  const before: string[] = [];
  let strong = paragraph;
  for (const kind of kinds) {
    before.push(strong);
    if (kind !== 'N') strong = kind;
  }
  const resolved: boolean[] = new Array<boolean>(chars.length);
  strong = paragraph;
  for (let i = chars.length - 1; i >= 0; i--) {
    const kind = kinds[i]!;
    resolved[i] = kind !== 'N' ? kind === 'R' : (before[i] === strong ? before[i] : paragraph) === 'R';
    if (kind !== 'N') strong = kind;
  }
  const pieces: Piece[] = [];
  chars.forEach((char, index) => {
    const rtl = resolved[index]!;
    const last = pieces[pieces.length - 1];
    if (last && last.rtl === rtl) last.text += char;
    else pieces.push({ text: char, rtl });
  });
  return pieces;
}

function runOptions(look: RunLook, bold: boolean, italic: boolean, rtl: boolean, marks = false) {
  return {
    font: marks ? MARK_FONTS : FONTS,
    size: halfPoints(look.size),
    sizeComplexScript: complexHalfPoints(look.size),
    color: look.color,
    bold,
    boldComplexScript: bold,
    italics: italic,
    italicsComplexScript: italic,
    ...(rtl ? { rightToLeft: true } : {}),
  };
}

/** Text with line breaks (`\n`) and tabs as Word's own breaks and tabs. */
function textRuns(text: string, options: ReturnType<typeof runOptions>): TextRun[] {
  const runs: TextRun[] = [];
  text.split('\n').forEach((line, lineIndex) => {
    const children: (string | Tab)[] = [];
    line.split('\t').forEach((part, partIndex) => {
      if (partIndex > 0) children.push(new Tab());
      if (part) children.push(part);
    });
    if (children.length > 0 || lineIndex > 0)
      runs.push(new TextRun({ ...options, children, ...(lineIndex > 0 ? { break: 1 } : {}) }));
  });
  return runs;
}

const DIGIT_GROUPS = /\+?[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[ \u00a0\u202f][0-9\u0660-\u0669\u06f0-\u06f9]+)+/g;

/**
 * In a right-to-left paragraph, a number in space-separated groups (a phone number) is wrapped
 * in a left-to-right embedding, or Word shows its groups in reverse order (the PDF does the same
 * in its bidi step).
 */
function keepNumbersWhole(text: string, rtlParagraph: boolean): string {
  return rtlParagraph ? text.replace(DIGIT_GROUPS, (number) => `\u202a${number}\u202c`) : text;
}

/** Splits text into stretches of marks Noto Naskh Arabic lacks and stretches of anything else. */
function fontPieces(text: string, arabicParagraph: boolean): { text: string; marks: boolean }[] {
  if (!arabicParagraph) return [{ text, marks: false }];
  const pieces: { text: string; marks: boolean }[] = [];
  for (const char of text) {
    const marks = NOT_IN_ARABIC_FONT.test(char);
    const last = pieces[pieces.length - 1];
    if (last && last.marks === marks) last.text += char;
    else pieces.push({ text: char, marks });
  }
  return pieces;
}

export function docxRuns(
  runs: readonly DocumentRun[],
  look: RunLook,
  rtlParagraph: boolean,
  arabicParagraph = runs.some((run) => ARABIC.test(run.text)),
): TextRun[] {
  return runs.flatMap((run) => {
    const bold = look.bold === true || run.bold === true;
    const italic = look.italic === true || run.italic === true;
    return directionPieces(keepNumbersWhole(run.text, rtlParagraph), rtlParagraph).flatMap((piece) =>
      fontPieces(piece.text, arabicParagraph).flatMap((part) =>
        textRuns(part.text, runOptions(look, bold, italic, piece.rtl, part.marks)),
      ),
    );
  });
}

/** Header/footer text with `{page}` and `{pages}` as Word's PAGE and NUMPAGES fields. */
export function pageTextRuns(text: string, look: RunLook, rtlParagraph: boolean): TextRun[] {
  return pageTextParts(text).flatMap((part) => {
    if (part.kind === 'text') return docxRuns([{ text: part.text }], look, rtlParagraph, ARABIC.test(text));
    const field = part.kind === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES;
    return [new TextRun({ ...runOptions(look, look.bold === true, false, rtlParagraph), children: [field] })];
  });
}
