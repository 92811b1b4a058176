import { Document, Footer, Header, ImageRun, Packer, Paragraph, Tab, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { emblemImages } from '../../../electron/core/documents/docx/emblem-image.js';

/** A real PNG (the shipped emblem's fallback picture). */
export const PNG = emblemImages().png;
/** A small baseline JPEG (9×12 pixels, a page drawn by pdftoppm), small enough to keep inline. */
export const JPEG = Buffer.from(
  [
    '/9j/4AAQSkZJRgABAQEAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19i',
    'Z2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj',
    'Y2NjY2NjY2P/wAARCAAMAAkDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF',
    'BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW',
    'V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi',
    '4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC',
    'AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm',
    'Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq',
    '8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDuzCS5bzHB/D/CpaYWOafQB//Z',
  ].join(''),
  'base64',
);
/** A 1×1 GIF: a picture format a letterhead logo may not be. */
export const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

export const HEADER_LINES = ['Office of Legal Affairs — R&D <Unit>', 'United Nations Mission in Testland'];
export const FOOTER_LINES = ['1 Plaza Street, Testville', 'Tel. +1 212 000 0000'];

/** A Word document as Word would write one: the office's letterhead in the first page's header and footer. */
export async function letterheadDocx(
  options: { logo?: Buffer | null; type?: 'png' | 'jpg' | 'gif' } = {},
): Promise<Buffer> {
  const logo = options.logo === undefined ? PNG : options.logo;
  const header = new Header({
    children: [
      ...(logo
        ? [
            new Paragraph({
              children: [
                new ImageRun({
                  type: options.type ?? 'png',
                  data: logo,
                  transformation: { width: 80, height: 80 },
                } as ConstructorParameters<typeof ImageRun>[0]),
              ],
            }),
          ]
        : []),
      new Paragraph({ children: [new TextRun('Office of Legal Affairs '), new TextRun('— R&D <Unit>')] }),
      new Paragraph(''),
      new Paragraph({ children: [new TextRun({ children: ['United Nations', new Tab(), 'Mission in Testland'] })] }),
    ],
  });
  const doc = new Document({
    sections: [
      {
        headers: { default: header },
        footers: { default: new Footer({ children: FOOTER_LINES.map((line) => new Paragraph(line)) }) },
        children: [new Paragraph('The body of the document is not the letterhead.')],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const rels = (entries: { id: string; target: string; external?: boolean }[]) =>
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  entries
    .map(
      (e) => `<Relationship Id="${e.id}" Type="x" Target="${e.target}"${e.external ? ' TargetMode="External"' : ''}/>`,
    )
    .join('') +
  '</Relationships>';

/** A hand-made .docx: the header part's target and picture are what a hostile file would choose. */
export function handMadeDocx(parts: {
  headerTarget?: string;
  headerXml?: string;
  pictureTarget?: string;
  extra?: Record<string, Uint8Array>;
  withDocument?: boolean;
}): Uint8Array {
  const headerTarget = parts.headerTarget ?? 'header1.xml';
  const headerXml =
    parts.headerXml ??
    `<w:hdr ${W} ${R}><w:p><w:r><w:t>Legal Office</w:t></w:r></w:p>` +
      `<w:p><w:r><w:drawing><a:blip xmlns:a="x" r:embed="rIdImg"/></w:drawing></w:r></w:p></w:hdr>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/_rels/document.xml.rels': strToU8(rels([{ id: 'rIdH', target: headerTarget }])),
    'word/header1.xml': strToU8(headerXml),
    'word/_rels/header1.xml.rels': strToU8(
      rels(parts.pictureTarget ? [{ id: 'rIdImg', target: parts.pictureTarget }] : []),
    ),
    ...parts.extra,
  };
  if (parts.withDocument !== false) {
    files['word/document.xml'] = strToU8(
      `<w:document ${W} ${R}><w:body><w:p/><w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>` +
        `</w:sectPr></w:body></w:document>`,
    );
  }
  return zipSync(files);
}

/** Sets every central-directory entry's declared unpacked size: a zip bomb's lie, without the bomb. */
export function declaringUnpackedSize(zip: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return out;
}
