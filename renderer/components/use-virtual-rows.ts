import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** Rows kept drawn above and below the window: enough for a fast wheel, few enough to stay light. */
const OVERSCAN = 10;
/** Asking for the next page this many rows before the last loaded one, so it is there when reached. */
const NEAR_END = 30;
/** Rows a Page Up or Page Down key moves by. */
const PAGE_STEP = 10;

/**
 * A long table drawn a window at a time (VS Code's lists, after @tanstack/react-virtual): only the
 * rows in view, plus a few, are in the DOM, with spacer rows keeping the scroll height; row heights
 * are measured as drawn. The scroll container holds the table; its rows carry `data-index`.
 *
 * The keyboard moves between rows as in a list (arrows, Home, End, Page Up, Page Down): the row is
 * scrolled into view, then its `[data-row-focus]` control takes focus. `onNearEnd` asks for more
 * rows as the end of those loaded comes into view.
 */
export function useVirtualRows({
  count,
  scrollRef,
  estimateSize,
  onNearEnd,
  initialIndex,
  matching,
  onFollowEnd,
  keepFocusedDrawn = false,
}: {
  count: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** A typical row's height in pixels, until measured. */
  estimateSize: number;
  onNearEnd?: () => void;
  /** A row to scroll to when the table is first drawn (the one selected before it was left). */
  initialIndex?: number;
  /**
   * How many rows the whole list holds, when only `count` of them are loaded yet: End then goes
   * on loading (through `onNearEnd`) until the last one is reached.
   */
  matching?: number;
  /** Each row End moves on to as the pages load (the table marks it as it did the first). */
  onFollowEnd?: (index: number) => void;
  /**
   * Keep the focused row drawn when scrolled out of view: the drawn rows may then have a gap,
   * which the table fills with a spacer of `gapBefore(position)` pixels.
   */
  keepFocusedDrawn?: boolean;
}) {
  // The row holding focus stays drawn while scrolled away with the wheel, or focus would fall to
  // the page; the rows between it and those in view are left out, their height kept by a spacer.
  const focused = useRef<number | null>(null);
  const rangeExtractor = (range: Range): number[] => {
    const indexes = defaultRangeExtractor(range);
    const keep = focused.current;
    if (!keepFocusedDrawn || keep === null || keep >= range.count || indexes.includes(keep)) return indexes;
    return [...indexes, keep].sort((a, b) => a - b);
  };
  // eslint-disable-next-line react-hooks/incompatible-library -- its functions are read at each render, never memoised
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: OVERSCAN,
    // The sticky header covers the top of the scroll box: a row scrolled to lands below it.
    scrollPaddingStart: estimateSize,
    rangeExtractor,
  });
  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const onFocusIn = (event: FocusEvent) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      focused.current = row ? Number(row.dataset.index) : null;
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!box.contains(event.relatedTarget as Node | null)) focused.current = null;
    };
    box.addEventListener('focusin', onFocusIn);
    box.addEventListener('focusout', onFocusOut);
    return () => {
      box.removeEventListener('focusin', onFocusIn);
      box.removeEventListener('focusout', onFocusOut);
    };
  }, [scrollRef]);
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (count > 0 && lastIndex >= count - NEAR_END) onNearEnd?.();
  }, [count, lastIndex, onNearEnd]);

  // The row to come back to (the one opened before the table was left): scrolled to, then focused.
  const scrolledToStart = useRef(false);
  const returning = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (scrolledToStart.current || initialIndex === undefined || initialIndex < 0 || count === 0) return;
    scrolledToStart.current = true;
    returning.current = Math.min(initialIndex, count - 1);
    virtualizer.scrollToIndex(returning.current, { align: 'center' });
  }, [virtualizer, initialIndex, count]);

  // The row the keyboard moved to, or the one come back to, focused once it is drawn and brought
  // into the window too (the table's box may itself be partly scrolled out of the page).
  const [pending, setPending] = useState<number | null>(null);
  useEffect(() => {
    const index = pending ?? returning.current;
    if (index === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    const control = row?.querySelector<HTMLElement>('[data-row-focus]');
    if (row && control) {
      control.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'nearest' });
      returning.current = null;
      setPending(null);
    }
  }, [pending, rows, scrollRef]);

  // End pressed while rows are still to load: each page loaded moves on to its last row.
  const [toEnd, setToEnd] = useState(false);
  useEffect(() => {
    if (!toEnd || count === 0) return;
    virtualizer.scrollToIndex(count - 1, { align: 'auto' });
    setPending(count - 1);
    onFollowEnd?.(count - 1);
    if (matching === undefined || count >= matching) setToEnd(false);
  }, [toEnd, count, matching, virtualizer, onFollowEnd]);

  function moveTo(index: number): number {
    const target = Math.max(0, Math.min(count - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    setPending(target);
    return target;
  }

  /** Keys on a row's focusable control: the row focus moved to, or null for a key that does not move it. */
  function onRowKeyDown(index: number, event: KeyboardEvent): number | null {
    const to = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + PAGE_STEP,
      PageUp: index - PAGE_STEP,
      Home: 0,
      End: count - 1,
    }[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
    event.preventDefault();
    setToEnd(event.key === 'End' && matching !== undefined && count < matching);
    return moveTo(to);
  }

  const first = rows[0];
  const last = rows.at(-1);
  return {
    rows,
    measure: virtualizer.measureElement,
    /** Heights of the spacer rows above and below those drawn. */
    before: first?.start ?? 0,
    after: last ? virtualizer.getTotalSize() - last.end : 0,
    /** The height of the rows left out between the drawn row at `position` and the one before it. */
    gapBefore: (position: number): number =>
      position > 0 ? Math.max(0, rows[position]!.start - rows[position - 1]!.end) : 0,
    onRowKeyDown,
  };
}
