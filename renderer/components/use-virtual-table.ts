import { useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualRows } from './use-virtual-rows.js';

/**
 * A paged list's table drawn a window at a time (use-virtual-rows.ts) with one selected row:
 * `rows` as loaded so far, of `matching`. End goes on loading to the last matching row (marking
 * each row it reaches), the focused row stays drawn when scrolled away, one row at a time is in
 * the Tab order (`tabStop`: the selected one if drawn, else the first drawn) and the arrows move
 * between rows. With `scrollToSelected` the table opens at the selected row. The handlers given
 * to the rows (`openRow`, `keyOnRow`) stay the same functions from frame to frame, so a row
 * already drawn is not drawn again while scrolling (rows may be `memo`).
 */
export function useVirtualTable<Row extends { id: string }>({
  rows,
  matching,
  selectedId,
  estimateSize,
  scrollToSelected = true,
  onSelect,
  onOpen,
  onNearEnd,
}: {
  rows: readonly Row[];
  matching: number;
  selectedId: string | null;
  /** A typical row's height in pixels, until measured. */
  estimateSize: number;
  scrollToSelected?: boolean;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onNearEnd: () => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedIndex = selectedId === null ? -1 : rows.findIndex((row) => row.id === selectedId);
  const latest = useRef({
    rows,
    onSelect,
    onOpen,
    onRowKeyDown: (_index: number, _event: KeyboardEvent): number | null => null,
  });
  const virtual = useVirtualRows({
    count: rows.length,
    scrollRef,
    estimateSize,
    onNearEnd,
    ...(scrollToSelected ? { initialIndex: selectedIndex } : {}),
    matching,
    onFollowEnd: useCallback((index: number) => {
      const row = latest.current.rows[index];
      if (row) latest.current.onSelect(row.id);
    }, []),
    keepFocusedDrawn: true,
  });
  useLayoutEffect(() => {
    latest.current = { rows, onSelect, onOpen, onRowKeyDown: virtual.onRowKeyDown };
  });
  const openRow = useCallback((id: string) => {
    latest.current.onSelect(id);
    latest.current.onOpen(id);
  }, []);
  const keyOnRow = useCallback((index: number, event: KeyboardEvent) => {
    const to = latest.current.onRowKeyDown(index, event);
    if (to !== null) latest.current.onSelect(latest.current.rows[to]!.id);
  }, []);
  const drawn = virtual.rows.map((row) => row.index);
  const tabStop = drawn.includes(selectedIndex) ? selectedIndex : (drawn[0] ?? -1);
  return { scrollRef, virtual, tabStop, openRow, keyOnRow };
}
