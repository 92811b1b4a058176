import type { RichTextBlock } from '../../../shared/domain/rich-text.js';

/** Consecutive bullet or numbered blocks form one list; every other block stands alone. */
export type BlockGroup =
  | { kind: 'list'; ordered: boolean; items: RichTextBlock[]; first: number }
  | { kind: 'single'; block: RichTextBlock; index: number };

export function groupBlocks(blocks: readonly RichTextBlock[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'bullet' || block.kind === 'numbered') {
      const ordered = block.kind === 'numbered';
      const last = groups[groups.length - 1];
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(block);
      else groups.push({ kind: 'list', ordered, items: [block], first: index });
    } else {
      groups.push({ kind: 'single', block, index });
    }
  });
  return groups;
}

/** The element each block kind is written as, in the editor and in read-only views alike. */
export const BLOCK_TAGS = { paragraph: 'p', heading: 'h4', quote: 'blockquote' } as const;
