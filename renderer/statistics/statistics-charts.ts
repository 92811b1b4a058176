import type { LabelledTable } from '../../shared/statistics/labelled.js';
import type { TableId } from '../../shared/statistics/counting.js';

/**
 * Which figure of each table its chart draws, and how. The trend is a line per category over the
 * months; every other table a bar per row of one column (the total where there is one). The
 * summary and the exclusions are short lists: their table says it all, no chart.
 */
type ChartPlan = { kind: 'line'; columns: number[] } | { kind: 'bar'; column: number } | null;

export function chartPlan(id: TableId, table: LabelledTable): ChartPlan {
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

/** The chart's data: one point per row (the victims' total row is the sum of the others, not a bar). */
export function chartData(table: LabelledTable, columns: number[]): Array<Record<string, string | number>> {
  return table.rows
    .filter((row) => !(table.id === 'victims' && row.key === 'total'))
    .map((row) => {
      const point: Record<string, string | number> = { label: row.label };
      for (const column of columns) {
        const cell = row.cells[column];
        point[`c${column}`] = typeof cell === 'number' ? cell : 0;
      }
      return point;
    });
}

/** The text alternative of a chart: each row's figure, in words, those at zero named together. */
export function chartSummary(table: LabelledTable, column: number, zeroWords: (count: number) => string): string {
  const shown = table.rows.filter((row) => !(table.id === 'victims' && row.key === 'total'));
  const nonZero = shown.filter((row) => typeof row.cells[column] === 'number' && row.cells[column] !== 0);
  const parts = nonZero.map((row) => `${row.label}: ${String(row.cells[column])}`);
  const zeros = shown.length - nonZero.length;
  return [...parts, ...(zeros > 0 ? [zeroWords(zeros)] : [])].join('; ');
}
