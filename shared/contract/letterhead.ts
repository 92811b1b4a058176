import { z } from 'zod';
import { Instant } from '../domain/primitives.js';
import { LetterheadContent } from '../documents/letterhead.js';
import { method } from './define.js';

/** The vault's imported letterhead, with where it came from; absent, letters use the shipped one. */
export const ImportedLetterhead = LetterheadContent.extend({
  /** The Word file's name as chosen (never its path). */
  sourceName: z.string().min(1).max(255),
  importedAt: Instant,
  importedBy: z.string().max(200),
}).strict();
export type ImportedLetterhead = z.infer<typeof ImportedLetterhead>;

const Current = z.object({ current: ImportedLetterhead.nullable() }).strict();

export const letterheadMethods = {
  'letterhead.get': method({
    summary: 'The letterhead every letter uses: the one imported from Word, or null for the shipped one.',
    input: z.object({}).strict(),
    output: Current,
    whileLocked: false,
  }),
  'letterhead.import': method({
    summary:
      'Open the native file dialog for a Word document (.docx) and make its header, footer and logo ' +
      'the letterhead of every letter; imported false when the dialog is cancelled.',
    input: z.object({}).strict(),
    output: Current.extend({ imported: z.boolean() }).strict(),
    whileLocked: false,
  }),
  'letterhead.reset': method({
    summary: 'Go back to the shipped letterhead.',
    input: z.object({}).strict(),
    output: Current,
    whileLocked: false,
  }),
};
