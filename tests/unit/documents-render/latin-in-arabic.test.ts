import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx, renderPdf } from '../../../electron/core/documents/render-document.js';
import { LETTER_AT } from '../documents-model/fixtures.js';
import { pdfText, withoutBidiMarks } from './read-outputs.js';
import { convertWithWriter, writePrivate } from './read-with-others.js';
import { shippedLetters } from './shipped-letters.js';

/**
 * An Arabic letter to a Permanent Mission whose address is typed in Latin letters: the PDF and
 * the DOCX (as LibreOffice Writer lays it out) show each line of the address in its own order.
 */

const ADDRESS = [
  'Permanent Mission of Uruguay to the United Nations',
  '866 United Nations Plaza',
  'New York, NY 10017',
];

let dir: string;
let pdf: Buffer;
let writerPdf: Buffer;

beforeAll(async () => {
  const letter = shippedLetters().find(
    (candidate) =>
      candidate.language === 'ar' &&
      candidate.pageSize === 'A4' &&
      JSON.stringify(candidate.model.blocks).includes('866 United Nations Plaza'),
  );
  if (!letter) throw new Error('no Arabic letter holds the address');
  const createdAt = new Date(LETTER_AT);
  pdf = await renderPdf(letter.model, { createdAt });
  dir = mkdtempSync(path.join(tmpdir(), 'casefile-latin-in-arabic-'));
  writePrivate(dir, 'letter.docx', await renderDocx(letter.model, { createdAt }));
  const { out, said } = convertWithWriter(dir, 'pdf', 'pdf');
  if (!existsSync(path.join(out, 'letter.pdf'))) throw new Error(`LibreOffice did not convert the letter: ${said}`);
  writerPdf = readFileSync(path.join(out, 'letter.pdf'));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The lines of a PDF as pdftotext reads them, without its bidi marks and the page's indentation. */
const lines = (bytes: Buffer, mode: 'layout' | 'raw'): string[] =>
  withoutBidiMarks(pdfText(bytes, undefined, mode))
    .split('\n')
    .map((line) => line.trim());

describe('Latin text inside an Arabic letter', () => {
  it('keeps each line of a Latin address in its order in the PDF', () => {
    for (const mode of ['raw', 'layout'] as const) {
      for (const line of ADDRESS) expect(lines(pdf, mode), `${mode}: ${line}`).toContain(line);
    }
  });

  it('keeps each line of a Latin address in its order in the DOCX, as LibreOffice Writer lays it out', () => {
    // Writer's PDF wraps its text in its own direction marks, which pdftotext -layout regroups: read in drawing order.
    for (const line of ADDRESS) expect(lines(writerPdf, 'raw'), line).toContain(line);
  });
});
