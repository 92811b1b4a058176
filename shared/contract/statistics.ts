import { z } from 'zod';
import { ClockDefinition } from '../clocks/clock.js';
import { TABLE_IDS } from '../statistics/counting.js';
import { MAX_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD } from '../statistics/labelled.js';
import { StatisticsQuery } from '../statistics/projection.js';
import { STATISTICS_LANGUAGES } from '../statistics/words.js';
import { method } from './define.js';
import { SavedFile } from './evidence.js';

/**
 * Issue 14: the anonymised figures the UN publishes, for a period and filters. The view carries
 * counts only (no name, code, place or free text); its words come from shared/statistics/words.ts.
 */

const StatisticsTableSchema = z
  .object({
    id: z.enum(TABLE_IDS),
    columns: z.array(z.string()),
    percentColumns: z.array(z.string()),
    rows: z.array(z.object({ key: z.string(), cells: z.array(z.number().nullable()) }).strict()),
  })
  .strict();

export const StatisticsView = z
  .object({
    query: StatisticsQuery,
    tables: z.array(StatisticsTableSchema),
    /** The benchmark clocks in force as they were applied (null: disabled or removed in the settings). */
    benchmarks: z.object({ un: ClockDefinition.nullable(), national: ClockDefinition.nullable() }).strict(),
  })
  .strict();
export type StatisticsView = z.infer<typeof StatisticsView>;

export const STATISTICS_EXPORT_FORMATS = ['csv', 'xlsx', 'pdf', 'json'] as const;
export const StatisticsExportFormat = z.enum(STATISTICS_EXPORT_FORMATS);
export type StatisticsExportFormat = z.infer<typeof StatisticsExportFormat>;

/** Small counts hidden in exports unless asked otherwise: below 3, a count can point to a person. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 3;

export const StatisticsExportRequest = z
  .object({
    query: StatisticsQuery,
    format: StatisticsExportFormat,
    language: z.enum(STATISTICS_LANGUAGES).default('en'),
    /** Counts above zero and below this are hidden; null hides none (the user's explicit choice). */
    suppressBelow: z
      .number()
      .int()
      .min(MIN_SUPPRESSION_THRESHOLD)
      .max(MAX_SUPPRESSION_THRESHOLD)
      .nullable()
      .default(DEFAULT_SUPPRESSION_THRESHOLD),
  })
  .strict();
export type StatisticsExportRequest = z.infer<typeof StatisticsExportRequest>;

export const statisticsMethods = {
  'statistics.compute': method({
    input: StatisticsQuery,
    output: StatisticsView,
    whileLocked: false,
  }),
  'statistics.export': method({
    input: StatisticsExportRequest,
    output: SavedFile,
    whileLocked: false,
  }),
  'statistics.entities': method({
    input: z.object({}).strict(),
    output: z.object({ items: z.array(z.string()) }),
    whileLocked: false,
  }),
};
