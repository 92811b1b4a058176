import { Paragraph } from 'docx';
import { ChartRun, type ChartRunOptions } from 'docx/charts';
import type { ChartBlock } from '../../../../shared/documents/chart-block.js';
import { valueAxis } from '../chart-scale.js';
import { COLOR } from '../letter-style.js';
import { LATIN_FONT } from './docx-runs.js';

/**
 * A chart as a native Word chart (docx's ChartRun: a chart part with its data in an embedded
 * workbook, so Word's "Edit Data" opens it), drawn as the PDF draws it: horizontal bars with their
 * figures at their ends, or lines whose series differ by dash and marker shape besides colour.
 * Its alternate text is the chart's title and summary sentence. Hidden values are gaps, labelled
 * with the chart's mark.
 */

/** Print-safe colours and what tells each series apart without colour, as in the PDF (chart-figure.ts). */
const SERIES_LOOKS = [
  { colour: '1F5F8B', dash: 'solid', marker: 'circle' },
  { colour: 'A23B2A', dash: 'dash', marker: 'square' },
  { colour: '5E5E5E', dash: 'shortDot', marker: 'triangle' },
  { colour: 'B07A12', dash: 'dashDot', marker: 'diamond' },
] as const;

/** Word sizes drawings in pixels at 96 per inch. */
const pixels = (points: number): number => Math.round((points * 96) / 72);

const font = { name: LATIN_FONT, color: COLOR.ink };

function chartOptions(chart: ChartBlock, widthPt: number): ChartRunOptions {
  const axis = valueAxis(chart.series.flatMap((series) => series.values));
  const common = {
    categories: chart.categories,
    altText: { name: chart.title, title: chart.title, description: chart.summary },
    font,
    valueAxis: { font: { size: 7.5, color: COLOR.muted }, minimum: 0, maximum: axis.max, interval: axis.step },
    legend: chart.series.length > 1 ? { position: 'top' as const, font: { size: 8 } } : (false as const),
  };
  const hiddenLabels = (values: readonly (number | null)[]) =>
    values.map((value) => (value === null && chart.hiddenMark !== undefined ? { text: chart.hiddenMark } : undefined));
  if (chart.chart === 'bar') {
    const barPt = 11 * chart.series.length + 10;
    return {
      ...common,
      type: 'bar',
      // Word puts the first category at the bottom: reversed, the bars read top down like the table.
      categoryAxis: { reverseOrder: true, font: { size: 8 } },
      // …and the value axis crosses at the last category, so that its figures stay under the bars.
      valueAxis: { ...common.valueAxis, crossesAt: 'maximum' },
      dataLabels: { value: true, position: 'outsideEnd', font: { size: 8 } },
      gapWidth: 60,
      series: chart.series.map((series, index) => ({
        name: series.name,
        values: series.values,
        color: SERIES_LOOKS[index]!.colour,
        pointLabels: hiddenLabels(series.values),
      })),
      transformation: { width: pixels(widthPt), height: pixels(barPt * chart.categories.length + 50) },
    };
  }
  return {
    ...common,
    type: 'line',
    categoryAxis: { font: { size: 7.5, color: COLOR.muted } },
    series: chart.series.map((series, index) => {
      const look = SERIES_LOOKS[index]!;
      return {
        name: series.name,
        values: series.values,
        color: look.colour,
        line: { color: look.colour, width: 1.5, dash: look.dash },
        markers: { shape: look.marker, size: 5 },
      };
    }),
    transformation: { width: pixels(widthPt), height: pixels(200) },
  };
}

/** The chart's paragraph, kept whole on a page. */
export function docxChart(chart: ChartBlock, widthPt: number): Paragraph {
  return new Paragraph({ keepLines: true, children: [new ChartRun(chartOptions(chart, widthPt))] });
}
