import type { DocumentBlock, DocumentLanguage, DocumentRun } from '../../../shared/documents/document-model.js';

/**
 * A paragraph or heading starts with a capital. A merged value written to run on inside a
 * sentence ("presents its compliments to {{letter.recipientName}}": "the Permanent Mission of …")
 * also heads the address block; there it must read "The Permanent Mission of …".
 *
 * Only a first word of lower-case letters is raised, and only its first letter, in the letter's
 * language (Turkish-style dotted i aside, toLocaleUpperCase does the rest). A first word that is
 * an address, a code or a name spelled in lower case on purpose is left alone: anything holding
 * "@", "/", ".", ":", a digit or a capital ("e-mail" is raised, "vra@example.org" and "iPhone" are
 * not). List items and table cells are not sentences and are left as written.
 */
const FIRST_WORD = /^(\s*)(\p{Ll}[\p{Ll}\p{M}'’-]*)(?=[\s,;]|$)/u;

export function capitalStart(block: DocumentBlock, language: DocumentLanguage): DocumentBlock {
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return block;
  const [first, ...rest] = block.runs;
  if (!first) return block;
  const match = FIRST_WORD.exec(first.text);
  if (!match) return block;
  const [, space = '', word = ''] = match;
  const raised: DocumentRun = {
    ...first,
    text: space + word.charAt(0).toLocaleUpperCase(language) + first.text.slice(space.length + 1),
  };
  return { ...block, runs: [raised, ...rest] };
}
