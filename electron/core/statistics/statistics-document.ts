import type { StatisticsExportRequest, StatisticsView } from '../../../shared/contract/statistics.js';
import { labelText } from '../../../shared/i18n/labels.js';
import { COUNTING_RULES } from '../../../shared/statistics/counting.js';
import { labelledTables, type LabelledTable } from '../../../shared/statistics/labelled.js';
import { statisticsWords, type StatisticsLanguage } from '../../../shared/statistics/words.js';

/**
 * What every export writes, worked out once: the tables in words with small cells hidden, the
 * counting rules, the period and the filters. The CSV, XLSX, PDF and JSON writers only lay it out,
 * so the four files cannot say different things.
 */
export interface StatisticsDocument {
  language: StatisticsLanguage;
  suppressBelow: number | null;
  title: string;
  period: string;
  /** Filter name and its value in words ("All" when none). */
  filters: Array<[string, string]>;
  generatedAt: string;
  tables: LabelledTable[];
  rulesTitle: string;
  rules: string[];
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
    period: words.period(query.from, query.to),
    filters,
    generatedAt,
    tables: labelledTables(view, language, request.suppressBelow),
    rulesTitle: words.rulesTitle,
    rules: COUNTING_RULES.map((rule) => words.rules[rule]),
  };
}
