import type { DocumentModel } from '../../../../shared/documents/document-model.js';
import type { LetterheadContent } from '../../../../shared/documents/letterhead.js';

/**
 * A letter with the office's imported letterhead in place of the template's: each letterhead
 * block takes the imported lines and logo, and the footer lines go at the foot of every page.
 * A discreet letter, and a letter whose template has no letterhead block, stay as they are: they
 * must not say on their face who sends them.
 */
export function withImportedLetterhead(model: DocumentModel, letterhead: LetterheadContent | null): DocumentModel {
  if (letterhead === null || model.discreet === true) return model;
  if (!model.blocks.some((block) => block.kind === 'letterhead')) return model;
  return {
    ...model,
    blocks: model.blocks.map((block) =>
      block.kind === 'letterhead' ? { ...block, lines: [...letterhead.lines], logo: letterhead.logo } : block,
    ),
    ...(letterhead.footerLines.length > 0 ? { letterheadFooter: [...letterhead.footerLines] } : {}),
  };
}
