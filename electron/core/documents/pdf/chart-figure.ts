import {
  appendBezierCurve,
  clip,
  closePath,
  endPath,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setDashPattern,
  setFillingRgbColor,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
  type PDFOperator,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import type { ChartBlock } from '../../../../shared/documents/chart-block.js';
import { valueAxis } from '../chart-scale.js';
import { COLOR } from '../letter-style.js';
import { hex } from './pdf-colour.js';
import type { FlowItem } from './page-flow.js';
import type { TextLine, TextStyle, Typesetter } from './typesetter.js';

/**
 * A chart drawn with vector operations: horizontal bars with their values written at their ends
 * (as the app's statistics view draws them), or lines with a marker at each point. Each series has
 * a colour, and besides it something that tells it apart in black and white: a fill pattern on
 * bars, a dash and a marker shape on lines. Text uses the letter's fonts through the typesetter.
 * Laid out from the left, and turned over in a right-to-left document as the app's statistics view
 * turns its charts in Arabic: the category labels and the value axis on the right, bars growing
 * leftwards, time running from the right; figures and codes keep reading left to right inside.
 * The whole drawing is one flow item: it never splits across pages.
 */

type Pattern = 'solid' | 'hatch' | 'cross' | 'stripes';
type Marker = 'circle' | 'square' | 'triangle' | 'diamond';

/** What tells each series apart: print-safe colours, each with a pattern, a dash and a marker of its own. */
const SERIES_LOOKS: readonly { colour: string; pattern: Pattern; dash: number[]; marker: Marker }[] = [
  { colour: '1F5F8B', pattern: 'solid', dash: [], marker: 'circle' },
  { colour: 'A23B2A', pattern: 'hatch', dash: [5, 2.5], marker: 'square' },
  { colour: '5E5E5E', pattern: 'cross', dash: [1.2, 2], marker: 'triangle' },
  { colour: 'B07A12', pattern: 'stripes', dash: [6, 2, 1.2, 2], marker: 'diamond' },
];

const SIZE = {
  label: 8,
  tick: 7.5,
  bar: 11,
  barGap: 2,
  bandPad: 4,
  legendRow: 15,
  swatch: 9,
  lineChartPlot: 150,
  marker: 2.6,
  gap: 4,
} as const;

const INK = hex(COLOR.ink);
const MUTED = hex(COLOR.muted);
const GRID = hex(COLOR.rule);

/** Draws into the page inside the figure's marked content; `bbox` is where the figure is. */
type MarkFigure = (page: PDFPage, bbox: [number, number, number, number], draw: () => void) => void;

interface Column {
  left: number;
  width: number;
  rtl: boolean;
}

/**
 * Where a part of the chart stands across the column: the layout below is worked out from the
 * left, and in a right-to-left document each x is reflected across the column's middle.
 */
class Across {
  readonly rtl: boolean;
  readonly #mirrorSum: number;

  constructor(column: Column) {
    this.rtl = column.rtl;
    this.#mirrorSum = 2 * column.left + column.width;
  }

  /** The page x of a point laid out at `x`. */
  at(x: number): number {
    return this.rtl ? this.#mirrorSum - x : x;
  }

  /** The page x of the left edge of a span laid out from `x`, `width` wide. */
  from(x: number, width: number): number {
    return this.rtl ? this.#mirrorSum - x - width : x;
  }
}

/** A figure as written on the chart: as the table writes it. */
const figureText = (value: number): string => String(Number(value.toPrecision(12)));

const ops = (page: PDFPage, ...operators: PDFOperator[]) => page.pushOperators(...operators);
const fillColour = (colour: RGB) => setFillingRgbColor(colour.red, colour.green, colour.blue);
const strokeColour = (colour: RGB) => setStrokingRgbColor(colour.red, colour.green, colour.blue);

/** A bar: a filled rectangle (`re f`), then its pattern in white lines clipped to it. */
function drawBar(
  page: PDFPage,
  x: number,
  y: number,
  width: number,
  height: number,
  look: (typeof SERIES_LOOKS)[number],
) {
  if (width <= 0) return;
  ops(
    page,
    pushGraphicsState(),
    fillColour(hex(look.colour)),
    rectangle(x, y, width, height),
    fill(),
    popGraphicsState(),
  );
  if (look.pattern === 'solid') return;
  const lines: [number, number, number, number][] = [];
  const spacing = 3.2;
  if (look.pattern === 'stripes') {
    for (let yy = y + spacing / 2; yy < y + height; yy += spacing) lines.push([x, yy, x + width, yy]);
  } else {
    for (let d = -height; d < width; d += spacing) lines.push([x + d, y, x + d + height, y + height]);
    if (look.pattern === 'cross')
      for (let d = 0; d < width + height; d += spacing) lines.push([x + d, y, x + d - height, y + height]);
  }
  ops(page, pushGraphicsState(), rectangle(x, y, width, height), clip(), endPath(), setLineWidth(0.9));
  ops(page, strokeColour(hex('FFFFFF')));
  for (const [x1, y1, x2, y2] of lines) ops(page, moveTo(x1, y1), lineTo(x2, y2));
  ops(page, stroke(), popGraphicsState());
}

function drawMarker(page: PDFPage, x: number, y: number, look: (typeof SERIES_LOOKS)[number]) {
  const r = SIZE.marker;
  const colour = hex(look.colour);
  ops(page, pushGraphicsState(), fillColour(colour));
  switch (look.marker) {
    case 'square':
      ops(page, rectangle(x - r, y - r, 2 * r, 2 * r));
      break;
    case 'triangle':
      ops(page, moveTo(x, y + r * 1.2), lineTo(x + r * 1.15, y - r), lineTo(x - r * 1.15, y - r), closePath());
      break;
    case 'diamond':
      ops(
        page,
        moveTo(x, y + r * 1.3),
        lineTo(x + r * 1.3, y),
        lineTo(x, y - r * 1.3),
        lineTo(x - r * 1.3, y),
        closePath(),
      );
      break;
    case 'circle': {
      // Four Bézier quarter arcs.
      const k = 0.5523 * r;
      ops(
        page,
        moveTo(x + r, y),
        appendBezierCurve(x + r, y + k, x + k, y + r, x, y + r),
        appendBezierCurve(x - k, y + r, x - r, y + k, x - r, y),
        appendBezierCurve(x - r, y - k, x - k, y - r, x, y - r),
        appendBezierCurve(x + k, y - r, x + r, y - k, x + r, y),
        closePath(),
      );
      break;
    }
  }
  ops(page, fill(), popGraphicsState());
}

function line(
  page: PDFPage,
  from: [number, number],
  to: [number, number],
  colour: RGB,
  width: number,
  dash: number[] = [],
) {
  ops(
    page,
    pushGraphicsState(),
    strokeColour(colour),
    setLineWidth(width),
    setDashPattern(dash, 0),
    moveTo(...from),
    lineTo(...to),
    stroke(),
    popGraphicsState(),
  );
}

/** Bars, markers and lines at laid-out places, drawn where `Across` puts them on the page. */
class Pen {
  constructor(
    readonly page: PDFPage,
    private readonly across: Across,
  ) {}

  bar(x: number, y: number, width: number, height: number, look: (typeof SERIES_LOOKS)[number]) {
    drawBar(this.page, this.across.from(x, width), y, width, height, look);
  }

  marker(x: number, y: number, look: (typeof SERIES_LOOKS)[number]) {
    drawMarker(this.page, this.across.at(x), y, look);
  }

  line(from: [number, number], to: [number, number], colour: RGB, width: number, dash: number[] = []) {
    line(this.page, [this.across.at(from[0]), from[1]], [this.across.at(to[0]), to[1]], colour, width, dash);
  }
}

class ChartText {
  constructor(
    private readonly type: Typesetter,
    private readonly across: Across,
  ) {}

  style(size: number, bold = false, colour: RGB = INK): TextStyle {
    return { size, color: colour, ...(bold ? { bold: true } : {}) };
  }

  /** Lines of `text` wrapped to `width` (always at least one). */
  lines(text: string, style: TextStyle, width = 10_000): TextLine[] {
    return this.type.lines([{ text }], style, Math.max(1, width), this.across.rtl);
  }

  width(text: string, style: TextStyle): number {
    return Math.max(...this.lines(text, style).map((each) => each.width));
  }

  /** `box` as laid out; `align` in the document's direction ('start' is the right in Arabic). */
  draw(
    page: PDFPage,
    lines: readonly TextLine[],
    style: TextStyle,
    box: { x: number; width: number; top: number },
    align: 'start' | 'center' | 'end',
  ) {
    const x = this.across.from(box.x, box.width);
    let top = box.top;
    for (const each of lines) {
      this.type.draw(page, each, { x, width: box.width, top }, style, align, this.across.rtl);
      top -= each.height;
    }
  }
}

/** The series names with their swatch or line sample, in a row that wraps. */
function legend(text: ChartText, chart: ChartBlock, width: number) {
  const style = text.style(SIZE.label);
  const sample = chart.chart === 'bar' ? SIZE.swatch : 18;
  const entries = chart.series.map((series, index) => {
    const lines = text.lines(series.name, style, width - sample - 4);
    return { index, lines, width: sample + 4 + Math.max(...lines.map((each) => each.width)) + 12 };
  });
  const rows: (typeof entries)[] = [[]];
  let used = 0;
  for (const entry of entries) {
    if (used + entry.width > width && rows[rows.length - 1]!.length > 0) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]!.push(entry);
    used += entry.width;
  }
  const rowHeight = (row: typeof entries) =>
    Math.max(SIZE.legendRow, ...row.map((e) => e.lines.reduce((h, l) => h + l.height, 0) + 3));
  const height = rows.reduce((sum, row) => sum + rowHeight(row), 0) + SIZE.gap;
  const draw = (pen: Pen, left: number, top: number) => {
    let rowTop = top;
    for (const row of rows) {
      let x = left;
      for (const entry of row) {
        const look = SERIES_LOOKS[entry.index]!;
        const middle = rowTop - (entry.lines[0]?.height ?? SIZE.legendRow) / 2;
        if (chart.chart === 'bar') pen.bar(x, middle - SIZE.swatch / 2, SIZE.swatch, SIZE.swatch, look);
        else {
          pen.line([x, middle], [x + sample, middle], hex(look.colour), 1.4, look.dash);
          pen.marker(x + sample / 2, middle, look);
        }
        text.draw(
          pen.page,
          entry.lines,
          style,
          { x: x + sample + 4, width: entry.width - sample - 4, top: rowTop },
          'start',
        );
        x += entry.width;
      }
      rowTop -= rowHeight(row);
    }
  };
  return { height, draw };
}

