import {
  DIRECTION_OF_LANGUAGE,
  escapePageText,
  type DocumentBlock,
  type DocumentModel,
} from '../../../shared/documents/document-model.js';
import type { ChartBlock } from '../../../shared/documents/chart-block.js';
import {
  chartColumns,
  chartPlan,
  chartRows,
  chartSummary,
  chartValue,
  summaryColumn,
} from '../../../shared/statistics/charts.js';
import { calendarDateWords } from '../../../shared/documents/words.js';
import { cellText, type LabelledTable } from '../../../shared/statistics/labelled.js';
import { fillIn } from '../../../shared/i18n/documents.js';
import { statisticsWords } from '../../../shared/statistics/words.js';
import type { StatisticsDocument } from './statistics-document.js';

/**
 * The PDF report, drawn by the document engine like the letters and the custody report: the
 * period and filters, each table followed by the chart the statistics view draws of it (charts.ts
 * chooses), then the counting rules. Figures only: nothing that names a person, a place or a case.
 */

const LABEL_WIDTH = 40;

function tableBlock(doc: StatisticsDocument, table: StatisticsDocument['tables'][number]): DocumentBlock {
  const others = table.columns.length - 1;
  const width = Math.floor(((100 - LABEL_WIDTH) / others) * 100) / 100;
  const columns = table.columns.map((header, index) => ({
    header,
    widthPercent: index === 0 ? 100 - width * others : width,
  }));
  return {
    kind: 'table',
    columns,
    rows: table.rows.map((row) => [
      [{ text: row.label }],
      ...row.cells.map((cell) => [{ text: cellText(cell, doc.language) }]),
    ]),
    keepTogether: true,
  };
}

/**
 * The table's chart, as the view draws it, with its text alternative in the report's language; a
 * hidden cell is no bar, marked as the table marks it. None for the tables the view draws none of.
 */
function chartBlock(doc: StatisticsDocument, table: LabelledTable): ChartBlock | null {
  const plan = chartPlan(table.id, table);
  const rows = chartRows(table);
  if (plan === null || rows.length === 0) return null;
  const { charts: words, suppressed } = statisticsWords(doc.language);
  const kind = words[plan.kind];
  const summarised = summaryColumn(plan, table);
  const column = table.columns[summarised + 1] ?? '';
  const series = chartColumns(plan).map((index) => ({
    name: table.columns[index + 1] ?? '',
    values: rows.map((row) => chartValue(row.cells[index])),
  }));
  return {
    kind: 'chart',
    chart: plan.kind,
    title: fillIn(words.title, {
      kind,
      subject: plan.kind === 'line' ? table.title : fillIn(words.subject, { table: table.title, column }),
    }),
    summary: fillIn(words.summary, {
      kind,
      column,
      summary: chartSummary(table, summarised, doc.language, (count) => fillIn(words.zeros, { count })),
    }),
    categories: rows.map((row) => row.label),
    series,
    ...(series.some((one) => one.values.includes(null)) ? { hiddenMark: suppressed } : {}),
  };
}

/** The targets under the length table: what each is, how firm, and where its figure comes from. */
function benchmarkBlocks(doc: StatisticsDocument): DocumentBlock[] {
  if (doc.benchmarks.length === 0) return [];
  const words = statisticsWords(doc.language).benchmarks;
  return [
    { kind: 'paragraph', runs: [{ text: words.title, bold: true }] },
    {
      kind: 'table',
      columns: [
        { header: '', widthPercent: 20 },
        { header: words.target, widthPercent: 12 },
        { header: words.urgentTarget, widthPercent: 14 },
        { header: words.firmness, widthPercent: 12 },
        { header: words.source, widthPercent: 42 },
      ],
      rows: doc.benchmarks.map((line) =>
        [line.name, line.target, line.urgentTarget ?? '–', line.firmnessText, line.source].map((text) => [{ text }]),
      ),
      keepTogether: true,
    },
  ];
}

export function statisticsReportModel(doc: StatisticsDocument, marking: string): DocumentModel {
  const words = statisticsWords(doc.language);
  const suppressionNote: DocumentBlock[] =
    doc.suppressBelow === null ? [] : [{ kind: 'paragraph', runs: [{ text: words.rules.suppression, italic: true }] }];
  const direction = DIRECTION_OF_LANGUAGE[doc.language];
  // The bands name physical sides: the title and date stand where a line starts, the right in Arabic.
  const start = direction === 'rtl' ? 'right' : 'left';
  const filters = doc.filters.map(([name, value]) => fillIn(words.filters.shown, { name, value })).join(' · ');
  return {
    pageSize: 'A4',
    language: doc.language,
    direction,
    title: doc.title,
    header: { [start]: escapePageText(doc.title) },
    footer: {
      [start]: escapePageText(
        fillIn(words.generated, {
          date: calendarDateWords(doc.generatedAt.slice(0, 10), doc.language),
          time: doc.generatedAt.slice(11, 16),
        }),
      ),
    },
    confidentialityMarking: marking,
    blocks: [
      { kind: 'heading', level: 1, runs: [{ text: doc.title }] },
      { kind: 'paragraph', runs: [{ text: doc.period, bold: true }] },
      { kind: 'paragraph', runs: [{ text: filters }] },
      ...suppressionNote,
      ...doc.tables.flatMap((table): DocumentBlock[] => [
        { kind: 'heading', level: 2, runs: [{ text: table.title }] },
        tableBlock(doc, table),
        ...(table.id === 'length' ? benchmarkBlocks(doc) : []),
        ...[chartBlock(doc, table)].filter((chart) => chart !== null),
      ]),
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, runs: [{ text: doc.rulesTitle }] },
      { kind: 'list', ordered: true, items: doc.rules.map((rule) => [{ text: rule }]) },
    ],
  };
}
