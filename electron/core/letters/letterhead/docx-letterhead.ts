import { unzipSync } from 'fflate';
import { posix } from 'node:path';
import { LETTERHEAD_LIMITS, type LetterheadLogo } from '../../../../shared/documents/letterhead.js';

/**
 * A legal office's own letterhead, read from a Word document (.docx) it already uses: the lines
 * of the first section's default header and footer, and the header's first picture (PNG or JPEG)
 * as its logo. The file is not trusted: its size, its number of parts and what they unpack to are
 * bounded before anything is unpacked, only the few parts named below are unpacked, and a part is
 * looked up by name inside the archive only (a relationship pointing outside it is ignored).
 * Nothing of the file's content is ever put in a refusal.
 */

/** Why a file cannot be a letterhead: the catalogue reason of the refusal the legal officer reads. */
export type LetterheadRefusal =
  | 'letterhead.tooLarge'
  | 'letterhead.notDocx'
  | 'letterhead.noHeader'
  | 'letterhead.tooManyLines'
  | 'letterhead.logoNotSupported'
  | 'letterhead.logoTooLarge';

export class LetterheadParseError extends Error {
  constructor(readonly refusal: LetterheadRefusal) {
    super(`letterhead refused: ${refusal}`);
    this.name = 'LetterheadParseError';
  }
}

export interface ParsedLetterhead {
  lines: string[];
  footerLines: string[];
  logo: LetterheadLogo | null;
}

/** What a .docx may be: far above any letterhead, far below what could exhaust memory. */
export const DOCX_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  entries: 2_000,
  /** The sum of every part's declared unpacked size: a zip bomb is refused before unpacking. */
  unpackedBytes: 200 * 1024 * 1024,
  /** The document part, whose section properties name the header and footer. */
  documentBytes: 8 * 1024 * 1024,
  /** A header, footer or relationships part: far above any letterhead's. */
  xmlPartBytes: 256 * 1024,
} as const;

/** The most pixels a logo may have: a letterhead's emblem is a few hundred pixels a side. */
const LOGO_PIXELS = 4_000_000;

const refuse = (refusal: LetterheadRefusal): never => {
  throw new LetterheadParseError(refusal);
};

interface Entry {
  size: number;
  originalSize: number;
}

/** The archive's table of contents, nothing unpacked; refused if it is not a zip or too big unpacked. */
function listEntries(bytes: Uint8Array): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (entries.size >= DOCX_LIMITS.entries || unpacked > DOCX_LIMITS.unpackedBytes) refuse('letterhead.tooLarge');
        entries.set(file.name, { size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof LetterheadParseError) throw error;
    refuse('letterhead.notDocx');
  }
  return entries;
}

/**
 * Unpacks the named parts only, each within `maxBytes`: as declared unpacked, as stored (a part
 * stored without compression comes out as large as its stored bytes, whatever it declares) and as
 * actually unpacked. `tooBig` is the refusal a part over the limit gets.
 */
