import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS } from '../../../shared/clocks/clock.js';
import { clockSourceText } from '../../../shared/i18n/clock-sources.js';
import type { StatisticsExportFormat, StatisticsView } from '../../../shared/contract/statistics.js';
import { LANGUAGES } from '../../../shared/domain/settings.js';
import { statisticsWords as english } from '../../../shared/i18n/en/statistics.js';
import {
  STATISTICS_LANGUAGES,
  rowLabel,
  statisticsWords,
  targetWords,
  type StatisticsLanguage,
} from '../../../shared/statistics/words.js';
import { statisticsDocument } from '../../../electron/core/statistics/statistics-document.js';
import { statisticsReportModel } from '../../../electron/core/statistics/statistics-report-model.js';
import { intake } from '../cases/case-file-fixture.js';
import { PASSPHRASE } from '../core/helpers.js';
import { pdfText, withoutBidiMarks } from '../documents-render/read-outputs.js';
import { sentencesIn } from '../messages/sentences-in-code.js';
import { repoRoot } from '../renderer/renderer-sources.js';
import { useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';

/**
 * The statistics speak every interface language from their catalogues (shared/i18n/<language>/statistics.ts):
 * the code holds no words of its own, every language has every text with the same places, and an export in
 * French or Arabic, read back as a person's tools read it, holds no English word of the catalogue. Arabic runs
 * right to left in the PDF and the workbook.
 */

const QUERY = { from: '2026-01-01', to: '2026-03-31' };
const evidenceFile = useEvidenceFiles();

function leaves(tree: object, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}
const places = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the statistics’ words', () => {
  it('exist in every interface language', () => {
    expect([...STATISTICS_LANGUAGES]).toEqual([...LANGUAGES]);
  });

  it.each(STATISTICS_LANGUAGES.filter((language) => language !== 'en'))(
    'in %s: every English text, with the same places, none left in English',
    (language) => {
      const translated = new Map(leaves(statisticsWords(language)));
      for (const [key, text] of leaves(english)) {
        expect(translated.get(key), key).toMatch(/\S/);
        expect(places(translated.get(key) ?? ''), key).toEqual(places(text));
        // A heading may be a word both languages write alike ("Total", "Source"), never a sentence.
        if (/\p{L}+\s+\p{L}+/u.test(text)) expect(translated.get(key), key).not.toBe(text);
      }
    },
  );

  it.each([
    'shared/statistics/words.ts',
    'shared/statistics/charts.ts',
    'shared/statistics/labelled.ts',
    'electron/core/statistics/statistics-document.ts',
    'electron/core/statistics/statistics-files.ts',
    'electron/core/statistics/statistics-report-model.ts',
  ])('%s holds no sentence of its own', (file) => {
    expect(sentencesIn(path.join(repoRoot, file))).toEqual([]);
  });

  it('counts a target as each language counts it', () => {
    const un = DEFAULT_CLOCKS.find((clock) => clock.id === 'un_investigation')!;
    const month = { ...un, duration: { amount: 1, unit: 'months' as const } };
    expect(targetWords(un, false, 'en')).toBe('6 months');
    expect(targetWords(month, false, 'en')).toBe('1 month');
    expect(targetWords(un, false, 'fr')).toBe('6 mois');
    expect(targetWords(un, false, 'ar')).toBe('6 أشهر');
    expect(targetWords(month, false, 'ar')).toBe('شهر واحد');
    expect(targetWords({ ...un, duration: { amount: 2, unit: 'months' } }, false, 'ar')).toBe('شهران');
    expect(targetWords({ ...un, duration: { amount: 11, unit: 'months' } }, false, 'ar')).toMatch(/^11 شهرًا$/);
  });

  it('names the trend’s months in the reader’s language, never as 2026-01', () => {
    const trend = { id: 'trend' as const, columns: [], percentColumns: [], rows: [] };
    const benchmarks = { un: null, national: null };
    const named = (key: string, language: StatisticsLanguage) => rowLabel(trend, key, language, benchmarks);
    expect(named('2026-01', 'en')).toBe('January 2026');
    expect(named('2025-12', 'fr')).toBe('décembre 2025');
    expect(named('2026-03', 'ar')).toBe('مارس 2026');
  });
});

