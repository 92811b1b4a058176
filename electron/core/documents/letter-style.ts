/**
 * The look of a letter, in points and hex colours, shared by the PDF and DOCX renderers so that
 * the two files read alike.
 */

export const TYPE = {
  body: 10.5,
  heading1: 13.5,
  heading2: 11.5,
  table: 9.5,
  letterhead: 12,
  letterheadLine: 9,
  marking: 8.5,
  band: 8,
  paragraphAfter: 7,
  heading1Before: 12,
  heading1After: 5,
  heading2Before: 9,
  heading2After: 3,
  listIndent: 22,
  listMarkerGap: 6,
  listItemAfter: 2.5,
  cellPaddingX: 5,
  cellPaddingY: 3.5,
  signatureBefore: 18,
  signatureSpace: 34,
  signatureRule: 190,
  emblem: 46,
  /** Side margins: about 22.5 mm, on A4 and US Letter alike. */
  marginX: 64,
} as const;

/** Near-black text, grey secondary lines and rules, a red confidentiality marking. */
export const COLOR = {
  ink: '1A1C21',
  muted: '5C6169',
  rule: 'B8BDC7',
  marking: 'AD1414',
  shade: 'ECEEF1',
} as const;
