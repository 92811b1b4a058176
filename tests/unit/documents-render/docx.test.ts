import { describe, expect, it } from 'vitest';
import { escapePageText, PAGE_DIMENSIONS_PT } from '../../../shared/documents/document-model.js';
import { renderDocx } from '../../../electron/core/documents/render-document.js';
import { documentWords } from '../../../shared/i18n/documents.js';
import { docxParagraphs, docxPart, unzip } from './read-outputs.js';
import { arabicClosure, englishReferral, frenchClosure } from './sample-letters.js';

const twips = (points: number) => Math.round(points * 20);
/** Content width in twips: the page less two 64 pt margins. */
const contentTwips = (size: 'A4' | 'Letter') => PAGE_DIMENSIONS_PT[size].width - 2 * 64;

/** The `<w:r>` elements holding exactly this text. */
function runsWithText(xml: string, text: string): string[] {
  return [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>/g)]
    .map(([run]) => run)
    .filter((run) => run.includes(`>${text}</w:t>`));
}

describe('DOCX renderer', () => {
  it("describes the UN emblem in the letter's own language", async () => {
    const descriptions = async (docx: Buffer) =>
      [...docxPart(docx, 'word/document.xml').matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(await descriptions(await renderDocx(englishReferral()))).toEqual([documentWords('en').emblemAlt]);
    expect(await descriptions(await renderDocx(frenchClosure()))).toEqual([documentWords('fr').emblemAlt]);
    expect(await descriptions(await renderDocx(arabicClosure()))).toEqual([documentWords('ar').emblemAlt]);
  });

  it('writes the letter text, paragraph by paragraph, with bold and italic runs', async () => {
    const docx = await renderDocx(englishReferral());
    const xml = docxPart(docx, 'word/document.xml');
    const paragraphs = docxParagraphs(xml);
    expect(paragraphs).toContain('United Nations');
    expect(paragraphs).toContain('Referral of a credible allegation of sexual exploitation and abuse');
    expect(paragraphs).toContain('Permanent Mission of the Republic of Examplia to the United Nations\nNew York');
    expect(paragraphs.some((p) => p.includes('a credible allegation that a crime may have been committed'))).toBe(true);
    expect(paragraphs).toContain('Jane Doe');

    const [bold] = runsWithText(xml, 'credible allegation');
    expect(bold).toMatch(/<w:b\/>/);
    expect(bold).toMatch(/<w:bCs\/>/);
    expect(bold).not.toMatch(/<w:i\/>/);
    const [italic] = runsWithText(xml, 'in confidence');
    expect(italic).toMatch(/<w:i\/>/);
    expect(italic).not.toMatch(/<w:b\/>/);
    const [both] = runsWithText(xml, 'strictly confidential');
    expect(both).toMatch(/<w:b\/>[\s\S]*<w:i\/>/);
    const [plain] = runsWithText(xml, 'New York');
    expect(plain).not.toMatch(/<w:b\/>|<w:i\/>/);

    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
  });

  it('sets the table grid from the column percentages, with a repeating header row', async () => {
    const xml = docxPart(await renderDocx(englishReferral()), 'word/document.xml');
    const grid = [...(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(xml)?.[1] ?? '').matchAll(/w:w="(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    const width = contentTwips('A4');
    expect(grid).toEqual([10, 60, 30].map((percent) => twips((width * percent) / 100)));
    expect(xml).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    expect(xml).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/);
    const paragraphs = docxParagraphs(xml);
    expect(paragraphs).toContain('Evidence preserved');
    expect(paragraphs).toContain(
      'Mobile telephone (seized with the consent of its owner), sealed in bag 00412; extraction report pending',
    );
  });

  it('makes lists from real numbering definitions, each ordered list starting at 1', async () => {
    const docx = await renderDocx(englishReferral());
    const numbering = docxPart(docx, 'word/numbering.xml');
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/>/);
    expect(numbering).toMatch(/<w:lvlText w:val="%1."\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
    const xml = docxPart(docx, 'word/document.xml');
    const listParagraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:numPr>[\s\S]*?<\/w:p>/g)];
    expect(listParagraphs).toHaveLength(6); // four numbered items, two bullets
    const numIds = new Set(listParagraphs.map(([p]) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1]));
    expect(numIds.size).toBe(2);
  });

  it('puts the reference and marking in the header, and PAGE / NUMPAGES fields in the footer', async () => {
    const docx = await renderDocx(englishReferral());
    const parts = [...unzip(docx).keys()];
    const header = docxPart(
      docx,
      parts.find((name) => /^word\/header\d+\.xml$/.test(name))!,
    );
    const footer = docxPart(
      docx,
      parts.find((name) => /^word\/footer\d+\.xml$/.test(name))!,
    );
    expect(docxParagraphs(header)).toEqual(
      expect.arrayContaining(['STRICTLY CONFIDENTIAL', 'CF-2026-0042', 'Referral to a Member State']),
    );
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    const text = docxParagraphs(footer).join('|');
    expect(text).toContain('Page ');
    expect(text).toContain(' of ');
    expect(text).toContain('CF-2026-0042 · STRICTLY CONFIDENTIAL');
  });

  it('numbers the pages in the letter language when the template did not', async () => {
    const french = await renderDocx(frenchClosure());
    const footerName = [...unzip(french).keys()].find((name) => /^word\/footer\d+\.xml$/.test(name))!;
    const footer = docxPart(french, footerName);
    expect(docxParagraphs(footer).join('')).toBe('Page  sur ');
    expect(footer.match(/<w:instrText/g)).toHaveLength(2);
  });

  it('sizes the page A4 or US Letter, with the letter margins', async () => {
    const a4 = docxPart(await renderDocx(englishReferral()), 'word/document.xml');
    expect(a4).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(a4).toMatch(/<w:pgMar [^>]*w:right="1280"[^>]*w:left="1280"/);
    const letter = docxPart(await renderDocx(frenchClosure()), 'word/document.xml');
    expect(letter).toMatch(/<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"\/>/);
  });

  it(
    'lays Arabic out right to left: bidi paragraphs, rtl runs in Noto Naskh Arabic, ' + 'a right-to-left table',
    async () => {
      const docx = await renderDocx(arabicClosure());
      const xml = docxPart(docx, 'word/document.xml');
      const paragraphs = docxParagraphs(xml);
      expect(paragraphs.some((p) => p.includes('انتهى التحقيق'))).toBe(true);
      const bodyParagraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)]
        .map(([p]) => p)
        .filter((p) => /<w:t[ >]/.test(p));
      expect(bodyParagraphs.length).toBeGreaterThan(5);
      for (const p of bodyParagraphs) expect(p).toMatch(/<w:bidi\/>/);
      const [arabic] = runsWithText(xml, 'انتهى التحقيق');
      expect(arabic).toMatch(/<w:rtl\/>/);
      expect(arabic).toMatch(/<w:bCs\/>/);
      const [latin] = runsWithText(xml, 'Victims’ Rights Advocate');
      expect(latin).not.toMatch(/<w:rtl\/>/);
      expect(xml).toMatch(/<w:bidiVisual\/>/);
      const styles = docxPart(docx, 'word/styles.xml');
      expect(styles).toMatch(/<w:rFonts w:ascii="Noto Sans" w:cs="Noto Naskh Arabic"/);
      expect(styles).toMatch(/<w:lang w:val="ar-SA" w:bidi="ar-SA"\/>/);
      const fontTable = docxPart(docx, 'word/fontTable.xml');
      expect(fontTable).toMatch(/<w:font w:name="Noto Naskh Arabic"><w:charset w:val="B2"\/>.*<w:embedRegular /);
      expect(fontTable).toMatch(/<w:font w:name="Noto Sans"><w:charset w:val="00"\/>/);
      const footer = docxPart(
        docx,
        [...unzip(docx).keys()].find((name) => /^word\/footer\d+\.xml$/.test(name))!,
      );
      expect(docxParagraphs(footer).join('')).toBe('صفحة  من ');
    },
  );

  it('embeds the Noto faces it uses, Arabic only where the letter holds Arabic', async () => {
    const english = await renderDocx(englishReferral());
    const files = unzip(english);
    expect(docxPart(english, 'word/settings.xml')).toContain('<w:embedTrueTypeFonts/>');
    const table = docxPart(english, 'word/fontTable.xml');
    expect(table).toMatch(
      /<w:font w:name="Noto Sans">.*<w:embedRegular r:id="rId\d+" w:fontKey="\{[0-9A-F-]{36}\}"\/>/,
    );
    expect(table).toContain('<w:embedBold ');
    expect(table).not.toContain('Noto Naskh Arabic');
    const embedded = [...files.keys()].filter((name) => /^word\/fonts\/font\d+\.odttf$/.test(name));
    // Regular and bold, and the italics: the sample referral has an italic run.
    expect(embedded).toHaveLength(4);
    // Obfuscated (ECMA-376 part 2 §13.2): past the first 32 bytes, the TrueType file as it is.
    const regular = files.get(embedded[0]!)!;
    expect(regular.length).toBeGreaterThan(100_000);
    const arabic = unzip(await renderDocx(arabicClosure()));
    expect(arabic.get('word/fontTable.xml')!.toString('utf8')).toContain('<w:font w:name="Noto Naskh Arabic">');
  });

  it('writes merged values literally: template syntax, HTML and control characters are text', async () => {
    const model = frenchClosure({
      title: 'A <title> & {{x}}',
      // Header text escapes braces ({page} is a field): a merged value is escaped as the merge does.
      header: { left: escapePageText('Ref {{case.reference}} {page} <i>') },
      blocks: [{ kind: 'paragraph', runs: [{ text: '{{#if victim}}<b>x</b>{{/if}} & ]]> bell\u0007 lone\udc00 é' }] }],
    });
    const docx = await renderDocx(model);
    const xml = docxPart(docx, 'word/document.xml');
    expect(docxParagraphs(xml)).toContain('{{#if victim}}<b>x</b>{{/if}} & ]]> bell\ufffd lone\ufffd é');
    expect(xml).not.toContain('<b>');
    // eslint-disable-next-line no-control-regex -- the controls XML 1.0 cannot hold are what this test looks for
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const header = docxPart(
      docx,
      [...unzip(docx).keys()].find((name) => /^word\/header\d+\.xml$/.test(name))!,
    );
    expect(docxParagraphs(header)).toContain('Ref {{case.reference}} {page} <i>');
    expect(header).not.toMatch(/<w:instrText/);
    expect(docxPart(docx, 'docProps/core.xml')).toContain('<dc:title>A &#60;title&#62; &#38; {{x}}</dc:title>');
  });

  it('writes the title, language and the letter date as document properties', async () => {
    const dated = docxPart(
      await renderDocx(frenchClosure(), { createdAt: new Date('2026-03-12T09:30:00Z') }),
      'docProps/core.xml',
    );
    expect(dated).toContain('<dc:title>Lettre de clôture CF-2026-0042</dc:title>');
    expect(dated).toContain('<dc:language>fr-FR</dc:language>');
    expect(dated).toContain('<dc:creator>Casefile</dc:creator>');
    expect(dated).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-12T09:30:00.000Z</dcterms:created>');
    const undated = docxPart(await renderDocx(frenchClosure()), 'docProps/core.xml');
    expect(undated).not.toContain('dcterms:created');
  });

  it('keeps the signature block together and the closing words with it', async () => {
    const xml = docxPart(await renderDocx(englishReferral()), 'word/document.xml');
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)].map(([p]) => p);
    const closing = paragraphs.findIndex((p) => p.includes('Please accept the assurances'));
    const title = paragraphs.findIndex((p) => p.includes('Legal Officer, Office of Legal Affairs'));
    expect(closing).toBeGreaterThan(0);
    for (const p of paragraphs.slice(closing, title)) expect(p).toMatch(/<w:keepNext\/>/);
    expect(paragraphs[title]).not.toMatch(/<w:keepNext\/>/);
    // The signature line: a bottom border on a paragraph as wide as the rule.
    expect(paragraphs.slice(closing, title).some((p) => /<w:pBdr><w:bottom /.test(p))).toBe(true);
  });

  it('shows the letterhead emblem as SVG with a PNG fallback', async () => {
    const files = unzip(await renderDocx(englishReferral()));
    const svg = [...files.entries()].find(([name]) => name.startsWith('word/media/') && name.endsWith('.svg'));
    const png = [...files.entries()].find(([name]) => name.startsWith('word/media/') && name.endsWith('.png'));
    expect(svg?.[1].toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 100 100"/);
    expect(png?.[1].subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const withoutLogo = unzip(
      await renderDocx(englishReferral({ blocks: [{ kind: 'letterhead', logo: null, lines: ['United Nations'] }] })),
    );
    expect([...withoutLogo.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
  });
});