/** The shipped targets' sources as `language` words them (shared/i18n/clock-sources.ts). */
const shippedSources = (language: StatisticsLanguage) =>
  Object.fromEntries(
    DEFAULT_CLOCKS.filter((clock) => clock.id.endsWith('_investigation')).map((clock) => [
      clock.id,
      clockSourceText(clock, language),
    ]),
  );

/** The day the scenario runs and its reports are made. */
const MADE_AT = '2026-09-01T09:00:00.000Z';

/** The statistics document of `view` in `language`, made on MADE_AT, no count hidden. */
const documentIn = (view: StatisticsView, language: StatisticsLanguage) =>
  statisticsDocument(view, { language, suppressBelow: null }, MADE_AT);

async function scenario(ef: EvidenceFile): Promise<void> {
  ef.clock.now = Date.parse(MADE_AT);
  await ef.call('session.touch', {});
  await ef.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
  const created = await ef.call('cases.create', intake({ dateReceived: '2026-02-05', category: 'SE' }));
  await ef.call('people.add', {
    caseId: created.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'minor', language: 'ar' },
  });
  await ef.call('people.add', {
    caseId: created.id,
    profile: { role: 'subject', personnelCategory: 'military_mc', nationality: 'BGD' },
  });
}

async function exported(ef: EvidenceFile, format: StatisticsExportFormat, language: StatisticsLanguage) {
  const destination = path.join(ef.work, `statistics-${language}.${format}`);
  ef.ports.exportTo = destination;
  await ef.call('statistics.export', { query: QUERY, format, language, suppressBelow: null });
  return fs.readFileSync(destination);
}

/** The fields of the CSV as written (no field here holds a comma inside quotes but the rules, read whole). */
const csvFields = (csv: Buffer): string[] =>
  [
    ...csv
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .matchAll(/"((?:[^"]|"")*)"|([^,\r\n]+)/g),
  ].map((match) => (match[1] ?? match[2] ?? '').replace(/""/g, '"'));

/** What the case holds, written as entered: the mission, codes (the shipped clocks' sources are in the catalogue). */
const DATA = new Set(['BGD', 'MINUSCA']);
/** The English catalogue's texts no other language shares ("Total" and "Source" are French too). */
const englishOnly = (language: StatisticsLanguage) => {
  const other = new Set(leaves(statisticsWords(language)).map(([, text]) => text));
  return new Set(
    leaves(english)
      .map(([, text]) => text)
      .filter((text) => !other.has(text)),
  );
};

describe('an export in the screen’s language', () => {
  it('writes the CSV, the workbook and the PDF in French and in Arabic, Arabic right to left', async () => {
    const ef = await evidenceFile();
    await scenario(ef);
    const view = await ef.call('statistics.compute', QUERY);
    for (const language of STATISTICS_LANGUAGES) {
      // The report's lines start at the right in Arabic, its title and date too (the bands name physical sides).
      const doc = documentIn(view, language);
      const model = statisticsReportModel(doc, 'x');
      const start = language === 'ar' ? 'right' : 'left';
      expect(model.direction).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(model.header).toEqual({ [start]: doc.title });
      expect(Object.keys(model.footer)).toEqual([start]);
      // A chart's text lists its rows with the language's own separator (the Arabic semicolon in Arabic).
      const summaries = model.blocks.flatMap((block) => (block.kind === 'chart' ? [block.summary] : []));
      expect(summaries.join(' ')).toContain(statisticsWords(language).charts.separator);
      if (language === 'ar') expect(summaries.join(' ')).not.toMatch(/[;]/);
    }
    for (const language of ['fr', 'ar'] as const) {
      const words = statisticsWords(language);
      const english = englishOnly(language);

      const csv = csvFields(await exported(ef, 'csv', language));
      expect(csv.slice(0, 4)).toEqual([words.csv.table, words.csv.row, words.csv.column, words.csv.value]);
      expect(csv).toContain(words.reportTitle);
      expect(csv).toContain(words.titles.victims);
      for (const field of csv) expect(english.has(field), `${language}: ${field}`).toBe(false);
      if (language === 'ar') {
        // Latin letters only in what was entered as data; figures in Western digits.
        for (const field of csv) if (!DATA.has(field)) expect(field, field).not.toMatch(/[A-Za-z]{2}(?!\/\d)/);
        expect(csv.join(' ')).not.toMatch(/[\u0660-\u0669]/);
      }

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await exported(ef, 'xlsx', language)) as unknown as ArrayBuffer);
      expect(workbook.worksheets[0]?.name).toBe(words.rulesTitle);
      for (const sheet of workbook.worksheets) {
        expect(sheet.views[0]?.rightToLeft ?? false, sheet.name).toBe(language === 'ar');
        sheet.eachRow((row) => {
          for (const value of (row.values as unknown[]).slice(1)) {
            if (typeof value === 'string') expect(english.has(value), `${sheet.name}: ${value}`).toBe(false);
          }
        });
      }
      const victims = workbook.worksheets.find((sheet) => sheet.name === words.titles.victims.slice(0, 31).trim());
      expect((victims?.getRow(2).values as unknown[]).slice(1)[0]).toBe(words.rows.child);

      const pdf = await exported(ef, 'pdf', language);
      const text = withoutBidiMarks(pdfText(pdf, undefined, 'raw')).replace(/\s+/g, ' ');
      // pdftotext gives Arabic in drawing order: words whose letters join into one ligature (لا) come out turned.
      const phrases =
        language === 'fr' ? [words.rulesTitle, words.reportTitle] : [words.filters.all, words.columns.total];
      for (const phrase of phrases) expect(text).toContain(phrase);
      for (const phrase of ['Counting rules', 'Allegations counted', 'Bar chart', 'Generated']) {
        expect(text).not.toContain(phrase);
      }
      // The period and the day it was made in words, not as ISO dates.
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });
});

