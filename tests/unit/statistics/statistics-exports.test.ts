import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS } from '../../../shared/clocks/clock.js';
import { clockSourceText } from '../../../shared/i18n/clock-sources.js';
import type { MethodInput } from '../../../shared/contract/index.js';
import type { StatisticsExportFormat } from '../../../shared/contract/statistics.js';
import { chartPlan } from '../../../shared/statistics/charts.js';
import { cellText, labelledTables, type ShownCell } from '../../../shared/statistics/labelled.js';
import { statisticsWords } from '../../../shared/statistics/words.js';
import { intake } from '../cases/case-file-fixture.js';
import { PASSPHRASE } from '../core/helpers.js';
import { pdfText } from '../documents-render/read-outputs.js';
import { useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';

/**
 * Cases whose true counts are worked out by hand (below, case by case) are entered through the
 * real core; the view and every export must give exactly those counts, cell by cell, read back
 * as a person's tools read them (the CSV parsed, the XLSX by exceljs, the PDF by pdftotext).
 */

const evidenceFile = useEvidenceFiles();
const QUERY = { from: '2026-01-01', to: '2026-03-31' };

type Victim = { sex: 'female' | 'male'; ageBand: 'adult' | 'minor' | 'unknown' };
type Subject = { category: string; nationality: string | null };

async function enter(
  ef: EvidenceFile,
  fields: Partial<MethodInput<'cases.create'>>,
  victims: Victim[],
  subjects: Subject[],
): Promise<{ caseId: string; subjectIds: string[] }> {
  const created = await ef.call('cases.create', intake(fields));
  for (const victim of victims) {
    await ef.call('people.add', {
      caseId: created.id,
      profile: { role: 'victim', sex: victim.sex, ageBand: victim.ageBand, language: 'fr' },
    });
  }
  const subjectIds: string[] = [];
  for (const subject of subjects) {
    const added = await ef.call('people.add', {
      caseId: created.id,
      profile: {
        role: 'subject',
        personnelCategory: subject.category as 'military_mc',
        nationality: subject.nationality,
      },
    });
    subjectIds.push(added.id);
  }
  return { caseId: created.id, subjectIds };
}

async function decide(ef: EvidenceFile, personId: string, outcome: 'substantiated' | 'not_substantiated', on: string) {
  await ef.call('findings.record', {
    personId,
    outcome,
    decidingEntity: 'oios',
    decidedOn: on,
    reportReference: 'OIOS-0001/26',
  });
}

/** Today is 1 September 2026, when every finding below has been made (the jump locks the vault: unlocked again). */
async function lateSummer(ef: EvidenceFile): Promise<void> {
  ef.clock.now = Date.parse('2026-09-01T09:00:00.000Z');
  await ef.call('session.touch', {});
  await ef.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
}

/** The scenario; the comments give each case's part of the counts. */
async function enterScenario(ef: EvidenceFile): Promise<void> {
  // A: SE, 2 victims (a girl, a woman), 2 contingent members of BGD, paternity claim pending,
  // referred 10 January, substantiated 1 June: within six months. One repatriated, one reported on by BGD.
  const a = await enter(
    ef,
    { dateReceived: '2026-01-05', category: 'SE', subtype: 'transactional_sex' },
    [
      { sex: 'female', ageBand: 'minor' },
      { sex: 'female', ageBand: 'adult' },
    ],
    [
      { category: 'military_mc', nationality: 'BGD' },
      { category: 'military_mc', nationality: 'BGD' },
    ],
  );
  await ef.call('cases.update', {
    caseId: a.caseId,
    changes: {
      paternityClaim: { claimed: true, status: 'pending', dnaPermittedByNationalLaw: 'unknown', dnaSampleTaken: false },
    },
  });
  await ef.call('deadlines.recordMilestone', {
    caseId: a.caseId,
    milestone: 'referred_for_investigation',
    at: '2026-01-10T09:00:00.000Z',
  });
  await ef.call('cases.changeStatus', { caseId: a.caseId, to: 'under_investigation', reason: 'Credible' });
  for (const id of a.subjectIds) await decide(ef, id, 'substantiated', '2026-06-01');
  await ef.call('subjectActions.record', {
    personId: a.subjectIds[0]!,
    kind: 'repatriation',
    takenAt: '2026-06-10T09:00:00.000Z',
    source: 'mission',
  });
  await ef.call('subjectActions.record', {
    personId: a.subjectIds[1]!,
    kind: 'state_reported_action',
    takenAt: '2026-07-10T09:00:00.000Z',
    source: 'contributing_country',
  });

  // B: SA, urgent, a woman of unknown age, an FPU member of SEN; referred 1 February, not substantiated
  // 15 June: beyond the three months of an urgent case.
  const b = await enter(
    ef,
    { dateReceived: '2026-01-20', category: 'SA', subtype: 'rape', urgent: true },
    [{ sex: 'female', ageBand: 'unknown' }],
    [{ category: 'police_fpu', nationality: 'SEN' }],
  );
  await ef.call('deadlines.recordMilestone', {
    caseId: b.caseId,
    milestone: 'referred_for_investigation',
    at: '2026-02-01T09:00:00.000Z',
  });
  await ef.call('cases.changeStatus', { caseId: b.caseId, to: 'under_investigation', reason: 'Credible' });
  await decide(ef, b.subjectIds[0]!, 'not_substantiated', '2026-06-15');

  // C: SE, a woman, an international civilian on administrative leave; still pending.
  const c = await enter(
    ef,
    { dateReceived: '2026-02-10', category: 'SE', subtype: 'exploitative_relationship' },
    [{ sex: 'female', ageBand: 'adult' }],
    [{ category: 'civilian_int', nationality: null }],
  );
  await ef.call('subjectActions.record', {
    personId: c.subjectIds[0]!,
    kind: 'administrative_leave',
    takenAt: '2026-02-20T09:00:00.000Z',
    source: 'mission',
  });

  // D: kept out of the count (too little information): counted nowhere but in the exclusions.
  const d = await enter(
    ef,
    { dateReceived: '2026-02-15', category: 'SA', subtype: 'other' },
    [{ sex: 'male', ageBand: 'adult' }],
    [{ category: 'military_mc', nationality: 'BGD' }],
  );
  await ef.call('cases.update', {
    caseId: d.caseId,
    changes: { countExclusion: { ground: 'insufficient_information', reason: 'No date, place or person named' } },
  });

  // E: received before the period.
  await enter(ef, { dateReceived: '2025-12-20', category: 'SE' }, [{ sex: 'female', ageBand: 'adult' }], []);

  // F: another mission, SA, a girl, a contingent member of BGD; pending.
  await enter(
    ef,
    { dateReceived: '2026-03-05', entity: 'MONUSCO', category: 'SA', subtype: 'sexual_assault' },
    [{ sex: 'female', ageBand: 'minor' }],
    [{ category: 'military_mc', nationality: 'BGD' }],
  );
}

/** Every cell of every table, for the period over both missions (cases A, B, C, F counted; D excluded). */
const EXPECTED: Record<string, Record<string, (number | null)[]>> = {
  allegations: { allegations: [4], victims: [5], subjects: [5], excluded: [1] },
  exclusions: {
    insufficient_information: [1],
    between_personnel: [0],
    no_indication_of_sea: [0],
    non_fraternisation: [0],
    already_counted: [0],
  },
  trend: { '2026-01': [1, 1, 0, 2], '2026-02': [1, 0, 0, 1], '2026-03': [0, 1, 0, 1] },
  categories: { SE: [2, 3], SA: [2, 2], unclassified: [0, 0] },
  subtypes: {
    exploitative_relationship: [1],
    transactional_sex: [1],
    solicitation_of_transactional_sex: [0],
    rape: [1],
    sexual_assault: [1],
    sexual_activity_with_minor: [0],
    other: [0],
    unclassified: [0],
  },
  personnel: {
    civilian_int: [1, 1],
    civilian_ns: [0, 0],
    civilian_unv: [0, 0],
    military_mc: [2, 3],
    military_mo: [0, 0],
    police_unpol: [0, 0],
    police_fpu: [1, 1],
    implementing_partner: [0, 0],
    contractor: [0, 0],
    non_un_force: [0, 0],
    unknown: [0, 0],
  },
  countries: { BGD: [2, 3], SEN: [1, 1] },
  victims: { child: [2, 0, 0, 2], adult: [2, 0, 0, 2], unknown: [1, 0, 0, 1], total: [5, 0, 0, 5] },
  paternity: { claims: [1], pending: [1], established: [0], not_established: [0], closed: [0] },
  // C and F were never referred: still under assessment (A/72/751 ¶65), not "pending investigation".
  outcomes: { under_assessment: [2], pending: [0], substantiated: [1], not_substantiated: [1], closed_other: [0] },
  length: { un: [1, 1, 1, 100], un_urgent: [1, 1, 0, 0], national: [0, 0, 0, null] },
  actions: {
    administrative_leave: [1, 0],
    payments_withheld: [0, 0],
    repatriation: [1, 0],
    barred_from_future_service: [0, 0],
    dismissal_or_separation: [0, 0],
    referral_to_national_authorities: [0, 0],
    screening_database_entry: [0, 0],
    state_reported_action: [1, 1],
    reputation_restoration: [0, 0],
    other: [0, 0],
  },
};

async function exported(ef: EvidenceFile, format: StatisticsExportFormat, suppressBelow: number | null = null) {
  const destination = path.join(ef.work, `statistics-${suppressBelow ?? 'all'}.${format}`);
  ef.ports.exportTo = destination;
  const saved = await ef.call('statistics.export', { query: QUERY, format, language: 'en', suppressBelow });
  expect(saved).toMatchObject({ cancelled: false, path: destination });
  return fs.readFileSync(destination);
}

/** RFC 4180 as written: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('the sources of the investigation targets', () => {
  it('never cites A/72/751 for the six-month, three-month or 90-day figures (domain.md §3)', () => {
    for (const id of ['un_investigation', 'tcc_investigation']) {
      const source = DEFAULT_CLOCKS.find((clock) => clock.id === id)!.source;
      // A/72/751 may be named only to say the figure is not in it.
      expect(source.replace(/not in A\/72\/751/g, '')).not.toContain('A/72/751');
    }
    expect(DEFAULT_CLOCKS.find((clock) => clock.id === 'un_investigation')?.source).toMatch(/Security Council/);
  });
});

describe('statistics through the core, every format read back', () => {
  it('gives the known counts in the view, the JSON, the CSV, the XLSX and the PDF, cell by cell', async () => {
    const ef = await evidenceFile();
    await lateSummer(ef);
    await enterScenario(ef);

    const view = await ef.call('statistics.compute', QUERY);
    const shown = Object.fromEntries(
      view.tables.map((table) => [table.id, Object.fromEntries(table.rows.map((row) => [row.key, row.cells]))]),
    );
    expect(shown).toEqual(EXPECTED);
    const mission = await ef.call('statistics.compute', { ...QUERY, entity: 'MONUSCO' });
    expect(mission.tables.find((table) => table.id === 'allegations')?.rows[0]?.cells).toEqual([1]);

    const tables = labelledTables(view, 'en', null);
    const words = (cell: ShownCell) => cellText(cell, 'en');

    const json = JSON.parse((await exported(ef, 'json')).toString('utf8')) as {
      tables: { id: string; rows: { key: string; cells: (number | null)[] }[] }[];
      countingRules: string[];
      benchmarks: unknown[];
    };
    expect(
      Object.fromEntries(
        json.tables.map((table) => [table.id, Object.fromEntries(table.rows.map((row) => [row.key, row.cells]))]),
      ),
    ).toEqual(EXPECTED);
    expect(json.countingRules).toEqual(Object.values(statisticsWords('en').rules));
    // Each target the length is measured against, with its firmness and its source, in every format.
    // The shipped sources, as the report's language words them.
    const sourceOf = (id: string) =>
      clockSourceText(
        DEFAULT_CLOCKS.find((clock) => clock.id === id)!,
        'en',
      );
    const un = { source: sourceOf('un_investigation') };
    const national = { source: sourceOf('tcc_investigation') };
    expect(json.benchmarks).toEqual([
      {
        clock: 'un_investigation',
        name: 'UN investigations',
        target: '6 months',
        urgentTarget: '3 months',
        firmness: 'target',
        firmnessText: 'Target',
        source: un.source,
      },
      {
        clock: 'tcc_investigation',
        name: 'National investigations',
        target: '90 days',
        urgentTarget: null,
        firmness: 'target',
        firmnessText: 'Target',
        source: national.source,
      },
    ]);

    const csv = parseCsv((await exported(ef, 'csv')).toString('utf8').replace(/^\uFEFF/, ''));
    const csvCells = new Map(csv.slice(1).map(([table, row, column, value]) => [`${table}|${row}|${column}`, value]));
    for (const table of tables) {
      for (const row of table.rows) {
        row.cells.forEach((cell, index) => {
          expect(csvCells.get(`${table.title}|${row.label}|${table.columns[index + 1]}`)).toBe(words(cell));
        });
      }
    }
    expect(csv.filter(([table]) => table === 'Counting rules').map((line) => line[3])).toEqual(
      Object.values(statisticsWords('en').rules),
    );
    const targets = 'Targets the length of investigations is measured against';
    expect(csv.filter(([table]) => table === targets).map((line) => line.slice(1))).toEqual([
      ['UN investigations', 'Target', '6 months'],
      ['UN investigations', 'Target for urgent cases', '3 months'],
      ['UN investigations', 'Firmness', 'Target'],
      ['UN investigations', 'Source', un.source],
      ['National investigations', 'Target', '90 days'],
      ['National investigations', 'Firmness', 'Target'],
      ['National investigations', 'Source', national.source],
    ]);

    const workbook = new ExcelJS.Workbook();
    // exceljs's types predate Node's generic Buffer.
    await workbook.xlsx.load((await exported(ef, 'xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)[0]).toBe('Counting rules');
    const ruleRows = workbook.worksheets[0]!.getSheetValues().map((row) => (row as unknown[] | undefined)?.slice(1));
    expect(ruleRows).toContainEqual(['UN investigations', un.source, '6 months', '3 months', 'Target']);
    expect(ruleRows).toContainEqual(['National investigations', national.source, '90 days', '–', 'Target']);
    expect(workbook.worksheets).toHaveLength(tables.length + 1);
    tables.forEach((table, tableIndex) => {
      const sheet = workbook.worksheets[tableIndex + 1]!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(table.columns);
      table.rows.forEach((row, rowIndex) => {
        const values = (sheet.getRow(rowIndex + 2).values as unknown[]).slice(1);
        expect(values).toEqual([
          row.label,
          ...row.cells.map((cell) => (typeof cell === 'number' ? cell : words(cell))),
        ]);
      });
    });

    // The PDF: between each table's title and its chart or the next title, the rows' figures in order
    // (labels may wrap). The chart after a table is opened by its caption ("Bar chart: …").
    const pdf = await exported(ef, 'pdf');
    const text = pdfText(pdf);
    const titles = tables.map((table) => table.title);
    const charted = tables.filter((table) => chartPlan(table.id, table) !== null);
    expect(text.match(/\n(Bar|Line) chart: /g)?.length).toBe(charted.length);
    tables.forEach((table, index) => {
      const start = text.indexOf(`\n${titles[index]}`);
      expect(start, table.title).toBeGreaterThanOrEqual(0);
      const next = index + 1 < titles.length ? text.indexOf(`\n${titles[index + 1]}`, start) : text.length;
      const chart = text.slice(start, next).search(/\n(Bar|Line) chart: /);
      const end = chart >= 0 ? start + chart : next;
      const width = table.columns.length - 1;
      const figures = text
        .slice(start, end)
        .split('\n')
        .map((line) => line.trim().split(/\s{2,}/))
        .filter((fields) => fields.length > width && fields.slice(-width).every((f) => /^(\d+(\.\d)?|–)$/.test(f)))
        .map((fields) => fields.slice(-width));
      expect(figures, table.title).toEqual(table.rows.map((row) => row.cells.map(words)));
    });
    // The targets under the length table: the source's words (wrapped in its column) and the firmness.
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(targets);
    expect(flat).toContain('Received from 1 January 2026 to 31 March 2026');
    expect(flat).toContain('6 months 3 months Target The Secretary-General’s statement to the Security Council');
    expect(flat).toMatch(/90 days – Target Widely known practice/);
  }, 120_000);

  it('hides small counts in an export, marked, and audits every export without its figures', async () => {
    const ef = await evidenceFile();
    await lateSummer(ef);
    await enterScenario(ef);
    const json = JSON.parse((await exported(ef, 'json', 3)).toString('utf8')) as {
      tables: { id: string; rows: { key: string; cells: unknown[] }[] }[];
    };
    const personnel = json.tables.find((table) => table.id === 'personnel')!;
    expect(personnel.rows.find((row) => row.key === 'military_mc')?.cells).toEqual(['suppressed', 3]);
    expect(personnel.rows.find((row) => row.key === 'civilian_ns')?.cells).toEqual([0, 0]);
    const csv = (await exported(ef, 'csv', 3)).toString('utf8');
    expect(csv).toContain(
      'Alleged perpetrators by personnel category,Military (MC) — contingent member,Allegations,hidden',
    );
    // The file says which threshold its marks were made with.
    expect(csv).toContain('Counts hidden when below,,3\r\n');

    const audit = await ef.call('audit.list', {});
    const exports = audit.items.filter((entry) => entry.action === 'statistics.export');
    // Newest first.
    expect(exports.map((entry) => entry.details['format'])).toEqual(['csv', 'json']);
    expect(exports[1]?.details).toMatchObject({ from: QUERY.from, to: QUERY.to, suppressBelow: 3 });
    expect(JSON.stringify(exports)).not.toMatch(/"allegations"|"tables"/);
  }, 120_000);
});
