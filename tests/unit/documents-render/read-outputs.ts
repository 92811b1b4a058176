import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * Reading rendered letters back the way a person's tools would: the parts of a DOCX (a zip,
 * read here from its central directory), and a PDF through poppler (pdftotext, pdffonts).
 */

/** Every file of a zip archive by name. */
export function unzip(archive: Buffer): Map<string, Buffer> {
  const END = 0x06054b50;
  let end = archive.length - 22;
  while (end >= 0 && archive.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let entry = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(entry) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = archive.readUInt16LE(entry + 10);
    const compressedSize = archive.readUInt32LE(entry + 20);
    const nameLength = archive.readUInt16LE(entry + 28);
    const extraLength = archive.readUInt16LE(entry + 30);
    const commentLength = archive.readUInt16LE(entry + 32);
    const local = archive.readUInt32LE(entry + 42);
    const name = archive.toString('utf8', entry + 46, entry + 46 + nameLength);
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataStart, dataStart + compressedSize);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** One XML part of a DOCX as text. */
export function docxPart(docx: Buffer, part: string): string {
  const file = unzip(docx).get(part);
  if (!file) throw new Error(`${part} is not in the document`);
  return file.toString('utf8');
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** The text of a WordprocessingML part, one line per paragraph (runs joined, tabs as tabs). */
export function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
      .map(([tag, text]) =>
        tag === '<w:tab/>'
          ? '\t'
          : tag === '<w:br/>'
            ? '\n'
            : (text ?? '').replace(/&(lt|gt|amp|quot|apos);/g, (entity) => ENTITIES[entity]!),
      )
      .join(''),
  );
}

/** Runs a poppler tool on the bytes of a PDF (written to a private temporary folder, removed after). */
function poppler<T>(pdf: Buffer | Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'casefile-letter-test-'));
  try {
    const file = path.join(dir, 'letter.pdf');
    writeFileSync(file, pdf, { mode: 0o600 });
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of a PDF as pdftotext extracts it, optionally of some pages only. `-layout` by
 * default (lines as placed on the page); `raw` gives the text in drawing order, with the
 * spaces drawn: -layout guesses word gaps from positions and may miss a narrow one ("À :").
 */
export function pdfText(
  pdf: Buffer | Uint8Array,
  pages?: { first: number; last: number },
  mode: 'layout' | 'raw' = 'layout',
): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return poppler(pdf, (file) => execFileSync('pdftotext', [`-${mode}`, ...range, file, '-'], { encoding: 'utf8' }));
}

/** Each page's text, without the bidi marks pdftotext wraps right-to-left text in. */
export function pdfPages(pdf: Buffer | Uint8Array, pageCount: number, mode: 'layout' | 'raw' = 'layout'): string[] {
  return Array.from({ length: pageCount }, (_, index) =>
    withoutBidiMarks(pdfText(pdf, { first: index + 1, last: index + 1 }, mode)),
  );
}

export function withoutBidiMarks(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** pdffonts' rows: name, type, encoding and whether the font is embedded. */
export function pdfFonts(
  pdf: Buffer | Uint8Array,
): { name: string; type: string; embedded: boolean; subset: boolean }[] {
  const out = poppler(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => {
      const match =
        /^(\S+)\s+(.+?)\s+(Identity-H|WinAnsi|Custom|Builtin|MacRoman|Standard)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(
          line,
        );
      if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes', subset: match[5] === 'yes' };
    });
}
