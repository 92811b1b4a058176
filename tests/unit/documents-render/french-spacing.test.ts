import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/documents/document-model.js';
import { frenchSpacing, frenchSpacingRuns } from '../../../electron/core/documents/french-spacing.js';
import { renderDocx, renderPdf } from '../../../electron/core/documents/render-document.js';
import { docxParagraphs, docxPart } from './read-outputs.js';

/** French letters: a no-break space before : ; ! ? and inside « », in the PDF and the DOCX alike. */

const NBSP = '\u00a0';
const THIN = '\u202f';

describe('French spacing', () => {
  it('puts a word-wide no-break space before a colon and inside guillemets, a thin one before ; ! ?', () => {
    expect(frenchSpacing('Téléphone : +236')).toBe(`Téléphone${NBSP}: +236`);
    expect(frenchSpacing('Courriel: a@example.org')).toBe(`Courriel${NBSP}: a@example.org`);
    expect(frenchSpacing('Pourquoi ? Oui ; non ! Quoi ?!')).toBe(
      `Pourquoi${THIN}? Oui${THIN}; non${THIN}! Quoi${THIN}?!`,
    );
    expect(frenchSpacing('« une faute »')).toBe(`«${NBSP}une faute${NBSP}»`);
    expect(frenchSpacing('«faute»')).toBe(`«${NBSP}faute${NBSP}»`);
    expect(frenchSpacing('(voir : ceci)')).toBe(`(voir${NBSP}: ceci)`);
  });

  it('leaves addresses, times and what is not the end of a phrase alone', () => {
    for (const text of [
      'https://un.org/a?b=1&c=2',
      'le site https://example.org/?',
      'à 14:30, rapport 1:2',
      'mailto:vra@example.org',
      ' : en début de texte',
      'Déjà espacé\u00a0: rien à faire',
    ])
      expect(frenchSpacing(text)).toBe(text);
  });

  it('decides across runs: the space goes before a mark that opens the next run', () => {
    expect(frenchSpacingRuns([{ text: 'Téléphone', bold: true }, { text: ' : +236' }])).toEqual([
      { text: 'Téléphone', bold: true },
      { text: `${NBSP}: +236` },
    ]);
    expect(frenchSpacingRuns([{ text: 'le «' }, { text: ' mot' }, { text: ' »' }]).map((r) => r.text)).toEqual([
      'le «',
      `${NBSP}mot`,
      `${NBSP}»`,
    ]);
  });

  const letter = (language: 'fr' | 'en'): DocumentModel => ({
    pageSize: 'A4',
    language,
    direction: 'ltr',
    title: 'Lettre',
    header: { left: 'Référence : CF-1' },
    footer: {},
    confidentialityMarking: '',
    blocks: [
      { kind: 'paragraph', runs: [{ text: 'Téléphone', bold: true }, { text: ' : +236 72 00 00 01' }] },
      { kind: 'paragraph', runs: [{ text: 'Avez-vous des questions ? Écrivez à https://example.org/?x=1 à 14:30.' }] },
      { kind: 'paragraph', runs: [{ text: 'Le mot « faute » est employé.' }] },
    ],
  });

  it('is in the French PDF and DOCX, and not in an English letter', async () => {
    const expected = [`Téléphone${NBSP}: +236`, `questions${THIN}?`, `«${NBSP}faute${NBSP}»`];
    const docx = await renderDocx(letter('fr'));
    const body = docxParagraphs(docxPart(docx, 'word/document.xml')).join('\n');
    for (const text of [...expected, 'https://example.org/?x=1 à 14:30']) expect(body).toContain(text);
    expect(docxParagraphs(docxPart(docx, 'word/header1.xml')).join('')).toContain(`Référence${NBSP}: CF-1`);
    // The PDF draws the no-break spaces' own glyphs (readers extract them as plain spaces).
    expect(drawnCharacters(await renderPdf(letter('fr')))).toEqual(expect.arrayContaining([NBSP, THIN]));
    const english = await renderPdf(letter('en'));
    expect(drawnCharacters(english)).not.toContain(NBSP);
    expect(drawnCharacters(english)).not.toContain(THIN);
    expect(docxParagraphs(docxPart(await renderDocx(letter('en')), 'word/document.xml')).join('')).not.toMatch(
      /[\u00a0\u202f]/u,
    );
  });
});

/** Every character the PDF's fonts map a drawn glyph to (their ToUnicode tables, uncompressed by qpdf). */
function drawnCharacters(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'casefile-french-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf);
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', path.join(dir, 'in.pdf'), path.join(dir, 'out.pdf')]);
    const text = readFileSync(path.join(dir, 'out.pdf'), 'latin1');
    return [...text.matchAll(/<[0-9A-F]{4}> <([0-9A-F]{4})>/g)].map(([, hex]) =>
      String.fromCodePoint(parseInt(hex!, 16)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