/** Bars across, a band per category, a bar per series; each bar's figure at its end. */
function barChart(
  text: ChartText,
  column: Column,
  chart: ChartBlock,
): { height: number; draw: (pen: Pen, top: number) => void } {
  const labelStyle = text.style(SIZE.label);
  const tickStyle = text.style(SIZE.tick, false, MUTED);
  const hidden = chart.hiddenMark ?? '';
  const all = chart.series.flatMap((series) => series.values);
  const axis = valueAxis(all);
  const valueWidth = Math.max(
    ...all.map((value) => text.width(value === null ? hidden : figureText(value), labelStyle)),
    text.width(figureText(axis.max), tickStyle) / 2,
  );
  const labelWidth = Math.min(
    column.width * 0.38,
    Math.max(...chart.categories.map((label) => text.width(label, labelStyle))) + 2,
  );
  const plotLeft = column.left + labelWidth + 6;
  const plotRight = column.left + column.width - valueWidth - 6;
  const plotWidth = plotRight - plotLeft;
  const key = chart.series.length > 1 ? legend(text, chart, column.width) : null;
  const group = chart.series.length * SIZE.bar + (chart.series.length - 1) * SIZE.barGap;
  const bands = chart.categories.map((label) => {
    const lines = text.lines(label, labelStyle, labelWidth);
    const textHeight = lines.reduce((sum, each) => sum + each.height, 0);
    return { lines, textHeight, height: Math.max(group, textHeight) + 2 * SIZE.bandPad };
  });
  const tickLine = text.lines('0', tickStyle)[0]!;
  const plotHeight = bands.reduce((sum, band) => sum + band.height, 0);
  const height = (key?.height ?? 0) + plotHeight + 3 + tickLine.height;

  const draw = (pen: Pen, top: number) => {
    const { page } = pen;
    key?.draw(pen, column.left, top);
    const plotTop = top - (key?.height ?? 0);
    const plotBottom = plotTop - plotHeight;
    const xOf = (value: number) => plotLeft + (value / axis.max) * plotWidth;
    for (const tick of axis.ticks) {
      const x = xOf(tick);
      if (tick > 0) pen.line([x, plotTop], [x, plotBottom], GRID, 0.4, [2, 2]);
      const label = figureText(tick);
      const width = text.width(label, tickStyle);
      text.draw(
        page,
        text.lines(label, tickStyle),
        tickStyle,
        { x: x - width / 2 - 1, width: width + 2, top: plotBottom - 3 },
        'center',
      );
    }
    let bandTop = plotTop;
    chart.categories.forEach((_, index) => {
      const band = bands[index]!;
      const middle = bandTop - band.height / 2;
      text.draw(
        page,
        band.lines,
        labelStyle,
        { x: column.left, width: labelWidth, top: middle + band.textHeight / 2 },
        'end',
      );
      chart.series.forEach((series, s) => {
        const barTop = middle + group / 2 - s * (SIZE.bar + SIZE.barGap);
        const value = series.values[index] ?? null;
        const end = value === null ? plotLeft : xOf(value);
        pen.bar(plotLeft, barTop - SIZE.bar, end - plotLeft, SIZE.bar, SERIES_LOOKS[s]!);
        const label = text.lines(value === null ? hidden : figureText(value), labelStyle);
        const labelTop = barTop - (SIZE.bar - label[0]!.height) / 2;
        text.draw(page, label, labelStyle, { x: end + 3, width: valueWidth + 2, top: labelTop }, 'start');
      });
      bandTop -= band.height;
    });
    pen.line([plotLeft, plotTop], [plotLeft, plotBottom], INK, 0.8);
    pen.line([plotLeft, plotBottom], [plotRight, plotBottom], INK, 0.8);
  };
  return { height, draw };
}

