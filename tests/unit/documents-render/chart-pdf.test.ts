import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChartBlock } from '../../../shared/documents/chart-block.js';
import type { DocumentModel } from '../../../shared/documents/document-model.js';
import { valueAxis } from '../../../electron/core/documents/chart-scale.js';
import { renderDocx, renderPdf } from '../../../electron/core/documents/render-document.js';
import { docxPart, docxParagraphs, pdfText, unzip } from './read-outputs.js';
import { pdfJsPages, qpdfCheck, writePrivate, type PdfJsStructureNode } from './read-with-others.js';

const dir = mkdtempSync(path.join(tmpdir(), 'casefile-chart-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const document = (...blocks: DocumentModel['blocks']): DocumentModel => ({
  pageSize: 'A4',
  language: 'en',
  direction: 'ltr',
  title: 'Charts',
  header: {},
  footer: {},
  confidentialityMarking: 'STRICTLY CONFIDENTIAL',
  blocks,
});

const personnel: ChartBlock = {
  kind: 'chart',
  chart: 'bar',
  title: 'Bar chart: alleged perpetrators',
  summary: 'Military: 12; Police: 6; Civilian: 3; other rows at zero: 1.',
  categories: ['Military', 'Police', 'Civilian', 'Other'],
  series: [{ name: 'Alleged perpetrators', values: [12, 6, 3, 0] }],
};

const months: ChartBlock = {
  kind: 'chart',
  chart: 'line',
  title: 'Line chart: allegations by month received',
  summary: 'Allegations by month: 2026-01: 4; 2026-02: 2; 2026-03: 5.',
  categories: ['2026-01', '2026-02', '2026-03'],
  series: [
    { name: 'Sexual exploitation', values: [3, 1, 2] },
    { name: 'Sexual abuse', values: [1, 1, 3] },
  ],
};

const BAR_HEIGHT = 11;

