import { describe, expect, it } from 'vitest';
import { ChartBlock } from '../../../shared/documents/chart-block.js';
import { DocumentModel, documentBodyLines } from '../../../shared/documents/document-model.js';

const chart: ChartBlock = {
  kind: 'chart',
  chart: 'bar',
  title: 'Bar chart: allegations',
  summary: 'Military: 2; Police: 1.',
  categories: ['Military', 'Police'],
  series: [{ name: 'Allegations', values: [2, 1] }],
};

/** The messages a chart is refused with. */
function refusals(input: unknown): string[] {
  const result = ChartBlock.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('chart block', () => {
  it('takes a bar chart and a line chart, and a hidden value with the words that mark it', () => {
    expect(refusals(chart)).toEqual([]);
    expect(
      refusals({ ...chart, chart: 'line', series: [...chart.series, { name: 'Victims', values: [3, 0.5] }] }),
    ).toEqual([]);
    expect(refusals({ ...chart, series: [{ name: 'Allegations', values: [null, 1] }], hiddenMark: 'hidden' })).toEqual(
      [],
    );
    const model = DocumentModel.safeParse({
      pageSize: 'A4',
      language: 'en',
      direction: 'ltr',
      title: 't',
      header: {},
      footer: {},
      confidentialityMarking: '',
      blocks: [chart],
    });
    expect(model.success).toBe(true);
  });

  it('refuses figures that cannot be drawn, in plain words', () => {
    const values = (list: unknown[]) => ({ ...chart, series: [{ name: 'Allegations', values: list }] });
    expect(refusals(values([-1, 1]))).toEqual(['a chart value may not be below zero']);
    expect(refusals(values([Number.NaN, 1]))).toEqual(['a chart value must be a number']);
    expect(refusals(values([Number.POSITIVE_INFINITY, 1]))).toEqual(['a chart value must be a number']);
    expect(refusals(values(['2', 1]))).toEqual(['a chart value must be a number']);
    expect(refusals(values([2e9, 1]))).toEqual(['a chart value is too large to draw']);
    expect(refusals(values([2]))).toEqual(['a series has 2 values, one per category']);
    expect(refusals(values([null, 1]))).toEqual(['a chart with hidden values needs the words that mark them']);
  });

  it('refuses labels that are not one line of plain text, and charts without a text alternative', () => {
    expect(refusals({ ...chart, categories: ['Military\nPolice', 'Police'] })).toEqual([
      'a category label must be plain text on one line',
    ]);
    expect(refusals({ ...chart, categories: ['Military\u202e', 'Police'] })).toEqual([
      'a category label must be plain text on one line',
    ]);
    expect(refusals({ ...chart, series: [{ name: ' ', values: [2, 1] }] })).toEqual(['a series name may not be empty']);
    expect(refusals({ ...chart, summary: '' })).toEqual(['the chart summary may not be empty']);
    const { summary: _summary, ...withoutSummary } = chart;
    expect(refusals(withoutSummary)).toHaveLength(1);
    expect(refusals({ ...chart, title: 'x'.repeat(301) })).toEqual([
      'the chart title is too long: at most 300 characters',
    ]);
  });

  it('bounds its size: categories, series, and nothing but its own fields', () => {
    const many = Array.from({ length: 61 }, (_, index) => `Month ${index + 1}`);
    expect(
      refusals({ ...chart, categories: many, series: [{ name: 'Allegations', values: many.map(() => 1) }] }),
    ).toContain('a chart has at most 60 categories');
    const series = Array.from({ length: 5 }, (_, index) => ({ name: `S${index}`, values: [1, 1] }));
    expect(refusals({ ...chart, series })).toEqual(['a chart has at most 4 series']);
    expect(refusals({ ...chart, categories: [], series: [{ name: 'Allegations', values: [] }] })).toEqual([
      'a chart needs at least one category',
    ]);
    expect(refusals({ ...chart, html: '<b>x</b>' })).toHaveLength(1);
  });

  it('gives its title as the body text the page shows of it', () => {
    expect(documentBodyLines({ blocks: [chart] })).toEqual(['Bar chart: allegations']);
  });
});
