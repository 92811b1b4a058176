import { LOCALE_OF_LANGUAGE } from '../i18n/locales.js';
import type { StatisticsResult, StatisticsTable, TableId } from './counting.js';
import { suppressedCells, type CellRef } from './suppression.js';
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
 * Rule `suppression` in a table's row: the cells `hidden` holds (suppression.ts: the small counts
 * and their complements) are marked, and a percentage is hidden with any count of its row, since it
 * could be worked back from them.
 */
function suppressRow(
  table: StatisticsTable,
  row: StatisticsTable['rows'][number],
  hidden: ReadonlySet<CellRef> | null,
): ShownCell[] {
  if (hidden === null) return [...row.cells];
  const isPercent = (index: number) => table.percentColumns.includes(table.columns[index] ?? '');
  const isHidden = (index: number) => hidden.has(`${table.id}|${row.key}|${table.columns[index] ?? ''}`);
  const anyHidden = row.cells.some((_, index) => !isPercent(index) && isHidden(index));
  return row.cells.map((cell, index): ShownCell => {
    if (isPercent(index)) return anyHidden && cell !== null ? 'suppressed' : cell;
    return isHidden(index) ? 'suppressed' : cell;
  });
}

export function labelledTables(
  result: StatisticsResult,
  language: StatisticsLanguage,
  threshold: number | null,
): LabelledTable[] {
  const words = statisticsWords(language);
  const hidden =
    threshold === null || threshold < MIN_SUPPRESSION_THRESHOLD ? null : suppressedCells(result.tables, threshold);
  return result.tables.map((table) => {
    return {
      id: table.id,
      title: words.titles[table.id],
      columns: [words.titles[table.id], ...table.columns.map((key) => columnLabel(key, language))],
      rows: table.rows.map((row) => ({
        key: row.key,
        label: rowLabel(table, row.key, language, result.benchmarks),
        cells: suppressRow(table, row, hidden),
      })),
    };
  });
}

const numberFormats = new Map<StatisticsLanguage, Intl.NumberFormat>();

/** A figure as the language writes it: Western digits in every language, its own decimal sign ("66,7"). */
function figureText(value: number, language: StatisticsLanguage): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_OF_LANGUAGE[language], { maximumFractionDigits: 1, useGrouping: false });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** A cell in words: the number, a dash for nothing to show, the suppression mark. */
export function cellText(cell: ShownCell, language: StatisticsLanguage): string {
  if (cell === 'suppressed') return statisticsWords(language).suppressed;
  if (cell === null) return '–';
  return figureText(cell, language);
}