/** The file with its streams uncompressed (qpdf --qdf), as text: the pages' drawing operators readable. */
function uncompressed(pdf: Uint8Array): string {
  const file = writePrivate(dir, 'chart.pdf', pdf);
  const out = path.join(dir, 'chart-qdf.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, out]);
  return readFileSync(out, 'latin1');
}

/** Filled rectangles (`x y w h re f`): how the chart draws its bars. */
function filledRectangles(content: string): { x: number; y: number; width: number; height: number }[] {
  return [...content.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\s+f\b/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

function figures(node: PdfJsStructureNode, out: PdfJsStructureNode[] = []): PdfJsStructureNode[] {
  if (node.role === 'Figure') out.push(node);
  for (const child of node.children ?? []) if (!('type' in child)) figures(child, out);
  return out;
}

/** Text lines of the page that hold `label` and, after it, `figure` as a word of its own. */
const lineWith = (text: string, label: string, figure: string): boolean =>
  text.split('\n').some((line) => line.includes(label) && new RegExp(`${label}\\s+${figure}(\\s|$)`).test(line));

describe('charts in the PDF', () => {
  it('draws a bar per category, its length in proportion to its figure, each label and figure written', async () => {
    const pdf = await renderPdf(document({ kind: 'paragraph', runs: [{ text: 'Before the chart.' }] }, personnel));
    const text = pdfText(pdf);
    expect(text).toContain('Bar chart: alleged perpetrators');
    for (const [index, label] of personnel.categories.entries())
      expect(lineWith(text, label, String(personnel.series[0]!.values[index])), label).toBe(true);

    const bars = filledRectangles(uncompressed(pdf)).filter((rect) => rect.height === BAR_HEIGHT);
    // No bar for the category at zero; the others top down in the categories' order, from one axis.
    expect(bars).toHaveLength(3);
    expect(new Set(bars.map((bar) => bar.x)).size).toBe(1);
    expect(bars.map((bar) => bar.y)).toEqual([...bars.map((bar) => bar.y)].sort((a, b) => b - a));
    const perUnit = bars.map((bar, index) => bar.width / (personnel.series[0]!.values[index] as number));
    for (const each of perUnit) expect(each).toBeCloseTo(perUnit[0]!, 3);
  });

  it('tags the chart as a figure whose alternate text is its summary, every text tagged, the file sound', async () => {
    const pdf = await renderPdf(document(personnel, months));
    const pages = await pdfJsPages(pdf);
    const found = pages.flatMap((page) => figures(page.structure));
    expect(found.map((figure) => figure.alt)).toEqual([personnel.summary, months.summary]);
    expect(pages.flatMap((page) => page.untagged)).toEqual([]);
    const check = qpdfCheck(writePrivate(dir, 'checked.pdf', pdf));
    expect(check.ok, check.output).toBe(true);
  });

  it('draws a line chart with its legend, the months under the axis and a marker at each point', async () => {
    const pdf = await renderPdf(document(months));
    const text = pdfText(pdf);
    for (const word of ['Sexual exploitation', 'Sexual abuse', ...months.categories]) expect(text).toContain(word);
    const content = uncompressed(pdf);
    // Series two's markers are squares (`re f`), 2 × 2.6 pt: one per month, plus one in the legend.
    const squares = filledRectangles(content).filter((rect) => Math.abs(rect.width - 5.2) < 0.01);
    expect(squares).toHaveLength(months.categories.length + 1);
    // Dashed, for series two: a dash pattern is set before its lines are stroked.
    expect(content).toMatch(/\[5 2\.5\] 0 d/);
  });

  it('draws a hidden figure as no bar, with the words that mark it', async () => {
    const hidden: ChartBlock = {
      ...personnel,
      series: [{ name: 'Alleged perpetrators', values: [12, null, 3, 0] }],
      hiddenMark: 'hidden',
    };
    const pdf = await renderPdf(document(hidden));
    expect(lineWith(pdfText(pdf), 'Police', 'hidden')).toBe(true);
    expect(filledRectangles(uncompressed(pdf)).filter((rect) => rect.height === BAR_HEIGHT)).toHaveLength(2);
  });

  it('keeps a chart on one page: a chart that does not fit below a long text starts the next page', async () => {
    const filler = Array.from({ length: 30 }, (_, index) => ({
      kind: 'paragraph' as const,
      runs: [{ text: `Paragraph ${index + 1}.` }],
    }));
    const pdf = await renderPdf(document(...filler, personnel));
    const pages = [1, 2].map((page) => pdfText(pdf, { first: page, last: page }));
    expect(pages[0]).toContain('Paragraph 30.');
    expect(pages[0]).not.toContain('Military');
    for (const label of ['Bar chart: alleged perpetrators', ...personnel.categories]) expect(pages[1]).toContain(label);
  });
});

/** Where pdftotext finds each word of page one: its text and left edge (pdftotext -bbox), and one word's edge. */
function wordLefts(pdf: Uint8Array): { words: { word: string; x: number }[]; at: (word: string) => number } {
  const file = writePrivate(dir, 'words.pdf', pdf);
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  const words = [...html.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    word: m[2]!,
    x: Number(m[1]),
  }));
  return { words, at: (word) => words.find((each) => each.word === word)!.x };
}

describe('charts in a right-to-left PDF, turned over as the app’s view turns them in Arabic', () => {
  const arabic = (...blocks: DocumentModel['blocks']): DocumentModel => ({
    ...document(...blocks),
    language: 'ar',
    direction: 'rtl',
  });
  const arabicBars: ChartBlock = {
    ...personnel,
    categories: ['عسكريون', 'شرطة', 'مدنيون', 'آخرون'],
    series: [{ name: 'الجناة المزعومون', values: [12, 6, 3, 0] }],
  };
  const pageMiddle = 595.28 / 2;
  /** The chart in an English document, then in an Arabic one, each rendered, with whether it runs right to left. */
  async function* bothWays(english: ChartBlock, inArabic: ChartBlock) {
    yield { model: document(english), rtl: false, pdf: await renderPdf(document(english)) };
    yield { model: arabic(inArabic), rtl: true, pdf: await renderPdf(arabic(inArabic)) };
  }

  it('grows the bars leftwards from a value axis on the right, the categories’ labels beside it', async () => {
    for await (const { model, rtl, pdf } of bothWays(personnel, arabicBars)) {
      const bars = filledRectangles(uncompressed(pdf)).filter((rect) => rect.height === BAR_HEIGHT);
      expect(bars).toHaveLength(3);
      // All from one axis: their right ends in Arabic, their left ends in English, on that side of the page.
      const axis = bars.map((bar) => (rtl ? bar.x + bar.width : bar.x));
      expect(new Set(axis.map((x) => x.toFixed(2))).size).toBe(1);
      expect(axis[0]! > pageMiddle).toBe(rtl);
      // The longest bar (12) reaches furthest from the axis: leftmost in Arabic, rightmost in English.
      const far = bars.map((bar) => (rtl ? bar.x : bar.x + bar.width));
      expect(far[0]! < far[2]!).toBe(rtl);
      const { words, at } = wordLefts(pdf);
      // The value axis's figures run from 0 at the axis: 15 is to the left of 0 in Arabic.
      expect(at('15') < at('0')).toBe(rtl);
      // The bar's figure stands at its far end: "12" beyond the longest bar's end.
      expect(rtl ? at('12') < far[0]! : at('12') > far[0]!).toBe(true);
      // The labels stand outside the axis: right of it in Arabic (pdftotext may give an Arabic word's letters turned).
      const first = model.blocks[0]!.kind === 'chart' ? model.blocks[0]!.categories[0]! : '';
      const label = words.find((each) => [each.word, [...each.word].reverse().join('')].includes(first));
      expect(label, first).toBeDefined();
      expect(label!.x > axis[0]!).toBe(rtl);
    }
  });

  it('runs time from the right in a line chart, its value axis on the right', async () => {
    for await (const { rtl, pdf } of bothWays(months, months)) {
      // Series two's square markers: the legend's first, then one per month in the months' order.
      const squares = filledRectangles(uncompressed(pdf)).filter((rect) => Math.abs(rect.width - 5.2) < 0.01);
      const points = squares.slice(1).map((square) => square.x);
      expect(points).toHaveLength(months.categories.length);
      const sorted = [...points].sort((a, b) => (rtl ? b - a : a - b));
      expect(points).toEqual(sorted);
      // The legend starts where a line starts: at the right in Arabic.
      expect(squares[0]!.x > pageMiddle).toBe(rtl);
      const { at } = wordLefts(pdf);
      expect(at('2026-01') > at('2026-03')).toBe(rtl);
      // The value axis's figures beside the plot, on the side a line starts from.
      expect(at('0') > pageMiddle).toBe(rtl);
    }
  });
});

describe('charts in the DOCX', () => {
  it('writes a native Word chart with the figures, the categories and the summary as its description', async () => {
    const docx = await renderDocx(document(personnel, months));
    const parts = [...unzip(docx).keys()].filter((name) => name.startsWith('word/charts/') && name.endsWith('.xml'));
    expect(parts.sort()).toEqual(['word/charts/chart1.xml', 'word/charts/chart2.xml']);
    const bar = docxPart(docx, 'word/charts/chart1.xml');
    expect(bar).toContain('<c:barDir val="bar"/>');
    for (const label of personnel.categories) expect(bar).toContain(`<c:v>${label}</c:v>`);
    for (const value of [12, 6, 3, 0]) expect(bar).toContain(`<c:v>${value}</c:v>`);
    const line = docxPart(docx, 'word/charts/chart2.xml');
    expect(line).toContain('<c:lineChart>');
    expect(line).toContain('<c:symbol val="square"/>');
    const body = docxPart(docx, 'word/document.xml');
    expect(body).toContain(`descr="${personnel.summary}"`);
    expect(docxParagraphs(body)).toContain('Bar chart: alleged perpetrators');
    // The PDF's scale: 0 to 15 in steps of 5, under the bars (the categories read top down).
    expect(bar).toMatch(/<c:max val="15"\/>/);
    expect(bar).toMatch(/<c:majorUnit val="5"\/>/);
    expect(bar).toContain('<c:orientation val="maxMin"/>');
    expect(bar).toContain('<c:crosses val="max"/>');
  });
});

describe('the value axis of a chart', () => {
  it('runs from zero to a round top in steps of 1, 2 or 5 times a power of ten, whole for counts', () => {
    expect(valueAxis([12, 6, 3, 0])).toEqual({ max: 15, step: 5, ticks: [0, 5, 10, 15] });
    expect(valueAxis([3, null, 1])).toEqual({ max: 3, step: 1, ticks: [0, 1, 2, 3] });
    expect(valueAxis([0.4, 0.1])).toEqual({ max: 0.4, step: 0.1, ticks: [0, 0.1, 0.2, 0.3, 0.4] });
    expect(valueAxis([87.5, 40])).toEqual({ max: 100, step: 20, ticks: [0, 20, 40, 60, 80, 100] });
    expect(valueAxis([0, null])).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });
});
