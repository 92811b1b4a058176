import type { StatisticsTable, TableId } from './counting.js';

/**
 * Rule `suppression`, with its complement. A count above zero and below the threshold is hidden
 * (primary suppression). The tables add up — a row to its total, a column to a figure of the
 * summary, the contributing countries to the uniformed categories — so one hidden cell among
 * figures that add up could be worked back by subtraction. Wherever an equation between shown
 * figures holds exactly one hidden cell, the smallest other figure above zero in it is hidden too
 * (complementary suppression), until no equation has a single hidden cell. Zero is never hidden:
 * it names nobody, and a lone hidden count can never be the only figure above zero of an equation
 * (the others would then all be zero and the hidden one would equal zero too).
 */

/** A cell by its table, row key and column key. */
export type CellRef = `${TableId}|${string}|${string}`;

/** sum(left) = sum(right), as a reader of the tables can write it. */
interface Equation {
  left: CellRef[];
  right: CellRef[];
}

const ref = (table: TableId, row: string, column: string): CellRef => `${table}|${row}|${column}`;

/** The categories of uniformed personnel, whose subjects the countries table breaks down. */
const UNIFORMED_ROWS = ['military_mc', 'military_mo', 'police_unpol', 'police_fpu'];

/** Every sum a reader can check between the cells of `tables`. */
function additiveEquations(tables: readonly StatisticsTable[]): Equation[] {
  const byId = new Map(tables.map((table) => [table.id, table]));
  const rowKeys = (id: TableId, except: readonly string[] = []): string[] =>
    (byId.get(id)?.rows ?? []).map((row) => row.key).filter((key) => !except.includes(key));
  const column = (id: TableId, columnKey: string, except: readonly string[] = []): CellRef[] =>
    rowKeys(id, except).map((key) => ref(id, key, columnKey));
  const equations: Equation[] = [];
  const add = (left: CellRef[], right: CellRef[]) => {
    if (left.length > 0 && right.length > 0) equations.push({ left, right });
  };
  const allegations = ref('allegations', 'allegations', 'count');

  for (const month of rowKeys('trend')) {
    add(
      [ref('trend', month, 'SE'), ref('trend', month, 'SA'), ref('trend', month, 'unclassified')],
      [ref('trend', month, 'total')],
    );
  }
  for (const category of ['SE', 'SA', 'unclassified']) {
    add(column('trend', category), [ref('categories', category, 'allegations')]);
  }
  add(column('trend', 'total'), [allegations]);
  add(column('categories', 'allegations'), [allegations]);
  add(column('categories', 'victims'), [ref('allegations', 'victims', 'count')]);
  add(column('subtypes', 'allegations'), [allegations]);
  add(column('outcomes', 'allegations'), [allegations]);
  add(column('exclusions', 'count'), [ref('allegations', 'excluded', 'count')]);
  add(column('paternity', 'allegations', ['claims']), [ref('paternity', 'claims', 'allegations')]);
  add(column('personnel', 'subjects'), [ref('allegations', 'subjects', 'count')]);
  add(
    column('countries', 'subjects'),
    UNIFORMED_ROWS.map((key) => ref('personnel', key, 'subjects')),
  );

  const victims = byId.get('victims');
  if (victims) {
    const sexes = victims.columns.filter((key) => key !== 'total');
    for (const group of rowKeys('victims')) {
      add(
        sexes.map((sex) => ref('victims', group, sex)),
        [ref('victims', group, 'total')],
      );
    }
    for (const key of victims.columns) add(column('victims', key, ['total']), [ref('victims', 'total', key)]);
    add([ref('victims', 'total', 'total')], [ref('allegations', 'victims', 'count')]);
  }
  return equations;
}

/** The cells an export hides at `threshold`: the small counts, then their complements. */
export function suppressedCells(tables: readonly StatisticsTable[], threshold: number): Set<CellRef> {
  const values = new Map<CellRef, number>();
  const hidden = new Set<CellRef>();
  for (const table of tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, index) => {
        const columnKey = table.columns[index] ?? '';
        // A percentage is hidden with its row (labelled.ts), never counted as a cell of a sum.
        if (cell === null || table.percentColumns.includes(columnKey)) return;
        const at = ref(table.id, row.key, columnKey);
        values.set(at, cell);
        if (cell > 0 && cell < threshold) hidden.add(at);
      });
    }
  }
  const equations = additiveEquations(tables).map((equation) =>
    [...equation.left, ...equation.right].filter((cell) => values.has(cell)),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const cells of equations) {
      if (cells.filter((cell) => hidden.has(cell)).length !== 1) continue;
      const complement = cells
        .filter((cell) => !hidden.has(cell) && (values.get(cell) ?? 0) > 0)
        .sort((a, b) => (values.get(a) ?? 0) - (values.get(b) ?? 0))[0];
      if (complement === undefined) continue;
      hidden.add(complement);
      changed = true;
    }
  }
  return hidden;
}
