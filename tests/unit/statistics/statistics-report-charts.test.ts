import { describe, expect, it } from 'vitest';
import { DocumentModel, type DocumentBlock } from '../../../shared/documents/document-model.js';
import type { LabelledTable } from '../../../shared/statistics/labelled.js';
import type { StatisticsDocument } from '../../../electron/core/statistics/statistics-document.js';
import { statisticsReportModel } from '../../../electron/core/statistics/statistics-report-model.js';

const table = (
  id: LabelledTable['id'],
  title: string,
  columns: string[],
  rows: LabelledTable['rows'],
): LabelledTable => ({
  id,
  title,
  columns: [title, ...columns],
  rows,
});

function report(language: 'en' | 'fr', tables: LabelledTable[]): StatisticsDocument {
  return {
    language,
    suppressBelow: 3,
    title: 'Statistics',
    period: 'Received from 1 January 2026 to 31 March 2026',
    from: '2026-01-01',
    to: '2026-03-31',
    filters: [],
    generatedAt: '2026-04-01T09:00:00.000Z',
    tables,
    rulesTitle: 'Counting rules',
    rules: ['One case is one allegation.'],
    benchmarks: [],
  };
}

const charts = (blocks: readonly DocumentBlock[]) => blocks.filter((block) => block.kind === 'chart');

describe('the statistics report’s charts', () => {
  const personnel = table(
    'personnel',
    'Alleged perpetrators by personnel category',
    ['Allegations', 'Subjects'],
    [
      { key: 'military_mc', label: 'Military (MC)', cells: ['suppressed', 3] },
      { key: 'police', label: 'Police (FPU)', cells: [4, 4] },
      { key: 'civilian', label: 'Civilian (NS)', cells: [0, 0] },
    ],
  );
  const victims = table(
    'victims',
    'Victims by age group and sex',
    ['Female', 'Male', 'Total'],
    [
      { key: 'child', label: 'Child', cells: [2, 1, 3] },
      { key: 'adult', label: 'Adult', cells: [1, 0, 1] },
      { key: 'total', label: 'Total', cells: [3, 1, 4] },
    ],
  );
  const trend = table(
    'trend',
    'Allegations by month received',
    ['SE', 'SA', 'Not classified', 'Total'],
    [
      { key: '2026-01', label: '2026-01', cells: [1, 2, 0, 3] },
      { key: '2026-02', label: '2026-02', cells: [0, 1, 1, 2] },
    ],
  );
  const allegations = table(
    'allegations',
    'Allegations, victims and alleged perpetrators',
    ['Number'],
    [{ key: 'allegations', label: 'Allegations counted', cells: [5] }],
  );

  it('follows each table with the chart the view draws of it, and none for the summary', () => {
    const model = statisticsReportModel(report('en', [allegations, trend, personnel, victims]), 'CONFIDENTIAL');
    expect(DocumentModel.safeParse(model).success).toBe(true);
    const found = charts(model.blocks);
    expect(found.map((chart) => chart.chart)).toEqual(['line', 'bar', 'bar']);
    // Each chart comes after its own table, before the next table's heading.
    const kinds = model.blocks.map((block) => block.kind);
    const firstChart = kinds.indexOf('chart');
    expect(kinds.slice(firstChart - 2, firstChart + 1)).toEqual(['heading', 'table', 'chart']);

    const [line, bar, victimBar] = found;
    expect(line).toMatchObject({
      title: 'Line chart: Allegations by month received',
      categories: ['2026-01', '2026-02'],
      series: [
        { name: 'SE', values: [1, 0] },
        { name: 'SA', values: [2, 1] },
        { name: 'Not classified', values: [0, 1] },
      ],
    });
    expect(line?.summary).toBe('Line chart of the table above, Total: 2026-01: 3; 2026-02: 2.');
    // The victims' total row is the sum of the others: no bar of its own; the bar is the total column.
    expect(victimBar).toMatchObject({ categories: ['Child', 'Adult'], series: [{ name: 'Total', values: [3, 1] }] });
    expect(victimBar).not.toHaveProperty('hiddenMark');
    // A hidden count: no figure, the table's mark, and said to be hidden, not zero.
    expect(bar).toMatchObject({
      title: 'Bar chart: Alleged perpetrators by personnel category — Allegations',
      series: [{ name: 'Allegations', values: [null, 4, 0] }],
      hiddenMark: 'hidden',
    });
    expect(bar?.summary).toBe(
      'Bar chart of the table above, Allegations: Military (MC): hidden; Police (FPU): 4; other rows at zero: 1.',
    );
  });

  it('writes the chart’s words in the report’s language', () => {
    const model = statisticsReportModel(report('fr', [personnel]), 'CONFIDENTIEL');
    const [bar] = charts(model.blocks);
    expect(bar?.title).toBe('Diagramme en barres : Alleged perpetrators by personnel category — Allegations');
    expect(bar?.hiddenMark).toBe('masqué');
    expect(bar?.summary).toContain('autres lignes à zéro : 1');
  });
});
