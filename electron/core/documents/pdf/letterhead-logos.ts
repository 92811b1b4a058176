import type { PDFDocument, PDFImage } from 'pdf-lib';
import type { DocumentBlock } from '../../../../shared/documents/document-model.js';
import type { LetterheadLogo } from '../../../../shared/documents/letterhead.js';

/**
 * The pictures of imported letterheads, embedded once per PDF before the pages are drawn (pdf-lib
 * embeds asynchronously; the body is laid out and drawn synchronously).
 */
export class EmbeddedLogos {
  readonly #images = new Map<string, PDFImage>();

  async embed(doc: PDFDocument, blocks: readonly DocumentBlock[]): Promise<void> {
    for (const block of blocks) {
      if (block.kind !== 'letterhead' || block.logo === null || block.logo === 'un_emblem') continue;
      const logo = block.logo;
      if (this.#images.has(logo.base64)) continue;
      // A buffer of its own: pdf-lib reads the JPEG through a DataView of `.buffer`, ignoring a pooled Buffer's offset.
      const bytes = new Uint8Array(Buffer.from(logo.base64, 'base64'));
      this.#images.set(logo.base64, logo.mime === 'image/png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes));
    }
  }

  /** The embedded picture of `logo`; embed() has seen every block drawn. */
  get(logo: LetterheadLogo): PDFImage {
    const image = this.#images.get(logo.base64);
    if (image === undefined) throw new Error('a letterhead logo was drawn before it was embedded');
    return image;
  }
}