describe('the period, the day made and the targets’ sources in the reader’s language', () => {
  const dates = {
    en: { period: 'Received from 1 January 2026 to 31 March 2026', made: 'Generated on 1 September 2026 at 09:00 UTC' },
    fr: { period: 'Reçues du 1er janvier 2026 au 31 mars 2026', made: 'Établi le 1er septembre 2026 à 09:00 UTC' },
    ar: {
      period: 'الواردة من 1 يناير 2026 إلى 31 مارس 2026',
      made: 'أُعدّ في 1 سبتمبر 2026 الساعة 09:00 بالتوقيت العالمي المنسق',
    },
  } as const;
  /** How each language says the figures are not in A/72/751: the only way the symbol may stand beside them. */
  const notIn = {
    en: 'not in A/72/751',
    fr: 'ne figure pas dans le document A/72/751',
    ar: 'ولا يرد في الوثيقة A/72/751',
  } as const;

  it('writes dates in words and the shipped sources in the language, none citing A/72/751 for a figure', async () => {
    const ef = await evidenceFile();
    await scenario(ef);
    const view = await ef.call('statistics.compute', QUERY);
    for (const language of STATISTICS_LANGUAGES) {
      const doc = documentIn(view, language);
      expect(doc.period).toBe(dates[language].period);
      expect(Object.values(statisticsReportModel(doc, 'x').footer)).toEqual([dates[language].made]);
      const sources = shippedSources(language);
      expect(doc.benchmarks.map((line) => [line.clock, line.source])).toEqual([
        ['un_investigation', sources.un_investigation],
        ['tcc_investigation', sources.tcc_investigation],
      ]);
      expect(sources.un_investigation).toContain(notIn[language]);
      for (const source of Object.values(sources)) {
        expect(source.replace(notIn[language], '')).not.toContain('A/72/751');
        // Words for a reader: no pointer into the project's own handbook.
        expect(source).not.toMatch(/domain\.md|§/);
      }
    }
    // The JSON keeps the period's days as a program reads them.
    const json = JSON.parse((await exported(ef, 'json', 'ar')).toString('utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({ period: dates.ar.period, from: QUERY.from, to: QUERY.to });
  });

  it('prints a source the team wrote itself as written, in every language', async () => {
    const ef = await evidenceFile();
    await scenario(ef);
    const view = await ef.call('statistics.compute', QUERY);
    const own = 'Head of Mission directive 4/2026, section 3';
    const un = { ...view.benchmarks.un!, source: own };
    for (const language of STATISTICS_LANGUAGES) {
      const doc = documentIn({ ...view, benchmarks: { ...view.benchmarks, un } }, language);
      expect(doc.benchmarks.map((line) => line.source)).toEqual([own, shippedSources(language).tcc_investigation]);
    }
  });
});
