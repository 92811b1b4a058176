import type { Cell, StatisticsResult, TableId } from './counting.js';
import { columnLabel, rowLabel, statisticsWords, type StatisticsLanguage } from './words.js';

/**
 * The tables as a person reads them (titles and headings in words) with small cells suppressed:
 * what the view shows beside each chart and what every export writes, so they cannot disagree.
 */

/** A cell as shown: a number, nothing to show (a share of none), or hidden because it is small. */
export type ShownCell = number | null | 'suppressed';

export interface LabelledTable {
  id: TableId;
  title: string;
  /** The heading of the row labels' column, then one per value column. */
  columns: string[];
  rows: Array<{ key: string; label: string; cells: ShownCell[] }>;
}

/** Exports may hide small counts; below 2 nothing is hidden (a threshold of 1 hides nothing). */
export const MIN_SUPPRESSION_THRESHOLD = 2;
export const MAX_SUPPRESSION_THRESHOLD = 20;

/**
 * Rule `suppression`: a count above zero and below `threshold` is hidden; a percentage is hidden
 * with any count of its row, since it could be worked back from them. Zero is never hidden: it
 * names nobody. Totals are shown as counted (a total can reveal a hidden cell by subtraction
 * only where one cell of a row or column is hidden: the threshold is chosen with that in mind).
 */
export function suppressRow(cells: readonly Cell[], percentColumns: readonly number[], threshold: number | null) {
  if (threshold === null || threshold < MIN_SUPPRESSION_THRESHOLD) return [...cells];
  const hidden = cells.map(
    (cell, index) => !percentColumns.includes(index) && cell !== null && cell > 0 && cell < threshold,
  );
  const anyHidden = hidden.some(Boolean);
  return cells.map((cell, index): ShownCell => {
    if (percentColumns.includes(index)) return anyHidden ? 'suppressed' : cell;
    return hidden[index] ? 'suppressed' : cell;
  });
}

export function labelledTables(
  result: StatisticsResult,
  language: StatisticsLanguage,
  threshold: number | null,
): LabelledTable[] {
  const words = statisticsWords(language);
  return result.tables.map((table) => {
    const percentColumns = table.percentColumns.map((key) => table.columns.indexOf(key));
    return {
      id: table.id,
      title: words.titles[table.id],
      columns: [words.titles[table.id], ...table.columns.map((key) => columnLabel(key, language))],
      rows: table.rows.map((row) => ({
        key: row.key,
        label: rowLabel(table, row.key, language, result.benchmarks),
        cells: suppressRow(row.cells, percentColumns, threshold),
      })),
    };
  });
}

/** A cell in words: the number, a dash for nothing to show, the suppression mark. */
export function cellText(cell: ShownCell, language: StatisticsLanguage, threshold: number | null): string {
  if (cell === 'suppressed') return statisticsWords(language).suppressed(threshold ?? MIN_SUPPRESSION_THRESHOLD);
  if (cell === null) return '–';
  return String(cell);
}
