import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';

/**
 * The letters as other people's software reads them: qpdf's structural check, pdf.js (the
 * reader inside browsers and many viewers) and LibreOffice Writer for the DOCX.
 */

/** qpdf --check: what it says, and whether it found nothing wrong (exit status 0: no errors, no warnings). */
export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  if (run.error) throw run.error;
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

export interface PdfJsPage {
  /** The page's text items, joined as pdf.js lays them out: `hasEOL` ends a line. */
  text: string;
  /** Each text item on its own, in order. */
  items: string[];
  /** Text items drawn outside any marked content (neither tagged content nor an artifact). */
  untagged: string[];
  /** The text of each marked-content sequence that belongs to the structure, by its id ("p5R_mc3"). */
  marked: Map<string, string>;
  /** The text of those sequences in drawing order (what is not an artifact). */
  taggedText: string;
  /** The structure tree pdf.js builds for the page. */
  structure: PdfJsStructureNode;
}

export interface PdfJsStructureNode {
  role?: string;
  alt?: string;
  children?: (PdfJsStructureNode | { type: 'content'; id: string })[];
}

/** A page's tagged text in the order of its structure tree: what a screen reader reads. */
export function structureOrderText(page: PdfJsPage): string {
  const pieces: string[] = [];
  const visit = (node: PdfJsStructureNode | { type: 'content'; id: string }) => {
    if ('type' in node) pieces.push(page.marked.get(node.id) ?? '');
    else for (const child of node.children ?? []) visit(child);
  };
  visit(page.structure);
  return pieces.join(' ');
}

/** Every page of a PDF as pdf.js reads it. */
export async function pdfJsPages(pdf: Uint8Array): Promise<PdfJsPage[]> {
  // pdf.js takes the buffer over: a copy, so that the caller's bytes stay usable.
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, useSystemFonts: false }).promise;
  try {
    const pages: PdfJsPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const items: string[] = [];
      const untagged: string[] = [];
      const marked = new Map<string, string>();
      let text = '';
      let taggedText = '';
      // The marked-content sequences open at this point: a structure id, or null (an artifact).
      const open: (string | null)[] = [];
      for (const item of content.items as (TextItem | TextMarkedContent)[]) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContent') open.push(null);
          else if (item.type === 'beginMarkedContentProps') {
            open.push(item.id || null); // an artifact has no id
            // One sequence's text never runs into the previous one's, as in the structure order below: pdf.js
            // puts no space between two table cells drawn right to left (an Arabic label, then its value).
            if (item.id && /\S$/u.test(taggedText)) taggedText += ' ';
          } else if (item.type === 'endMarkedContent') open.pop();
          continue;
        }
        const piece = item.str + (item.hasEOL ? '\n' : '');
        items.push(item.str);
        text += piece;
        if (open.length === 0 && item.str.trim() !== '') untagged.push(item.str);
        const owner = open[open.length - 1];
        if (owner) {
          marked.set(owner, (marked.get(owner) ?? '') + piece);
          taggedText += piece;
        }
      }
      const structure = (await page.getStructTree()) as PdfJsStructureNode;
      pages.push({ text, items, untagged, marked, taggedText, structure });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/**
 * Each DOCX in `dir` converted by LibreOffice Writer to `format` under `dir/<folder>`, in one soffice run (its
 * start-up is most of the cost), with a profile of its own inside `dir`. The DOCX file names, and soffice's output
 * for a failure message.
 */
export function convertWithWriter(
  dir: string,
  format: string,
  folder: string,
  env: NodeJS.ProcessEnv = process.env,
): { documents: string[]; out: string; said: string } {
  const documents = readdirSync(dir).filter((name) => name.endsWith('.docx'));
  const out = path.join(dir, folder);
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      out,
      ...documents.map((name) => path.join(dir, name)),
    ],
    { encoding: 'utf8', timeout: 240_000, env },
  );
  if (run.error) throw run.error;
  return { documents, out, said: `${run.stdout}${run.stderr}` };
}

/** Each DOCX in `dir` converted to UTF-8 text by LibreOffice Writer. File name → text. */
export function libreOfficeTexts(dir: string): Map<string, string> {
  const { documents, out, said } = convertWithWriter(dir, 'txt:Text (encoded):UTF8', 'text');
  const texts = new Map<string, string>();
  for (const name of documents) {
    const file = path.join(out, name.replace(/\.docx$/, '.txt'));
    try {
      texts.set(name, readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
    } catch {
      throw new Error(`LibreOffice did not convert ${name}: ${said}`);
    }
  }
  return texts;
}

/**
 * Each DOCX in `dir` converted to PDF by LibreOffice Writer where fontconfig knows only the
 * DejaVu fonts (a machine without Noto), and the fonts each PDF embeds (pdffonts, without
 * subset tags). File name → font names.
 */
export function libreOfficePdfFonts(dir: string): Map<string, string[]> {
  const config = path.join(dir, 'fonts.conf');
  writeFileSync(
    config,
    '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>' +
      `<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${path.join(dir, 'font-cache')}</cachedir></fontconfig>`,
  );
  const { documents, out, said } = convertWithWriter(dir, 'pdf', 'pdf', { ...process.env, FONTCONFIG_FILE: config });
  const fonts = new Map<string, string[]>();
  for (const name of documents) {
    const file = path.join(out, name.replace(/\.docx$/, '.pdf'));
    const listing = spawnSync('pdffonts', [file], { encoding: 'utf8' });
    if (listing.status !== 0) throw new Error(`LibreOffice did not convert ${name}: ${said}`);
    const names = listing.stdout
      .trim()
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    fonts.set(name, names);
  }
  return fonts;
}

/** Writes `bytes` to `dir/name` (private to this user) and returns the path. */
export function writePrivate(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes, { mode: 0o600 });
  return file;
}
