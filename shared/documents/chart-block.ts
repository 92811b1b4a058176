import { z } from 'zod';

/**
 * A chart in a document (document model v6): a bar chart (a bar per category, one per series) or a
 * line chart (a line per series across the categories, such as months). It always has a text
 * alternative, its title and a sentence that says what it shows, and it never stands alone: the
 * document keeps the table of the same figures beside it. Values are counts or shares, finite and
 * never negative; `null` is a figure the document does not show (a small count hidden), drawn as
 * no bar and labelled with `hiddenMark`.
 */

const ChartKind = z.enum(['bar', 'line']);

const CHART_LIMITS = {
  categories: 60,
  series: 4,
  labelChars: 120,
  titleChars: 300,
  summaryChars: 4_000,
  maxValue: 1_000_000_000,
} as const;

/** Line breaks, tabs and other control or format characters: a label is one line of plain text. */
const NOT_PLAIN = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

const plainText = (what: string, max: number) =>
  z
    .string()
    .max(max, `${what} is too long: at most ${max} characters`)
    .refine((text) => text.trim() !== '', `${what} may not be empty`)
    .refine((text) => !NOT_PLAIN.test(text), `${what} must be plain text on one line`);

const ChartValue = z
  .number({ message: 'a chart value must be a number' })
  .finite('a chart value must be a finite number')
  .min(0, 'a chart value may not be below zero')
  .max(CHART_LIMITS.maxValue, 'a chart value is too large to draw')
  .nullable();

const ChartSeries = z
  .object({
    name: plainText('a series name', CHART_LIMITS.labelChars),
    values: z.array(ChartValue).max(CHART_LIMITS.categories),
  })
  .strict();

export const ChartBlock = z
  .object({
    kind: z.literal('chart'),
    chart: ChartKind,
    /** Shown above the drawing, and the first half of the text alternative. */
    title: plainText('the chart title', CHART_LIMITS.titleChars),
    /** The sentence a reader who cannot see the drawing gets instead of it. */
    summary: plainText('the chart summary', CHART_LIMITS.summaryChars),
    categories: z
      .array(plainText('a category label', CHART_LIMITS.labelChars))
      .min(1, 'a chart needs at least one category')
      .max(CHART_LIMITS.categories, `a chart has at most ${CHART_LIMITS.categories} categories`),
    series: z
      .array(ChartSeries)
      .min(1, 'a chart needs at least one series')
      .max(CHART_LIMITS.series, `a chart has at most ${CHART_LIMITS.series} series`),
    /** The words for a hidden value, such as "hidden": required when a value is null. */
    hiddenMark: plainText('the mark of a hidden value', CHART_LIMITS.labelChars).optional(),
  })
  .strict()
  .superRefine((chart, ctx) => {
    chart.series.forEach((series, index) => {
      if (series.values.length !== chart.categories.length)
        ctx.addIssue({
          code: 'custom',
          path: ['series', index, 'values'],
          message: `a series has ${chart.categories.length} values, one per category`,
        });
    });
    if (chart.hiddenMark === undefined && chart.series.some((series) => series.values.includes(null)))
      ctx.addIssue({
        code: 'custom',
        path: ['hiddenMark'],
        message: 'a chart with hidden values needs the words that mark them',
      });
  });
export type ChartBlock = z.infer<typeof ChartBlock>;