function unpack(
  bytes: Uint8Array,
  entries: Map<string, Entry>,
  names: string[],
  maxBytes: number,
  tooBig: LetterheadRefusal = 'letterhead.tooLarge',
) {
  const wanted = new Set(names.filter((name) => entries.has(name)));
  for (const name of wanted) {
    const entry = entries.get(name);
    if (entry !== undefined && Math.max(entry.size, entry.originalSize) > maxBytes) refuse(tooBig);
  }
  if (wanted.size === 0) return new Map<string, Uint8Array>();
  let files: Record<string, Uint8Array>;
  try {
    // The output buffer is the declared size: a part that unpacks to more is cut there, never grown.
    files = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  } catch {
    return refuse('letterhead.notDocx');
  }
  if (Object.values(files).some((part) => part.byteLength > maxBytes)) refuse(tooBig);
  return new Map(Object.entries(files));
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name] ?? whole;
  });
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(2)
    .find((value) => value !== undefined);

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` without each span from `start` to the next `end` (an unclosed span runs to the end), in linear time. */
function withoutSpans(text: string, start: string, end: string): string {
  let kept = '';
  let from = 0;
  for (let at = text.indexOf(start, from); at !== -1; at = text.indexOf(start, from)) {
    kept += text.slice(from, at);
    const close = text.indexOf(end, at + start.length);
    if (close === -1) return kept;
    from = close + end.length;
  }
  return kept + text.slice(from);
}

/** The first span of `text` from `start` to the next `end`, or '' when there is none; linear time. */
function firstSpan(text: string, start: string, end: string): string {
  const at = text.indexOf(start);
  const close = at === -1 ? -1 : text.indexOf(end, at + start.length);
  return close === -1 ? '' : text.slice(at, close + end.length);
}

/**
 * The paragraphs of a WordprocessingML part as lines of text: runs joined, tabs and breaks as
 * spaces, blank paragraphs dropped. The fallback copy Word keeps of a text box is skipped (it
 * would repeat the text); a paragraph inside a text box comes out as its own line.
 */
export function paragraphLines(xml: string): string[] {
  const source = withoutSpans(xml, '<mc:Fallback', '</mc:Fallback>');
  const lines: string[] = [];
  const open: string[] = [];
  // Attribute patterns stop at the next '<', so a file made of unclosed tags is read in linear time.
  const token =
    /<w:p(?:\s[^<>]*)?\/>|<w:p(?:\s[^<>]*)?>|<\/w:p>|<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)\b[^<>]*\/>/g;
  for (let match = token.exec(source); match !== null; match = token.exec(source)) {
    const tag = match[0];
    if (tag.startsWith('<w:t') && !tag.startsWith('<w:tab')) {
      if (open.length > 0) open[open.length - 1] += decodeXmlText(match[1] ?? '');
    } else if (tag.startsWith('<w:tab') || tag.startsWith('<w:br') || tag.startsWith('<w:cr')) {
      if (open.length > 0) open[open.length - 1] += ' ';
    } else if (tag === '</w:p>') {
      // Control characters (a terminal escape, say) become spaces: the lines are shown and printed.
      const line = (open.pop() ?? '').replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
      if (line !== '') lines.push(line);
    } else if (!tag.endsWith('/>')) {
      open.push('');
    }
  }
  return lines;
}

/** A part's relationships: id → the part it names inside the archive (external targets left out). */
function relationships(xml: string | undefined, partName: string): Map<string, string> {
  const targets = new Map<string, string>();
  if (xml === undefined) return targets;
  const folder = posix.dirname(partName);
  for (const [tag] of xml.matchAll(/<Relationship\b[^<>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (!id || !target || attribute(tag, 'TargetMode') === 'External') continue;
    const joined = target.startsWith('/') ? target.slice(1) : posix.join(folder, decodeXmlText(target));
    const inside = posix.normalize(joined);
    // Never outside the archive: a name that climbs above its root names nothing we read.
    if (inside.startsWith('..') || posix.isAbsolute(inside)) continue;
    targets.set(id, inside);
  }
  return targets;
}

const relsPartOf = (partName: string): string =>
  posix.join(posix.dirname(partName), '_rels', `${posix.basename(partName)}.rels`);

/**
 * The header and footer reference ids of the first page of the first section (Word's section
 * properties): the default ones, or the first page's own where the section has a different first
 * page (w:titlePg), as letterhead templates often do.
 */
function defaultReferences(documentXml: string): { header?: string; footer?: string } {
  const section = firstSpan(documentXml, '<w:sectPr', '</w:sectPr>');
  const titlePage = /<w:titlePg\b[^<>]*>/.exec(section)?.[0];
  const firstPageOwn = titlePage !== undefined && !/w:val\s*=\s*["'](0|false|off)["']/.test(titlePage);
  const found: Record<'default' | 'first', { header?: string; footer?: string }> = { default: {}, first: {} };
  for (const [tag, kind] of section.matchAll(/<w:(header|footer)Reference\b[^<>]*>/g)) {
    const type = attribute(tag, 'w:type') ?? 'default';
    const id = attribute(tag, 'r:id');
    if ((type === 'default' || type === 'first') && id && (kind === 'header' || kind === 'footer'))
      found[type][kind] ??= id;
  }
  if (!firstPageOwn) return found.default;
  return { ...found.default, ...found.first };
}

/** Pixel size of a PNG or JPEG from its own bytes (never its name), or undefined for anything else. */
export function imageOf(bytes: Uint8Array): LetterheadLogo | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const png = view.length >= 24 && view.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  if (png && view.toString('latin1', 12, 16) === 'IHDR') {
    return sized('image/png', view, view.readUInt32BE(16), view.readUInt32BE(20));
  }
  if (view.length >= 4 && view[0] === 0xff && view[1] === 0xd8 && view[2] === 0xff) {
    // Walk the markers to the first start-of-frame, which holds the height and width.
    let at = 2;
    while (at + 9 < view.length && view[at] === 0xff) {
      const marker = view[at + 1] ?? 0;
      const length = view.readUInt16BE(at + 2);
      const startOfFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
      if (startOfFrame) return sized('image/jpeg', view, view.readUInt16BE(at + 7), view.readUInt16BE(at + 5));
      if (length < 2) return undefined;
      at += 2 + length;
    }
  }
  return undefined;
}

function sized(mime: LetterheadLogo['mime'], bytes: Buffer, widthPx: number, heightPx: number) {
  const fits = (value: number) => Number.isInteger(value) && value >= 1 && value <= LETTERHEAD_LIMITS.logoSidePx;
  if (!fits(widthPx) || !fits(heightPx)) return undefined;
  return { mime, base64: bytes.toString('base64'), widthPx, heightPx };
}

/** The first picture a header part shows (DrawingML or the older VML), as the part it names. */
function firstPicture(xml: string, rels: Map<string, string>): string | undefined {
  const reference = /<a:blip\b[^<>]*\sr:embed\s*=\s*"([^"]+)"|<v:imagedata\b[^<>]*\sr:id\s*=\s*"([^"]+)"/.exec(xml);
  const id = reference?.[1] ?? reference?.[2];
  return id === undefined ? undefined : rels.get(id);
}

/** The letterhead of a .docx, or a LetterheadParseError saying what the legal officer should do. */
export function parseLetterheadDocx(bytes: Uint8Array): ParsedLetterhead {
  if (bytes.byteLength > DOCX_LIMITS.fileBytes) refuse('letterhead.tooLarge');
  // A .docx is a zip: it starts with a local file header ("PK\3\4").
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4)
    refuse('letterhead.notDocx');
  const entries = listEntries(bytes);
  const xmlOf = (parts: Map<string, Uint8Array>, name: string | undefined) => {
    const part = name === undefined ? undefined : parts.get(name);
    return part === undefined ? undefined : utf8.decode(part);
  };
  const DOCUMENT = 'word/document.xml';
  const first = unpack(bytes, entries, [DOCUMENT, relsPartOf(DOCUMENT)], DOCX_LIMITS.documentBytes);
  const documentXml = xmlOf(first, DOCUMENT);
  if (documentXml === undefined) return refuse('letterhead.notDocx');
  const documentRels = relationships(xmlOf(first, relsPartOf(DOCUMENT)), DOCUMENT);
  const references = defaultReferences(documentXml);
  const headerPart = references.header === undefined ? undefined : documentRels.get(references.header);
  const footerPart = references.footer === undefined ? undefined : documentRels.get(references.footer);
  if (headerPart === undefined) return refuse('letterhead.noHeader');
  const parts = [headerPart, relsPartOf(headerPart), ...(footerPart ? [footerPart] : [])];
  const second = unpack(bytes, entries, parts, DOCX_LIMITS.xmlPartBytes);
  const headerXml = xmlOf(second, headerPart);
  if (headerXml === undefined) return refuse('letterhead.noHeader');
  const lines = paragraphLines(headerXml);
  const footerLines = footerPart === undefined ? [] : paragraphLines(xmlOf(second, footerPart) ?? '');
  const tooLong = (list: string[]) => list.some((line) => line.length > LETTERHEAD_LIMITS.lineChars);
  if (lines.length > LETTERHEAD_LIMITS.lines || footerLines.length > LETTERHEAD_LIMITS.footerLines) {
    refuse('letterhead.tooManyLines');
  }
  if (tooLong(lines) || tooLong(footerLines)) refuse('letterhead.tooManyLines');
  const picture = firstPicture(headerXml, relationships(xmlOf(second, relsPartOf(headerPart)), headerPart));
  let logo: LetterheadLogo | null = null;
  if (picture !== undefined) {
    const image = unpack(bytes, entries, [picture], LETTERHEAD_LIMITS.logoBytes, 'letterhead.logoTooLarge').get(
      picture,
    );
    if (image === undefined) return refuse('letterhead.logoNotSupported');
    logo = imageOf(image) ?? refuse('letterhead.logoNotSupported');
    // Every PDF letter decodes the picture whole: its pixels are bounded, not only its bytes.
    if (logo.widthPx * logo.heightPx > LOGO_PIXELS) refuse('letterhead.logoTooLarge');
  }
  if (lines.length === 0 && logo === null) refuse('letterhead.noHeader');
  return { lines, footerLines, logo };
}
