import type { StatisticsExportRequest, StatisticsView } from '../../../shared/contract/statistics.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { COUNTING_RULES } from '../../../shared/statistics/counting.js';
import { labelledTables, type LabelledTable } from '../../../shared/statistics/labelled.js';
import type { Firmness } from '../../../shared/clocks/clock.js';
import { clockSourceText } from '../../../shared/i18n/clock-sources.js';
import { calendarDateWords } from '../../../shared/documents/words.js';
import { fillIn } from '../../../shared/i18n/documents.js';
import {
  lengthRowText,
  statisticsWords,
  targetWords,
  type StatisticsLanguage,
} from '../../../shared/statistics/words.js';

/**
 * What every export writes, worked out once: the tables in words with small cells hidden, the
 * counting rules, the period and the filters. The CSV, XLSX, PDF and JSON writers only lay it out,
 * so the four files cannot say different things.
 */
export interface StatisticsDocument {
  language: StatisticsLanguage;
  suppressBelow: number | null;
  title: string;
  /** The period received, in words ("Received from 1 January 2026 to 31 March 2026"). */
  period: string;
  /** The period's first and last day as YYYY-MM-DD, for a program reading the JSON. */
  from: string;
  to: string;
  /** Filter name and its value in words ("All" when none). */
  filters: Array<[string, string]>;
  generatedAt: string;
  tables: LabelledTable[];
  rulesTitle: string;
  rules: string[];
  /** The clocks the length table was measured against, as they stood: what a reader must know of each figure. */
  benchmarks: BenchmarkLine[];
}

export interface BenchmarkLine {
  clock: string;
  /** "UN investigations", "National investigations". */
  name: string;
  target: string;
  urgentTarget: string | null;
  firmness: Firmness;
  firmnessText: string;
  /** Where the figure comes from, in the reader's words (shared/i18n/clock-sources.ts). */
  source: string;
}

function benchmarkLines(view: StatisticsView, language: StatisticsLanguage): BenchmarkLine[] {
  const words = statisticsWords(language);
  const lines: BenchmarkLine[] = [];
  for (const [row, clock] of [
    ['un', view.benchmarks.un],
    ['national', view.benchmarks.national],
  ] as const) {
    if (!clock) continue;
    lines.push({
      clock: clock.id,
      name: lengthRowText(row, null, language),
      target: targetWords(clock, false, language) ?? words.noTarget,
      urgentTarget: clock.urgentDuration ? targetWords(clock, true, language) : null,
      firmness: clock.firmness,
      firmnessText: labelText(language, 'firmness', clock.firmness),
      source: clockSourceText(clock, language),
    });
  }
  return lines;
}

export function statisticsDocument(
  view: StatisticsView,
  request: Pick<StatisticsExportRequest, 'language' | 'suppressBelow'>,
  generatedAt: string,
): StatisticsDocument {
  const { language } = request;
  const words = statisticsWords(language);
  const { query } = view;
  const filters: Array<[string, string]> = [
    [words.filters.entity, query.entity ?? words.filters.all],
    [words.filters.category, query.category ? labelText(language, 'caseCategory', query.category) : words.filters.all],
    [words.filters.status, query.status ? labelText(language, 'caseStatus', query.status) : words.filters.all],
    // What the hidden-cell mark means in this file: the threshold it was made with.
    ...(request.suppressBelow === null
      ? []
      : [[words.filters.suppressBelow, String(request.suppressBelow)] as [string, string]]),
  ];
  return {
    language,
    suppressBelow: request.suppressBelow,
    title: words.reportTitle,
    period: fillIn(words.period, {
      from: calendarDateWords(query.from, language),
      to: calendarDateWords(query.to, language),
    }),
    from: query.from,
    to: query.to,
    filters,
    generatedAt,
    tables: labelledTables(view, language, request.suppressBelow),
    rulesTitle: words.rulesTitle,
    rules: COUNTING_RULES.map((rule) => words.rules[rule]),
    benchmarks: benchmarkLines(view, language),
  };
}
