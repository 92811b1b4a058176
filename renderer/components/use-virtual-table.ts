import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualRows } from './use-virtual-rows.js';

/** How a row is named: by its `id`, else by `rowId` (a row without an `id` must say how). */
export type RowIdentity<Row> = Row extends { id: string }
  ? { rowId?: (row: Row) => string }
  : { rowId: (row: Row) => string };

/** The row chosen by the page (`selectedId`, moved with `onSelect`, opened with `onOpen`). */
type Selection = {
  selectedId: string | null;
  scrollToSelected?: boolean;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
};
/** No row chosen by the page: the table keeps the row last moved to itself. */
type NoSelection = {
  selectedId?: undefined;
  scrollToSelected?: undefined;
  onSelect?: undefined;
  onOpen?: undefined;
};

/** A row's `id`, for rows that have one (the default of `rowId`). */
export function idOfRow<Row>(row: Row): string {
  return (row as { id: string }).id;
}

/**
 * A paged list's table drawn a window at a time (use-virtual-rows.ts) with one current row:
 * `rows` as loaded so far, of `matching`. End goes on loading to the last matching row (moving to
 * each row it reaches), the focused row stays drawn when scrolled away, one row at a time is in
 * the Tab order (`tabStop`: the current one if drawn, else the first drawn) and the arrows move
 * between rows. The current row is the page's selected one (`selectedId`; with `scrollToSelected`
 * the table opens at it), or, without one, the row last moved to (`moveTo`), the first at the
 * start. The handlers given to the rows (`openRow`, `keyOnRow`, `moveTo`) stay the same functions
 * from frame to frame, so a row already drawn is not drawn again while scrolling (rows may be `memo`).
 */
export function useVirtualTable<Row>(
  options: {
    rows: readonly Row[];
    matching: number;
    /** A typical row's height in pixels, until measured. */
    estimateSize: number;
    /** Asks for more rows as the end of those loaded comes into view (none: all are loaded). */
    onNearEnd?: () => void;
  } & (Selection | NoSelection) &
    RowIdentity<Row>,
) {
  const { rows, matching, estimateSize, onNearEnd, selectedId, onSelect, onOpen } = options;
  const rowId = (options.rowId as ((row: Row) => string) | undefined) ?? idOfRow;
  const scrollToSelected = options.scrollToSelected ?? true;
  const [current, setCurrent] = useState(0);
  const selectedIndex =
    selectedId === undefined ? current : selectedId === null ? -1 : rows.findIndex((row) => rowId(row) === selectedId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const latest = useRef({
    rows,
    rowId,
    onSelect,
    onOpen,
    onRowKeyDown: (_index: number, _event: KeyboardEvent): number | null => null,
  });
  const moveTo = useCallback((index: number) => {
    const { rows, rowId, onSelect } = latest.current;
    const row = rows[index];
    if (onSelect === undefined) setCurrent(index);
    else if (row !== undefined) onSelect(rowId(row));
  }, []);
  const virtual = useVirtualRows({
    count: rows.length,
    scrollRef,
    estimateSize,
    ...(onNearEnd ? { onNearEnd } : {}),
    ...(selectedId !== undefined && scrollToSelected ? { initialIndex: selectedIndex } : {}),
    matching,
    onFollowEnd: moveTo,
    keepFocusedDrawn: true,
  });
  useLayoutEffect(() => {
    latest.current = { rows, rowId, onSelect, onOpen, onRowKeyDown: virtual.onRowKeyDown };
  });
  const openRow = useCallback((id: string) => {
    latest.current.onSelect?.(id);
    latest.current.onOpen?.(id);
  }, []);
  const keyOnRow = useCallback(
    (index: number, event: KeyboardEvent) => {
      const to = latest.current.onRowKeyDown(index, event);
      if (to !== null) moveTo(to);
    },
    [moveTo],
  );
  const drawn = virtual.rows.map((row) => row.index);
  const tabStop = drawn.includes(selectedIndex) ? selectedIndex : (drawn[0] ?? -1);
  return { scrollRef, virtual, tabStop, openRow, keyOnRow, moveTo };
}
