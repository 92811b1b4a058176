import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { formatPageText, type DocumentLanguage, type DocumentModel } from '../../../shared/documents/document-model.js';
import { buildMergeData } from '../../../shared/documents/merge-data.js';
import { mergeTemplate } from '../../../shared/documents/merge.js';
import { DISCIPLINARY_SHARING_PURPOSE } from '../../../shared/domain/consent.js';
import { templateLanguages, type Template } from '../../../shared/documents/template.js';
import { SHIPPED_TEMPLATES } from '../../../shared/documents/templates/index.js';
import { normalizeDocument, renderDocx, renderPdf } from '../../../electron/core/documents/render-document.js';
import { consent, LETTER_AT, letterFor, makeClocks, makeEvidence, snapshotFor } from '../documents-model/fixtures.js';
import { docxParagraphs, docxPart, pdfPages, withoutBidiMarks } from './read-outputs.js';

/**
 * The two outputs say the same thing: every shipped template, in each of its languages, merged
 * with the sample case and rendered both ways; the words of the DOCX body (word/document.xml)
 * and of the PDF text (pdftotext) are compared.
 *
 * What only the PDF prints as text is added to the DOCX side before comparing: the page chrome
 * of each page (marking, header and footer with "Page X of Y"; in the DOCX these live in the
 * header/footer parts, with page numbers as fields) and the list markers ("1.", "•"; in the
 * DOCX, numbering definitions).
 */

const words = (text: string): string[] =>
  text
    .normalize('NFKC')
    .split(/\s+/)
    .filter((word) => word !== '');

function multiset(list: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of list) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** Words in one bag and not (as often) in the other: [word, docx count − pdf count]. */
function difference(docx: readonly string[], pdf: readonly string[]): [string, number][] {
  const bag = multiset(docx);
  for (const word of pdf) bag.set(word, (bag.get(word) ?? 0) - 1);
  return [...bag].filter(([, count]) => count !== 0).sort(([a], [b]) => a.localeCompare(b));
}

function sampleModel(template: Template, language: DocumentLanguage): DocumentModel {
  const built = buildMergeData({
    // The adult victim consented to both kinds of sharing: names appear in referrals too.
    snapshot: snapshotFor(template.kind, {
      consents: [consent('v1', 'sharing_with_national_authorities'), consent('v1', DISCIPLINARY_SHARING_PURPOSE)],
    }),
    kind: template.kind,
    language,
    letter: letterFor(template.kind),
    evidence: makeEvidence(),
    clocks: makeClocks(),
  });
  return mergeTemplate(template, language, built.data, { pageSize: 'A4' });
}

/** What the PDF draws as text on every page and the DOCX keeps out of word/document.xml. */
function pdfOnlyWords(model: DocumentModel, pageCount: number): string[] {
  const drawn = normalizeDocument(model);
  const chrome: string[] = [];
  for (let page = 1; page <= pageCount; page++) {
    const bands = [drawn.header.left, drawn.header.right, drawn.footer.left, drawn.footer.right].filter(
      (text): text is string => text !== undefined,
    );
    chrome.push(
      ...words(drawn.confidentialityMarking),
      ...bands.flatMap((text) => words(formatPageText(text, page, pageCount))),
    );
  }
  const markers = drawn.blocks.flatMap((block) =>
    block.kind === 'list' ? block.items.map((_, index) => (block.ordered ? `${index + 1}.` : '•')) : [],
  );
  return [...chrome, ...markers];
}

async function rendered(template: Template, language: DocumentLanguage) {
  const model = sampleModel(template, language);
  const createdAt = new Date(LETTER_AT);
  const [docx, pdf] = await Promise.all([renderDocx(model, { createdAt }), renderPdf(model, { createdAt })]);
  const pageCount = (await PDFDocument.load(pdf)).getPageCount();
  return { model, pdf, pageCount, docxText: docxParagraphs(docxPart(docx, 'word/document.xml')).join('\n') };
}

describe('the DOCX and the PDF of a letter say the same thing', () => {
  it('covers every shipped template in English, French and Arabic', () => {
    for (const template of SHIPPED_TEMPLATES) {
      expect(templateLanguages(template), template.id).toEqual(expect.arrayContaining(['en', 'fr', 'ar']));
    }
  });

  for (const template of SHIPPED_TEMPLATES) {
    for (const language of templateLanguages(template).filter((l) => l !== 'ar')) {
      it(`${template.id} in ${language}: the same words, as often`, async () => {
        const { model, pdf, pageCount, docxText } = await rendered(template, language);
        // Text in drawing order with the spaces drawn (-raw): -layout infers word gaps from glyph
        // positions and misses a narrow one, e.g. "À :" in a table's label column comes out "À:".
        const pdfWords = words(pdfPages(pdf, pageCount, 'raw').join('\n'));
        const docxWords = words(docxText);
        expect(docxWords.length).toBeGreaterThan(100);
        expect(difference([...docxWords, ...pdfOnlyWords(model, pageCount)], pdfWords)).toEqual([]);
      });
    }
  }

  // Arabic cannot be compared word for word: pdftotext gives right-to-left lines in visual
  // order, so punctuation lands on the other side of its word and joins the next one ("إلى:
  // Grace" comes out as "إلىGrace" and ":"), and -raw reverses the letters of each glyph run.
  // Instead every DOCX word, without its punctuation, must appear in the PDF's -layout text with
  // punctuation and spaces removed (NFKC folds the lam-alef ligature glyphs back to letters).
  const lettersOnly = (text: string): string =>
    withoutBidiMarks(text.normalize('NFKC')).replace(/[^\p{L}\p{M}\p{N}@]/gu, '');
  for (const template of SHIPPED_TEMPLATES.filter((t) => templateLanguages(t).includes('ar'))) {
    it(`${template.id} in Arabic: every word of the DOCX is in the PDF`, async () => {
      const { pdf, pageCount, docxText } = await rendered(template, 'ar');
      const pdfLetters = lettersOnly(pdfPages(pdf, pageCount).join('\n'));
      const docxWords = words(docxText)
        .map(lettersOnly)
        .filter((word) => word !== '');
      expect(docxWords.filter((word) => /\p{Script=Arabic}/u.test(word)).length).toBeGreaterThan(100);
      expect(docxWords.filter((word) => !pdfLetters.includes(word))).toEqual([]);
    });
  }
});