/** A line per series across the categories, a marker at each point; a hidden value breaks the line. */
function lineChart(
  text: ChartText,
  column: Column,
  chart: ChartBlock,
): { height: number; draw: (pen: Pen, top: number) => void } {
  const tickStyle = text.style(SIZE.tick, false, MUTED);
  const axis = valueAxis(chart.series.flatMap((series) => series.values));
  const tickWidth = Math.max(...axis.ticks.map((tick) => text.width(figureText(tick), tickStyle)));
  const plotLeft = column.left + tickWidth + 6;
  const plotRight = column.left + column.width - 6;
  const slot = (plotRight - plotLeft) / chart.categories.length;
  const labelWidths = chart.categories.map((label) => text.width(label, tickStyle));
  // Every category's label when they fit side by side, else every second, third…
  const every = Math.max(1, Math.ceil((Math.max(...labelWidths) + 6) / slot));
  const key = legend(text, chart, column.width);
  const labelLine = text.lines(chart.categories[0]!, tickStyle)[0]!;
  const height = key.height + SIZE.lineChartPlot + 4 + labelLine.height;

  const draw = (pen: Pen, top: number) => {
    const { page } = pen;
    key.draw(pen, column.left, top);
    const plotTop = top - key.height;
    const plotBottom = plotTop - SIZE.lineChartPlot;
    const yOf = (value: number) => plotBottom + (value / axis.max) * (SIZE.lineChartPlot - 4);
    const xOf = (index: number) => plotLeft + (index + 0.5) * slot;
    for (const tick of axis.ticks) {
      const y = yOf(tick);
      if (tick > 0) pen.line([plotLeft, y], [plotRight, y], GRID, 0.4, [2, 2]);
      const tickLine = text.lines(figureText(tick), tickStyle);
      text.draw(
        page,
        tickLine,
        tickStyle,
        { x: column.left, width: tickWidth, top: y + tickLine[0]!.height / 2 - 1 },
        'end',
      );
    }
    chart.categories.forEach((label, index) => {
      if (index % every !== 0) return;
      const width = labelWidths[index]! + 2;
      text.draw(
        page,
        text.lines(label, tickStyle),
        tickStyle,
        { x: xOf(index) - width / 2, width, top: plotBottom - 4 },
        'center',
      );
    });
    chart.series.forEach((series, s) => {
      const look = SERIES_LOOKS[s]!;
      for (let i = 1; i < series.values.length; i++) {
        const a = series.values[i - 1];
        const b = series.values[i];
        if (a === null || a === undefined || b === null || b === undefined) continue;
        pen.line([xOf(i - 1), yOf(a)], [xOf(i), yOf(b)], hex(look.colour), 1.4, look.dash);
      }
      series.values.forEach((value, i) => {
        if (value !== null) pen.marker(xOf(i), yOf(value), look);
      });
    });
    pen.line([plotLeft, plotTop], [plotLeft, plotBottom], INK, 0.8);
    pen.line([plotLeft, plotBottom], [plotRight, plotBottom], INK, 0.8);
  };
  return { height, draw };
}

/** The chart as one flow item across the body column, drawn inside its figure's marked content. */
export function chartFigure(type: Typesetter, column: Column, chart: ChartBlock, mark: MarkFigure): FlowItem {
  const across = new Across(column);
  const text = new ChartText(type, across);
  const drawing = chart.chart === 'bar' ? barChart(text, column, chart) : lineChart(text, column, chart);
  return {
    height: drawing.height + SIZE.gap,
    draw: (page, top) =>
      mark(page, [column.left, top - drawing.height, column.left + column.width, top], () =>
        drawing.draw(new Pen(page, across), top),
      ),
  };
}
