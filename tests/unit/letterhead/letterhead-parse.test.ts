import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  DOCX_LIMITS,
  imageOf,
  LetterheadParseError,
  paragraphLines,
  parseLetterheadDocx,
} from '../../../electron/core/letters/letterhead/docx-letterhead.js';
import {
  declaringUnpackedSize,
  FOOTER_LINES,
  GIF,
  handMadeDocx,
  HEADER_LINES,
  JPEG,
  letterheadDocx,
  PNG,
} from './letterhead-fixtures.js';

const refusalOf = (bytes: Uint8Array): string => {
  try {
    parseLetterheadDocx(bytes);
  } catch (error) {
    if (error instanceof LetterheadParseError) return error.refusal;
    throw error;
  }
  throw new Error('the file was accepted');
};

describe('a letterhead read from a Word document', () => {
  it("takes the first section's default header and footer lines, and the header's picture as logo", async () => {
    const parsed = parseLetterheadDocx(await letterheadDocx());
    // Runs joined, a tab as a space, XML entities decoded, the empty paragraph dropped.
    expect(parsed.lines).toEqual(HEADER_LINES);
    expect(parsed.footerLines).toEqual(FOOTER_LINES);
    expect(parsed.logo).toMatchObject({ mime: 'image/png', ...imageOf(PNG) });
    expect(Buffer.from(parsed.logo?.base64 ?? '', 'base64').equals(PNG)).toBe(true);
  });

  it('knows a JPEG by its bytes, whatever its name says', () => {
    const parsed = parseLetterheadDocx(
      handMadeDocx({ pictureTarget: 'media/logo.png', extra: { 'word/media/logo.png': JPEG } }),
    );
    expect(parsed.logo).toMatchObject({ mime: 'image/jpeg', widthPx: 9, heightPx: 12 });
    expect(parsed.lines).toEqual(['Legal Office']);
    expect(parsed.footerLines).toEqual([]);
  });

  it('reads a picture named from the archive root, and has no logo when the header has none', async () => {
    const rooted = handMadeDocx({ pictureTarget: '/word/media/a.png', extra: { 'word/media/a.png': PNG } });
    expect(parseLetterheadDocx(rooted).logo?.mime).toBe('image/png');
    expect(parseLetterheadDocx(await letterheadDocx({ logo: null })).logo).toBeNull();
  });

  it('makes one line of each paragraph, a text box paragraph too, without Word’s fallback copy', () => {
    const xml =
      '<w:hdr><w:p><w:r><w:t xml:space="preserve">A </w:t></w:r><w:r><w:t>&amp; B&#x21;</w:t></w:r>' +
      '<mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent>' +
      '</mc:Choice><mc:Fallback><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>' +
      '</w:p><w:p/><w:p><w:pPr/><w:r><w:t> </w:t></w:r></w:p></w:hdr>';
    expect(paragraphLines(xml)).toEqual(['Boxed', 'A & B!']);
  });

  it("takes the first page's own header where the section has a different first page", () => {
    const W = 'xmlns:w="w" xmlns:r="r"';
    const sectPr = (titlePg: string) =>
      `<w:document ${W}><w:body><w:p/><w:sectPr><w:headerReference w:type="default" r:id="rD"/>` +
      `<w:headerReference w:type="first" r:id="rF"/>${titlePg}</w:sectPr></w:body></w:document>`;
    const rels =
      '<Relationships><Relationship Id="rD" Type="x" Target="header1.xml"/>' +
      '<Relationship Id="rF" Type="x" Target="header2.xml"/></Relationships>';
    const docx = (titlePg: string) =>
      zipSync({
        'word/document.xml': strToU8(sectPr(titlePg)),
        'word/_rels/document.xml.rels': strToU8(rels),
        'word/header1.xml': strToU8('<w:hdr><w:p><w:r><w:t>Page 2 onwards</w:t></w:r></w:p></w:hdr>'),
        'word/header2.xml': strToU8('<w:hdr><w:p><w:r><w:t>Letterhead page</w:t></w:r></w:p></w:hdr>'),
      });
    expect(parseLetterheadDocx(docx('<w:titlePg/>')).lines).toEqual(['Letterhead page']);
    expect(parseLetterheadDocx(docx('<w:titlePg w:val="0"/>')).lines).toEqual(['Page 2 onwards']);
    expect(parseLetterheadDocx(docx('')).lines).toEqual(['Page 2 onwards']);
  });

  it('refuses what is not a Word document', async () => {
    expect(refusalOf(strToU8('Dear Sir, this is plain text.'))).toBe('letterhead.notDocx');
    expect(refusalOf(zipSync({ 'notes.txt': strToU8('hello') }))).toBe('letterhead.notDocx');
    expect(refusalOf(handMadeDocx({ withDocument: false }))).toBe('letterhead.notDocx');
    // A zip with a damaged table of contents.
    const damaged = (await letterheadDocx()).subarray(0, 2_000);
    expect(refusalOf(damaged)).toBe('letterhead.notDocx');
  });

  it('refuses a document without a header, and a header of nothing', () => {
    const noHeader = zipSync({
      'word/document.xml': strToU8('<w:document><w:body><w:p/><w:sectPr/></w:body></w:document>'),
    });
    expect(refusalOf(noHeader)).toBe('letterhead.noHeader');
    expect(refusalOf(handMadeDocx({ headerXml: '<w:hdr><w:p/></w:hdr>' }))).toBe('letterhead.noHeader');
  });

  it('never follows a part name out of the archive', () => {
    // The header itself, then the picture, named above the archive's root: neither is read.
    expect(refusalOf(handMadeDocx({ headerTarget: '../../header1.xml' }))).toBe('letterhead.noHeader');
    const escaping = handMadeDocx({ pictureTarget: '../../../media/a.png', extra: { 'media/a.png': PNG } });
    expect(parseLetterheadDocx(escaping)).toEqual({ lines: ['Legal Office'], footerLines: [], logo: null });
  });

  it('refuses a logo that is neither PNG nor JPEG, or too large', () => {
    expect(refusalOf(handMadeDocx({ pictureTarget: 'media/a.png', extra: { 'word/media/a.png': GIF } }))).toBe(
      'letterhead.logoNotSupported',
    );
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(PNG);
    expect(refusalOf(handMadeDocx({ pictureTarget: 'media/a.png', extra: { 'word/media/a.png': big } }))).toBe(
      'letterhead.logoTooLarge',
    );
  });

  it('refuses a header with more text than a letterhead', () => {
    const paragraphs = Array.from({ length: 13 }, (_, i) => `<w:p><w:r><w:t>Line ${i}</w:t></w:r></w:p>`).join('');
    expect(refusalOf(handMadeDocx({ headerXml: `<w:hdr>${paragraphs}</w:hdr>` }))).toBe('letterhead.tooManyLines');
    const long = `<w:hdr><w:p><w:r><w:t>${'x'.repeat(301)}</w:t></w:r></w:p></w:hdr>`;
    expect(refusalOf(handMadeDocx({ headerXml: long }))).toBe('letterhead.tooManyLines');
  });

  it('refuses a file too large, too many parts, or a zip bomb, before unpacking', () => {
    const large = new Uint8Array(DOCX_LIMITS.fileBytes + 1);
    large.set([0x50, 0x4b, 3, 4]);
    expect(refusalOf(large)).toBe('letterhead.tooLarge');
    const many = Object.fromEntries(
      Array.from({ length: DOCX_LIMITS.entries + 1 }, (_, i) => [`word/part${i}.xml`, strToU8('x')]),
    );
    expect(refusalOf(handMadeDocx({ extra: many }))).toBe('letterhead.tooLarge');
    // Each part says it unpacks to 100 MB: refused on what is declared, before anything is unpacked.
    expect(refusalOf(declaringUnpackedSize(handMadeDocx({}), 100 * 1024 * 1024))).toBe('letterhead.tooLarge');
  });
});

