import { z } from 'zod';

/**
 * Rich text as data, never HTML: interview notes (and later letter paragraphs) are blocks of
 * runs. Nothing here can carry a script, and the DOCX/PDF renderers can read it directly.
 */
export const TextRun = z
  .object({
    text: z.string().max(100_000),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
  })
  .strict();
export type TextRun = z.infer<typeof TextRun>;

export const RICH_TEXT_BLOCK_KINDS = ['paragraph', 'heading', 'bullet', 'numbered', 'quote'] as const;

/** One block; consecutive `bullet`/`numbered` blocks form one list. */
export const RichTextBlock = z
  .object({
    kind: z.enum(RICH_TEXT_BLOCK_KINDS),
    runs: z.array(TextRun).max(10_000),
  })
  .strict();
export type RichTextBlock = z.infer<typeof RichTextBlock>;

export const RichText = z
  .object({ blocks: z.array(RichTextBlock).max(20_000) })
  .strict()
  .refine((doc) => richTextLength(doc) <= 1_000_000, 'rich text is limited to one million characters');
export type RichText = z.infer<typeof RichText>;

export const EMPTY_RICH_TEXT: RichText = { blocks: [] };

export function richTextLength(doc: { blocks: readonly RichTextBlock[] }): number {
  return doc.blocks.reduce((sum, block) => sum + block.runs.reduce((s, run) => s + run.text.length, 0), 0);
}

/** Plain text, one line per block: for search indexing and plain-text exports. */
export function richTextToPlain(doc: RichText): string {
  return doc.blocks.map((block) => block.runs.map((run) => run.text).join('')).join('\n');
}

/** A paragraph per line of plain text (CLI input, imports). */
export function plainToRichText(text: string): RichText {
  return {
    blocks: text.split(/\r?\n/).map((line) => ({ kind: 'paragraph' as const, runs: line ? [{ text: line }] : [] })),
  };
}
