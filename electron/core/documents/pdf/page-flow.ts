import type { PDFPage } from 'pdf-lib';

/**
 * One strip of the page body (a line of text, a table band, a gap) and how to draw it once
 * its place is known. A document is one list of these, placed top to bottom.
 */
export interface FlowItem {
  height: number;
  draw(page: PDFPage, top: number): void;
  /** The page may not end after this item (headings, the lines of a block kept together). */
  keepWithNext?: boolean;
  /** Spacing: left out at the top of a page. */
  collapsible?: boolean;
  /** Start a new page before this item (a page break in the letter). */
  breakBefore?: boolean;
  /** Drawn first whenever this item opens a page: a table's header row. */
  repeatAtPageTop?: readonly FlowItem[];
}

export interface BodyFrame {
  /** y of the top of the body (PDF coordinates, origin bottom left). */
  top: number;
  bottom: number;
}

export interface Placement {
  item: FlowItem;
  /** 0-based page index. */
  page: number;
  top: number;
}

/**
 * Decides where each item goes (nothing is drawn yet, so that the fonts are embedded only once
 * layout knows which faces it used): a chain of items joined by `keepWithNext` moves to the
 * next page when it does not fit in what is left of this one; a chain taller than a page flows.
 */
export function planPages(
  frame: BodyFrame,
  items: readonly FlowItem[],
): { placements: Placement[]; pageCount: number } {
  const placements: Placement[] = [];
  let page = 0;
  let top = frame.top;
  const bodyHeight = frame.top - frame.bottom;
  const atPageTop = () => top >= frame.top;
  const newPage = () => {
    page += 1;
    top = frame.top;
  };
  const put = (item: FlowItem) => {
    placements.push({ item, page, top });
    top -= item.height;
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.breakBefore && !atPageTop()) newPage();
    if (item.collapsible && atPageTop()) continue;
    let chain = 0;
    for (let k = i; k < items.length; k++) {
      const next = items[k]!;
      if (k > i && next.breakBefore) break;
      chain += next.height;
      if (!next.keepWithNext || chain > bodyHeight) break;
    }
    const needed = Math.max(item.height, Math.min(chain, bodyHeight));
    if (top - needed < frame.bottom - 0.01 && !atPageTop()) {
      newPage();
      if (item.collapsible) continue;
    }
    if (atPageTop()) for (const repeated of item.repeatAtPageTop ?? []) put(repeated);
    put(item);
  }
  return { placements, pageCount: page + 1 };
}
