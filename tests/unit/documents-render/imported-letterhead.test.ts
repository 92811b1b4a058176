import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/documents/document-model.js';
import { renderDocx, renderPdf } from '../../../electron/core/documents/render-document.js';
import { withImportedLetterhead } from '../../../electron/core/letters/letterhead/apply-letterhead.js';
import { parseLetterheadDocx } from '../../../electron/core/letters/letterhead/docx-letterhead.js';
import { handMadeDocx, JPEG, letterheadDocx } from '../letterhead/letterhead-fixtures.js';
import { docxPart, pdfText, unzip } from './read-outputs.js';
import { libreOfficeTexts, qpdfCheck, writePrivate } from './read-with-others.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const createdAt = new Date('2026-03-10T09:00:00.000Z');

const letter = (discreet: boolean): DocumentModel => ({
  pageSize: 'A4',
  language: 'en',
  direction: 'ltr',
  title: 'Referral',
  header: {},
  footer: { left: 'Referral to a Member State' },
  confidentialityMarking: 'STRICTLY CONFIDENTIAL',
  ...(discreet ? { discreet } : {}),
  blocks: [
    { kind: 'letterhead', lines: ['UNITED NATIONS', 'MINUSCA'], logo: 'un_emblem' },
    { kind: 'paragraph', runs: [{ text: 'Excellency,' }] },
  ],
});

/** How many images the PDF shows (pdfimages lists one row per image, and one per transparency mask). */
function pdfImages(pdf: Buffer): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'casefile-letterhead-test-'));
  try {
    const file = path.join(dir, 'letter.pdf');
    writeFileSync(file, pdf, { mode: 0o600 });
    const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    return rows.filter((row) => row.trim().split(/\s+/)[2] === 'image').length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a letter with the letterhead imported from Word', () => {
  it('shows the imported lines, logo and footer in the DOCX and the PDF; a discreet letter shows none', async () => {
    const imported = parseLetterheadDocx(await letterheadDocx());
    for (const discreet of [false, true]) {
      const model = withImportedLetterhead(letter(discreet), imported);
      const docx = await renderDocx(model, { createdAt });
      const document = docxPart(docx, 'word/document.xml');
      const footers = [...unzip(docx).keys()].filter((name) => /^word\/footer\d*\.xml$/.test(name));
      const footerXml = footers.map((name) => docxPart(docx, name)).join('');
      const media = [...unzip(docx).keys()].filter((name) => name.startsWith('word/media/'));
      const pdf = await renderPdf(model, { createdAt });
      const text = pdfText(pdf, undefined, 'raw');
      const shown = {
        docxLines: document.includes('Office of Legal Affairs — R&amp;D &lt;Unit&gt;'),
        docxFooter: footerXml.includes('1 Plaza Street, Testville'),
        docxLogo:
          media.length === 1 &&
          unzip(docx)
            .get(media[0] ?? '')
            ?.subarray(0, 4)
            .toString('latin1') === '\x89PNG',
        pdfLines: text.includes('Office of Legal Affairs — R&D <Unit>') && text.includes('Mission in Testland'),
        pdfFooter: text.includes('Tel. +1 212 000 0000'),
        pdfLogo: pdfImages(pdf) === 1,
      };
      expect(shown).toEqual({
        docxLines: !discreet,
        docxFooter: !discreet,
        docxLogo: !discreet,
        pdfLines: !discreet,
        pdfFooter: !discreet,
        pdfLogo: !discreet,
      });
      // The shipped letterhead is gone either way.
      expect(text).not.toContain('UNITED NATIONS');
      expect(document).not.toContain('MINUSCA');
    }
  });

  it('draws a JPEG logo in both renderers', async () => {
    const imported = parseLetterheadDocx(
      handMadeDocx({ pictureTarget: 'media/logo.jpeg', extra: { 'word/media/logo.jpeg': JPEG } }),
    );
    const model = withImportedLetterhead(letter(false), imported);
    const docx = await renderDocx(model, { createdAt });
    const media = [...unzip(docx).keys()].filter((name) => name.startsWith('word/media/'));
    expect(media.map((name) => path.extname(name))).toEqual(['.jpg']);
    const pdf = await renderPdf(model, { createdAt });
    expect(pdfImages(pdf)).toBe(1);
    expect(pdfText(pdf, undefined, 'raw')).toContain('Legal Office');
  });

  it('makes PDFs qpdf finds sound and DOCX files LibreOffice reads, with a PNG or a JPEG logo', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'casefile-letterhead-others-'));
    try {
      const logos = {
        png: parseLetterheadDocx(await letterheadDocx()),
        jpeg: parseLetterheadDocx(
          handMadeDocx({ pictureTarget: 'media/logo.jpeg', extra: { 'word/media/logo.jpeg': JPEG } }),
        ),
      };
      for (const [name, imported] of Object.entries(logos)) {
        const model = withImportedLetterhead(letter(false), imported);
        const pdf = writePrivate(dir, `${name}.pdf`, await renderPdf(model, { createdAt }));
        expect({ name, ...qpdfCheck(pdf) }).toMatchObject({ name, ok: true });
        writePrivate(dir, `${name}.docx`, await renderDocx(model, { createdAt }));
      }
      const texts = libreOfficeTexts(dir);
      expect(texts.get('png.docx')).toContain('Office of Legal Affairs — R&D <Unit>');
      expect(texts.get('jpeg.docx')).toContain('Legal Office');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('leaves a letter without a letterhead block as it is', () => {
    const plain: DocumentModel = { ...letter(false), blocks: [{ kind: 'paragraph', runs: [{ text: 'Hello' }] }] };
    expect(withImportedLetterhead(plain, { lines: ['Office'], footerLines: ['Street'], logo: null })).toEqual(plain);
  });
});
