import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/documents/document-model.js';
import { ARABIC_FONT } from '../../../electron/core/documents/docx/docx-runs.js';
import { codePointsOf, loadDocumentFonts } from '../../../electron/core/documents/pdf/fonts.js';
import { renderDocx } from '../../../electron/core/documents/render-document.js';
import { docxPart } from './read-outputs.js';
import { libreOfficePdfFonts, writePrivate } from './read-with-others.js';
import { arabicClosure } from './sample-letters.js';

/**
 * Noto Naskh Arabic has no "(", ")", "/", "-", "—" or "%". Word and LibreOffice Writer draw a mark
 * between Arabic letters with the run's complex-script font, so such a mark must sit in a run whose
 * complex-script font has it, or Writer draws it in whatever system font it finds.
 */

const dir = mkdtempSync(path.join(tmpdir(), 'casefile-docx-arabic-marks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MARKS = 'الشخص المعني (الرمز المستعار V-01) تسليم/استلام — ملاحظة: 5% من الأدلة، بصمة "SHA-256" - انتهى.';

function withMarks(): DocumentModel {
  const letter = arabicClosure();
  return { ...letter, blocks: [...letter.blocks, { kind: 'paragraph', runs: [{ text: MARKS }] }] };
}

const unescaped = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each `<w:r>` of a paragraph: its complex-script font and its text. */
function runs(paragraph: string): { cs: string | null; text: string }[] {
  return [...paragraph.matchAll(/<w:r>((?:(?!<\/w:r>)[\s\S])*?)<\/w:r>/g)].map(([, inner]) => ({
    cs: /<w:rFonts [^>]*w:cs="([^"]*)"/.exec(inner!)?.[1] ?? null,
    text: unescaped([...inner!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

/**
 * The runs of the body's paragraphs that hold Arabic: where Writer gives a mark the script of the Arabic
 * before it (a paragraph without Arabic draws its marks with the Latin font).
 */
const arabicParagraphRuns = (xml: string) =>
  [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)]
    .map(([paragraph]) => runs(paragraph))
    .filter((each) => each.some((run) => /\p{Script=Arabic}/u.test(run.text)))
    .flat();

describe('marks Noto Naskh Arabic lacks, in a DOCX', () => {
  it('keeps in Noto Naskh Arabic runs of an Arabic paragraph only what the font has, and Latin letters', async () => {
    const naskh = codePointsOf(loadDocumentFonts().arabic);
    const xml = docxPart(await renderDocx(withMarks()), 'word/document.xml');
    const arabic = arabicParagraphRuns(xml);
    const inNaskh = arabic.filter((run) => run.cs === ARABIC_FONT);
    expect(inNaskh.map((run) => run.text).join('')).toContain('الرمز المستعار');
    const missing = inNaskh.flatMap((run) =>
      [...run.text].filter(
        (char) =>
          !naskh.has(char.codePointAt(0)!) && !/[\p{L}\s\p{Cf}]/u.test(char) && !/\p{Script=Arabic}/u.test(char),
      ),
    );
    expect(missing).toEqual([]);
    // The marks are written, each in a run of its own font.
    const marks = arabic
      .filter((run) => run.cs !== ARABIC_FONT)
      .map((run) => run.text)
      .join('');
    for (const mark of ['(', ')', '/', '—', '%', '"', '-']) expect(marks).toContain(mark);
  });

  it('is drawn by LibreOffice Writer with the document’s own fonts only, no system font for a mark', async () => {
    writePrivate(dir, 'ar.docx', await renderDocx(withMarks()));
    const fonts = libreOfficePdfFonts(dir).get('ar.docx') ?? [];
    expect(fonts).toContain('NotoNaskhArabic-Regular');
    expect(fonts.filter((font) => !/^Noto/.test(font))).toEqual([]);
  }, 240_000);
});
