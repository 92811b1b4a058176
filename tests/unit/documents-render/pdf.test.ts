import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { DocumentBlock, DocumentModel } from '../../../shared/documents/document-model.js';
import { renderPdf } from '../../../electron/core/documents/render-document.js';
import { pdfFonts, pdfPages, pdfText, withoutBidiMarks } from './read-outputs.js';
import { arabicClosure, englishReferral, frenchClosure } from './sample-letters.js';

const squash = (text: string): string => text.replace(/\s+/g, ' ');

async function pageCount(pdf: Buffer): Promise<number> {
  return (await PDFDocument.load(pdf)).getPageCount();
}

describe('PDF renderer', () => {
  it('draws an English letter over two pages with "Page X of Y", header and marking on each', async () => {
    const pdf = await renderPdf(englishReferral());
    const count = await pageCount(pdf);
    expect(count).toBe(2);
    const pages = pdfPages(pdf, count);
    expect(pages[0]).toContain('Page 1 of 2');
    expect(pages[1]).toContain('Page 2 of 2');
    for (const page of pages) {
      expect(page).toContain('STRICTLY CONFIDENTIAL');
      expect(page).toContain('Referral to a Member State');
      expect(page.match(/CF-2026-0042/g)?.length).toBeGreaterThanOrEqual(2);
    }
    const text = squash(pages.join('\n'));
    expect(text).toContain('Referral of a credible allegation of sexual exploitation and abuse');
    expect(text).toContain('a credible allegation that a crime may have been committed');
    expect(text).toContain('provided in confidence and for the purpose');
    expect(text).toContain('1. Type: sexual abuse of a person under 18 years of age.');
    expect(text).toContain('• Contact point: Legal Officer, OLA, room S-3600.');
    expect(text).toContain('Mobile telephone (seized with the consent of its owner),');
    expect(text).toContain('Jane Doe');
    // A word longer than the line (a SHA-256) is broken between characters, not lost.
    expect(text.replace(/ /g, '')).toContain('9f2c5e0a7b3d41c68e1f0a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d');
  });

  it('draws French accents, guillemets and œ, with page numbers in French', async () => {
    const pdf = await renderPdf(frenchClosure());
    const text = squash(pdfText(pdf));
    for (const expected of [
      'L’enquête sur les faits',
      'terminée',
      '« la personne mise en cause a commis une faute »',
      'où qu’œuvrent',
      'Mme Élodie Côté',
      'Françoise Leclère',
      'Bangui, le 12 mars 2026',
      'Page 1 sur 1',
      'STRICTEMENT CONFIDENTIEL',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('draws Arabic right to left, shaped, and pdftotext reads the words back in logical order', async () => {
    const pdf = await renderPdf(arabicClosure());
    const text = squash(withoutBidiMarks(pdfText(pdf)));
    for (const expected of [
      'الأمم المتحدة',
      'انتهى التحقيق في الوقائع التي أبلغت عنها',
      'ماذا يعني ذلك بالنسبة لك',
      'المساعدة مستمرة مهما كانت النتيجة',
      'فاطمة الزهراء',
      'رئيسة فريق التحقيق',
      'سري للغاية',
      'CF-2026-0042',
      'Victims’ Rights Advocate',
    ]) {
      expect(text).toContain(expected);
    }
    // Where a number meets Arabic, poppler moves the space into its left-to-right embedding ("صفحة ‪ 1‬من"): the words
    // are in order, spacing aside.
    expect(text).toMatch(/صفحة\s*1\s*من\s*1/);
    expect(text).toMatch(/12\s*مارس\s*2026/);
    // Right to left: a short line ends at the right margin, so it starts far from the left edge.
    const greeting = pdfText(pdf)
      .split('\n')
      .find((line) => withoutBidiMarks(line).includes('السيدة المحترمة'));
    expect(greeting).toMatch(/^\s{40,}/);
    const fonts = pdfFonts(pdf).map((font) => font.name);
    expect(fonts.some((name) => name.endsWith('+NotoNaskhArabic-Regular'))).toBe(true);
  });

  it('embeds every font it uses, as subsets, and only those', async () => {
    for (const model of [englishReferral(), frenchClosure(), arabicClosure()]) {
      const fonts = pdfFonts(await renderPdf(model));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true });
        expect(font.name).toMatch(/^[A-Z]{6}\+Noto(Sans|NaskhArabic)-(Regular|Bold|Italic|BoldItalic)$/);
      }
    }
    const latinOnly = pdfFonts(await renderPdf(frenchClosure())).map((font) => font.name.split('+')[1]);
    expect(latinOnly).not.toContain('NotoNaskhArabic-Regular');
  });

  it('makes A4 and US Letter pages', async () => {
    const a4 = await PDFDocument.load(await renderPdf(englishReferral()));
    for (const page of a4.getPages()) expect(page.getMediaBox()).toEqual({ x: 0, y: 0, width: 595.28, height: 841.89 });
    const letter = await PDFDocument.load(await renderPdf(englishReferral({ pageSize: 'Letter' })));
    for (const page of letter.getPages()) expect(page.getMediaBox()).toEqual({ x: 0, y: 0, width: 612, height: 792 });
  });

  it('writes the title, language and producer, and the same bytes for the same letter', async () => {
    const createdAt = new Date('2026-03-12T09:30:00Z');
    const first = await renderPdf(frenchClosure(), { createdAt });
    const second = await renderPdf(frenchClosure(), { createdAt });
    expect(first.equals(second)).toBe(true);
    const doc = await PDFDocument.load(first, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Lettre de clôture CF-2026-0042');
    expect(doc.getProducer()).toBe('Casefile');
    expect(doc.getCreator()).toBe('Casefile');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-12T09:30:00.000Z');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('fr');
  });

  it('draws merged values literally, and a visible replacement for what no font has', async () => {
    const model = frenchClosure({
      blocks: [
        {
          kind: 'paragraph',
          runs: [
            { text: 'Value: {{case.reference}} and <b>not bold</b> & {{#if x}}' },
            { text: ' bell[\u0007] escape[\u001b] emoji[😀] han[漢] lone[\ud800]', bold: true },
          ],
        },
        {
          kind: 'table',
          columns: [{ header: '{{x}}', widthPercent: 100 }],
          rows: [[[{ text: '<script>alert(1)</script>' }]]],
        },
      ],
    });
    const text = squash(pdfText(await renderPdf(model)));
    // A French letter: the colon gets its no-break space (french-spacing.ts); nothing else changes.
    expect(text).toContain('Value : {{case.reference}} and <b>not bold</b> & {{#if x}}');
    expect(text).toContain('bell[\ufffd] escape[\ufffd] emoji[\ufffd] han[\ufffd] lone[\ufffd]');
    expect(text).toContain('{{x}}');
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('keeps the signature block on one page wherever the letter ends', async () => {
    const filler = (count: number): DocumentBlock[] =>
      Array.from({ length: count }, (_, index) => ({
        kind: 'paragraph',
        runs: [
          {
            text:
              `Paragraph ${index + 1}. ` +
              'The investigation has ended and this letter explains what that means. '.repeat(2 + (index % 3)),
          },
        ],
      }));
    let movedToNextPage = 0;
    for (let count = 14; count <= 24; count++) {
      const model = englishReferral({
        blocks: [
          ...filler(count),
          { kind: 'signature', name: 'Jane Doe', title: 'Legal Officer', place: 'New York', date: '12 March 2026' },
        ],
      });
      const pdf = await renderPdf(model);
      const pages = pdfPages(pdf, await pageCount(pdf));
      const withSignature = pages.filter((page) => /New York|12 March 2026|Jane Doe|Legal Officer/.test(page));
      expect(withSignature, `${count} paragraphs`).toHaveLength(1);
      for (const line of ['New York', '12 March 2026', 'Jane Doe', 'Legal Officer'])
        expect(withSignature[0]).toContain(line);
      // The last words before it go with it.
      expect(withSignature[0]).toContain(`Paragraph ${count}.`);
      if (pages.length > 1 && !pages[pages.length - 2]!.includes(`Paragraph ${count}.`)) movedToNextPage++;
    }
    expect(movedToNextPage).toBeGreaterThan(0);
  });

  it('keeps a lead-in ending with a colon on the page of what it introduces', async () => {
    for (let count = 14; count <= 24; count++) {
      const blocks: DocumentBlock[] = [
        ...Array.from({ length: count }, (_, index): DocumentBlock => ({
          kind: 'paragraph',
          runs: [
            {
              text: `Paragraph ${index + 1}. ${'Assistance continues whatever the outcome. '.repeat(3 + (index % 4))}`,
            },
          ],
        })),
        { kind: 'paragraph', runs: [{ text: 'To ask for help, contact:' }] },
        {
          kind: 'list',
          ordered: false,
          items: [[{ text: 'Victims’ Rights Advocate' }], [{ text: 'Telephone: +236 72 00 00 01' }]],
        },
      ];
      const pdf = await renderPdf(englishReferral({ blocks }));
      const page = pdfPages(pdf, await pageCount(pdf)).find((text) => text.includes('To ask for help, contact:'));
      expect(page, `${count} paragraphs`).toContain('Victims’ Rights Advocate');
    }
  });

  it('repeats a long table header on every page and wraps text inside cells', async () => {
    const rows = Array.from({ length: 70 }, (_, index) => [
      [{ text: `E-${String(index + 1).padStart(4, '0')}` }],
      [
        {
          text:
            `Item ${index + 1}: ` +
            'sealed, listed and preserved in the evidence room '.repeat(index % 2 === 0 ? 1 : 3),
        },
      ],
    ]);
    const model = englishReferral({
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: 'Number', widthPercent: 20 },
            { header: 'Evidence preserved', widthPercent: 80 },
          ],
          rows,
        },
      ],
    });
    const pdf = await renderPdf(model);
    const count = await pageCount(pdf);
    expect(count).toBeGreaterThan(1);
    const pages = pdfPages(pdf, count);
    for (const page of pages) expect(page).toMatch(/Number\s+Evidence preserved/);
    const all = squash(pages.join('\n'));
    for (let i = 1; i <= 70; i++) expect(all).toContain(`E-${String(i).padStart(4, '0')}`);
  });

  it('renders an empty letter as one page with its marking', async () => {
    const model: DocumentModel = { ...englishReferral(), blocks: [] };
    const pdf = await renderPdf(model);
    expect(await pageCount(pdf)).toBe(1);
    expect(pdfText(pdf)).toContain('STRICTLY CONFIDENTIAL');
  });
});
