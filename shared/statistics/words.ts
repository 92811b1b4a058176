import type { ClockDefinition } from '../clocks/clock.js';
import { LANGUAGES, type Language } from '../domain/settings.js';
import type { ExclusionGround } from '../domain/count-exclusion.js';
import type { Translation } from '../i18n/catalogue.js';
import { fillIn } from '../i18n/documents.js';
import { parsePartialDate } from '../domain/calendar.js';
import { durationWords, partialDateWords } from '../documents/words.js';
import { findLabel } from '../i18n/labels.js';
import { statisticsWords as ar } from '../i18n/ar/statistics.js';
import { statisticsWords as en } from '../i18n/en/statistics.js';
import { statisticsWords as fr } from '../i18n/fr/statistics.js';
import type { CountingRule, StatisticsResult, StatisticsTable, TableId } from './counting.js';

/**
 * The words of the statistics in every interface language, from one catalogue per language
 * (shared/i18n/<language>/statistics.ts, English the source of the type): table titles, row and
 * column headings, the counting rules and the exclusion grounds. Values of the domain's enums take
 * their words from the label catalogues (shared/i18n/<language>/labels.ts), so a category reads the
 * same here as on the case. The view, the CSV, the XLSX and the PDF all read these, so they say the same.
 */

export const STATISTICS_LANGUAGES = LANGUAGES;
export type StatisticsLanguage = Language;

/** A catalogue of the statistics' words: a string for every key of the English one. */
export type StatisticsCatalogue = Translation<typeof en>;

/** What the catalogues must name: every table, counting rule and exclusion ground (one without words fails tsc). */
interface Named {
  titles: Record<TableId, string>;
  exclusions: Record<ExclusionGround, string>;
  rules: Record<CountingRule, string>;
  columns: Record<string, string>;
  rows: Record<string, string>;
}

const WORDS: Readonly<Record<StatisticsLanguage, StatisticsCatalogue & Named>> = { en, fr, ar };

export function statisticsWords(language: StatisticsLanguage): StatisticsCatalogue & Named {
  return WORDS[language];
}

/** A clock's target in words, counted as the language counts ("6 months", "شهر واحد"), urgent cases' when asked. */
export function targetWords(
  clock: ClockDefinition | null,
  urgent: boolean,
  language: StatisticsLanguage,
): string | null {
  if (!clock) return null;
  const duration = urgent && clock.urgentDuration ? clock.urgentDuration : clock.duration;
  return durationWords(duration.amount, duration.unit, language);
}

/** A length row's heading: which investigations, with their target when one is given. */
export function lengthRowText(
  row: keyof StatisticsCatalogue['lengthRows'],
  target: string | null,
  language: StatisticsLanguage,
): string {
  const words = WORDS[language];
  return target === null
    ? words.lengthRows[row]
    : fillIn(words.lengthRowWithTarget, { row: words.lengthRows[row], target });
}

/** The heading of one row of one table, in `language`. */
export function rowLabel(
  table: StatisticsTable,
  key: string,
  language: StatisticsLanguage,
  benchmarks: StatisticsResult['benchmarks'],
): string {
  const words = WORDS[language];
  switch (table.id) {
    case 'exclusions':
      return words.exclusions[key as ExclusionGround] ?? key;
    case 'subtypes':
      return findLabel(language, 'caseSubtype', key) ?? words.rows[key] ?? key;
    case 'categories':
      return findLabel(language, 'caseCategory', key) ?? words.rows[key] ?? key;
    case 'personnel':
      return findLabel(language, 'personnelCategory', key) ?? key;
    case 'countries':
      // ISO 3166-1 alpha-3, as the published tables print it.
      return key === 'unknown' ? (words.rows.country_unknown ?? key) : key;
    case 'actions':
      return findLabel(language, 'subjectActionKind', key) ?? key;
    case 'length': {
      const row = key as 'un' | 'un_urgent' | 'national';
      const clock = row === 'national' ? benchmarks.national : benchmarks.un;
      return lengthRowText(row, targetWords(clock, row === 'un_urgent', language) ?? words.noTarget, language);
    }
    case 'paternity':
      return findLabel(language, 'paternityStatus', key) ?? words.rows[key] ?? key;
    case 'outcomes':
      // The stages of ¶65: "pending" here is an investigation under way, not a paternity claim's state.
      if (key === 'pending') return words.rows.investigation_pending ?? key;
      return findLabel(language, 'caseStatus', key) ?? words.rows[key] ?? key;
    case 'trend': {
      // A month received ("2026-01") by its name in the reader's language, as dates are written elsewhere.
      const month = parsePartialDate(key);
      return month?.granularity === 'month' ? partialDateWords(month, language) : key;
    }
    default:
      return words.rows[key] ?? key;
  }
}

export function columnLabel(key: string, language: StatisticsLanguage): string {
  // The categories' words are the catalogue's (a column per category in the trend table),
  // and the sexes' (the victims table), but 'unknown', which says what is unknown.
  return (
    findLabel(language, 'caseCategory', key) ?? WORDS[language].columns[key] ?? findLabel(language, 'sex', key) ?? key
  );
}
