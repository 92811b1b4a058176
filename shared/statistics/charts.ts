import { fillIn } from '../i18n/documents.js';
import { cellText, type LabelledTable, type ShownCell } from './labelled.js';
import type { TableId } from './counting.js';
import { statisticsWords, type StatisticsLanguage } from './words.js';

/**
 * Which figure of each table its chart draws, and how: the same choice for the statistics view
 * (recharts) and the PDF report (the document engine's chart block). The trend is a line per
 * category over the months; every other table a bar per row of one column (the total where there
 * is one). The summary and the exclusions are short lists: their table says it all, no chart.
 */
type ChartPlan = { kind: 'line'; columns: number[] } | { kind: 'bar'; column: number };

export function chartPlan(id: TableId, table: LabelledTable): ChartPlan | null {
  const last = table.columns.length - 2;
  switch (id) {
    case 'allegations':
    case 'exclusions':
      return null;
    case 'trend':
      return { kind: 'line', columns: [0, 1, 2] };
    case 'victims':
    case 'length':
      return { kind: 'bar', column: last };
    default:
      return { kind: 'bar', column: 0 };
  }
}

/** The columns a chart draws, one series each. */
export const chartColumns = (plan: ChartPlan): number[] => (plan.kind === 'line' ? plan.columns : [plan.column]);

/** The column its text alternative reads: the bar's own, or the trend's total. */
export const summaryColumn = (plan: ChartPlan, table: LabelledTable): number =>
  plan.kind === 'line' ? table.columns.length - 2 : plan.column;

/** The rows a chart draws: all but the victims' total row (the sum of the others, not a bar). */
export const chartRows = (table: LabelledTable): LabelledTable['rows'] =>
  table.rows.filter((row) => !(table.id === 'victims' && row.key === 'total'));

/**
 * A cell as a chart draws it: its figure; a share of none at zero, as the view draws it (the table
 * beside writes "–"); a hidden small count as no figure at all (`null`), never as its value.
 */
export const chartValue = (cell: ShownCell | undefined): number | null =>
  cell === 'suppressed' ? null : typeof cell === 'number' ? cell : 0;

/** The chart's data for recharts: one point per row (the view hides no cell; a hidden one would be at zero). */
export function chartData(table: LabelledTable, columns: number[]): Array<Record<string, string | number>> {
  return chartRows(table).map((row) => {
    const point: Record<string, string | number> = { label: row.label };
    for (const column of columns) point[`c${column}`] = chartValue(row.cells[column]) ?? 0;
    return point;
  });
}

/**
 * The text alternative of a chart, in `language`: each row's figure, those at zero named together
 * (`zeros`: the view's words or the export's) and a hidden count said to be hidden, not counted among the zeros.
 */
export function chartSummary(
  table: LabelledTable,
  column: number,
  language: StatisticsLanguage,
  zeros: (count: number) => string,
): string {
  const words = statisticsWords(language);
  const shown = chartRows(table);
  const named = shown.filter((row) => row.cells[column] === 'suppressed' || (chartValue(row.cells[column]) ?? 0) > 0);
  const parts = named.map((row) =>
    fillIn(words.charts.figure, {
      label: row.label,
      value: row.cells[column] === 'suppressed' ? words.suppressed : cellText(row.cells[column] ?? null, language),
    }),
  );
  const zero = shown.length - named.length;
  return [...parts, ...(zero > 0 ? [zeros(zero)] : [])].join(words.charts.separator);
}
