import type { DocumentModel } from '../../../../shared/documents/document-model.js';

/** What a feature may ask of the rendering of a document. */
export interface DocumentRenderOptions {
  /** The document's date: the files' creation date (the PDF is then the same bytes for the same document). */
  createdAt?: Date;
}

/**
 * The document engine (documents/render-document.ts), as other features reach it: a letter, a
 * custody report or any later document is built as a `DocumentModel` by its own feature and drawn
 * here, in the shipped fonts, as PDF or DOCX.
 */
export interface DocumentRenderer {
  renderPdf(model: DocumentModel, options?: DocumentRenderOptions): Promise<Buffer>;
  renderDocx(model: DocumentModel, options?: DocumentRenderOptions): Promise<Buffer>;
}
