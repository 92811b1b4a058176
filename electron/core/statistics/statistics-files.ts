import { DIRECTION_OF_LANGUAGE } from '../../../shared/documents/document-model.js';
import { cellText, type ShownCell } from '../../../shared/statistics/labelled.js';
import { statisticsWords } from '../../../shared/statistics/words.js';
import type { StatisticsDocument } from './statistics-document.js';

/**
 * The statistics as files. CSV: ONE file in long form (table, row, column, value), because one
 * file is one save and one audit row, a spreadsheet or R reads it with a filter or a pivot, and
 * every figure keeps the names of its table, row and column beside it; the period, the filters
 * and the counting rules come first, as rows of their own. XLSX: one sheet per table and the
 * rules on a sheet of their own. JSON: the same, with the stable keys a program needs.
 */

/** A field as RFC 4180 writes it; text a spreadsheet would run as a formula is made inert. */
function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

export function statisticsCsv(doc: StatisticsDocument): Buffer {
  const words = statisticsWords(doc.language);
  const lines: string[][] = [[words.csv.table, words.csv.row, words.csv.column, words.csv.value]];
  lines.push([doc.title, words.csv.period, '', doc.period]);
  for (const [name, value] of doc.filters) lines.push([doc.title, name, '', value]);
  doc.rules.forEach((rule, index) => lines.push([doc.rulesTitle, String(index + 1), '', rule]));
  for (const line of doc.benchmarks) {
    const title = words.benchmarks.title;
    lines.push([title, line.name, words.benchmarks.target, line.target]);
    if (line.urgentTarget !== null) lines.push([title, line.name, words.benchmarks.urgentTarget, line.urgentTarget]);
    lines.push([title, line.name, words.benchmarks.firmness, line.firmnessText]);
    lines.push([title, line.name, words.benchmarks.source, line.source]);
  }
  for (const table of doc.tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, index) => {
        lines.push([table.title, row.label, table.columns[index + 1] ?? '', cellText(cell, doc.language)]);
      });
    }
  }
  // A byte order mark: spreadsheets then read the accents of French headings as UTF-8.
  return Buffer.from(`\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');
}

export function statisticsJson(doc: StatisticsDocument): Buffer {
  const json = {
    title: doc.title,
    period: doc.period,
    from: doc.from,
    to: doc.to,
    filters: Object.fromEntries(doc.filters),
    language: doc.language,
    generatedAt: doc.generatedAt,
    // Counts above zero and below this are replaced by "suppressed"; null: none hidden.
    suppressBelow: doc.suppressBelow,
    countingRules: doc.rules,
    // Each target the length table is measured against: its firmness (binding, target, advisory) and source.
    benchmarks: doc.benchmarks,
    tables: doc.tables.map((table) => ({
      id: table.id,
      title: table.title,
      columns: table.columns.slice(1),
      rows: table.rows.map((row) => ({ key: row.key, label: row.label, cells: row.cells })),
    })),
  };
  return Buffer.from(`${JSON.stringify(json, null, 2)}\n`, 'utf8');
}

/** A worksheet's name: at most 31 characters, none of those Excel refuses, each once. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim();
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

const xlsxCell = (cell: ShownCell, doc: StatisticsDocument): string | number =>
  typeof cell === 'number' ? cell : cellText(cell, doc.language);

export async function statisticsXlsx(doc: StatisticsDocument): Promise<Buffer> {
  // exceljs (with jszip and its streams) is imported by the first spreadsheet, not when the core loads.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Casefile';
  // The file's dates are the report's, so the same figures make the same workbook.
  workbook.created = new Date(doc.generatedAt);
  workbook.modified = new Date(doc.generatedAt);
  const taken = new Set<string>();
  // Arabic sheets run from the right, column A at the right edge, as an Arabic spreadsheet reads.
  const rightToLeft = DIRECTION_OF_LANGUAGE[doc.language] === 'rtl';
  const rules = workbook.addWorksheet(sheetName(doc.rulesTitle, taken), { views: [{ rightToLeft }] });
  rules.addRow([doc.title]).font = { bold: true };
  rules.addRow([doc.period]);
  for (const [name, value] of doc.filters) rules.addRow([name, value]);
  rules.addRow([]);
  rules.addRow([doc.rulesTitle]).font = { bold: true };
  doc.rules.forEach((rule, index) => rules.addRow([index + 1, rule]));
  if (doc.benchmarks.length > 0) {
    const words = statisticsWords(doc.language).benchmarks;
    rules.addRow([]);
    rules.addRow([words.title]).font = { bold: true };
    rules.addRow(['', words.source, words.target, words.urgentTarget, words.firmness]).font = { bold: true };
    for (const line of doc.benchmarks) {
      rules.addRow([line.name, line.source, line.target, line.urgentTarget ?? '–', line.firmnessText]);
    }
    for (const index of [3, 4, 5]) rules.getColumn(index).width = 18;
  }
  rules.getColumn(1).width = 24;
  rules.getColumn(2).width = 100;
  for (const table of doc.tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken));
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow([row.label, ...row.cells.map((cell) => xlsxCell(cell, doc))]);
    sheet.getColumn(1).width = 60;
    for (let index = 2; index <= table.columns.length; index++) sheet.getColumn(index).width = 18;
    sheet.views = [{ state: 'frozen', ySplit: 1, rightToLeft }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