describe('a hostile letterhead file', () => {
  // Each of these took seconds to minutes with patterns that scanned past the next tag: the parse
  // must stay linear in the size of what it reads (the timeout, far above what a linear read
  // takes, is the failure, not a measure).
  it('made of unclosed tags is read in linear time', { timeout: 20_000 }, () => {
    const header = `<w:hdr ${'<w:p a'.repeat(40_000)}</w:hdr>`;
    expect(refusalOf(handMadeDocx({ headerXml: header }))).toBe('letterhead.noHeader');
    const lines = paragraphLines(`${'<mc:Fallback>'.repeat(20_000)}<w:p><w:r><w:t>Office</w:t></w:r></w:p>`);
    expect(lines).toEqual([]);
    const unclosed = '<w:sectPr '.repeat(200_000);
    const document = `<w:document><w:body>${unclosed}<w:sectPr><w:headerReference r:id="rIdH"/></w:sectPr>`;
    const docx = handMadeDocx({ withDocument: false, extra: { 'word/document.xml': strToU8(document) } });
    expect(parseLetterheadDocx(docx).lines).toEqual(['Legal Office']);
  });

  it('refuses a header part far larger than any letterhead’s, before reading it', () => {
    const big = `<w:hdr><w:p><w:r><w:t>${'x'.repeat(DOCX_LIMITS.xmlPartBytes)}</w:t></w:r></w:p></w:hdr>`;
    expect(refusalOf(handMadeDocx({ headerXml: big }))).toBe('letterhead.tooLarge');
  });

  it('keeps no control character in a line (a terminal escape in `letterhead show`)', () => {
    expect(paragraphLines('<w:p><w:r><w:t>Legal&#27;[31m Office&#x9b;</w:t></w:r></w:p>')).toEqual([
      'Legal [31m Office',
    ]);
  });

  it('refuses a logo with more pixels than any emblem needs', () => {
    const huge = Buffer.from(PNG);
    huge.writeUInt32BE(3_000, 16);
    huge.writeUInt32BE(3_000, 20);
    const docx = handMadeDocx({ pictureTarget: 'media/a.png', extra: { 'word/media/a.png': huge } });
    expect(refusalOf(docx)).toBe('letterhead.logoTooLarge');
  });
});
