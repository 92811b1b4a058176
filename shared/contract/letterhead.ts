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
    input: z.object({}).strict(),
    output: Current,
    whileLocked: false,
  }),
  'letterhead.import': method({
    input: z.object({}).strict(),
    output: Current.extend({ imported: z.boolean() }).strict(),
    whileLocked: false,
  }),
  'letterhead.reset': method({
    input: z.object({}).strict(),
    output: Current,
    whileLocked: false,
  }),
};
