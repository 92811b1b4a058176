import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFDocument, type PDFFont } from 'pdf-lib';

/**
 * Glyphs that advance by nothing get the smallest width a PDF font can give, 1/1000 em.
 *
 * Why: Noto Naskh draws lam-alef as two glyphs, an alef of zero advance placed first (on the
 * left) and the lam over it. pdf.js takes the position after a glyph of zero width as not having
 * moved, so when such a glyph starts a word it measures the gap before the word twice and reads
 * "ل ا" for "لا". One thousandth of an em (a hundredth of a point at letter sizes) moves nothing a
 * reader can see, and stays within the one-unit tolerance PDF/UA validators allow between the
 * widths a PDF declares and the font's own (veraPDF, ISO 14289-1 §7.21.5).
 *
 * Runs once the font is embedded (its /W array written), before the document is saved.
 */
export function nudgeZeroWidths(doc: PDFDocument, font: PDFFont): void {
  const type0 = doc.context.lookup(font.ref, PDFDict);
  const descendant = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
  const widths = descendant.lookup(PDFName.of('W'));
  if (!(widths instanceof PDFArray)) return;
  for (let i = 0; i + 1 < widths.size(); i += 2) {
    const first = widths.lookup(i, PDFNumber).asNumber();
    const run = widths.lookup(i + 1, PDFArray);
    for (let k = 0; k < run.size(); k++) {
      // Glyph 0 is .notdef: never drawn, left as it is.
      if (first + k !== 0 && run.lookup(k, PDFNumber).asNumber() === 0) run.set(k, PDFNumber.of(1));
    }
  }
}
