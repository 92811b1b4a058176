import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS } from '../../../shared/clocks/clock.js';
import {
  CASE_CATEGORIES,
  CASE_STATUSES,
  CASE_SUBTYPES,
  PATERNITY_CLAIM_STATUSES,
} from '../../../shared/domain/case.js';
import { EXCLUSION_GROUNDS } from '../../../shared/domain/count-exclusion.js';
import { PERSONNEL_CATEGORIES, SEXES } from '../../../shared/domain/person.js';
import { ACTION_SOURCES, SUBJECT_ACTION_KINDS } from '../../../shared/domain/subject-action.js';
import {
  computeStatistics,
  COUNTING_RULES,
  monthsOf,
  OUTCOME_ROWS,
  TABLE_IDS,
  type Benchmarks,
  type StatisticsTable,
  type TableId,
} from '../../../shared/statistics/counting.js';
import { labelledTables } from '../../../shared/statistics/labelled.js';
import { AGE_GROUPS, type CaseProjection, type SubjectProjection } from '../../../shared/statistics/projection.js';
import { STATISTICS_LANGUAGES, statisticsWords } from '../../../shared/statistics/words.js';

const benchmarks: Benchmarks = { clocks: DEFAULT_CLOCKS, options: { timeZone: 'UTC' } };
const QUERY = { from: '2026-01-01', to: '2026-03-31' };

function subject(overrides: Partial<SubjectProjection> = {}): SubjectProjection {
  return {
    personnelCategory: 'military_mc',
    nationality: 'ABC',
    outcome: null,
    decidingEntity: null,
    decidedOn: null,
    actions: [],
    ...overrides,
  };
}

function allegation(overrides: Partial<CaseProjection> = {}): CaseProjection {
  return {
    dateReceived: '2026-01-10',
    entity: 'MINUSCA',
    category: 'SE',
    subtype: 'transactional_sex',
    status: 'under_investigation',
    urgent: false,
    exclusion: null,
    victims: [{ sex: 'female', ageGroup: 'adult' }],
    subjects: [subject()],
    paternity: { claimed: false },
    referredForInvestigationAt: null,
    tccNotifiedAt: null,
    ...overrides,
  };
}

const cellsOf = (tables: StatisticsTable[], id: TableId, key: string) =>
  tables.find((table) => table.id === id)?.rows.find((row) => row.key === key)?.cells;

describe('counting rules', () => {
  it('one case is one allegation, each victim and subject once, the allegation once per category it involves', () => {
    const { tables } = computeStatistics(
      [
        allegation({
          victims: [
            { sex: 'female', ageGroup: 'child' },
            { sex: 'female', ageGroup: 'adult' },
          ],
          subjects: [subject(), subject(), subject({ personnelCategory: 'police_fpu', nationality: 'DEF' })],
        }),
        allegation({ category: 'SA', subtype: 'rape', subjects: [subject({ personnelCategory: 'civilian_int' })] }),
      ],
      QUERY,
      benchmarks,
    );
    expect(cellsOf(tables, 'allegations', 'allegations')).toEqual([2]);
    expect(cellsOf(tables, 'allegations', 'victims')).toEqual([3]);
    expect(cellsOf(tables, 'allegations', 'subjects')).toEqual([4]);
    expect(cellsOf(tables, 'personnel', 'military_mc')).toEqual([1, 2]);
    expect(cellsOf(tables, 'personnel', 'police_fpu')).toEqual([1, 1]);
    expect(cellsOf(tables, 'personnel', 'civilian_int')).toEqual([1, 1]);
    // Civilians have no contributing country in the published tables.
    expect(tables.find((table) => table.id === 'countries')?.rows.map((row) => row.key)).toEqual(['ABC', 'DEF']);
    expect(cellsOf(tables, 'victims', 'child')).toEqual([1, 0, 0, 1]);
    expect(cellsOf(tables, 'victims', 'total')).toEqual([3, 0, 0, 3]);
    expect(cellsOf(tables, 'categories', 'SE')).toEqual([1, 2]);
    expect(cellsOf(tables, 'categories', 'SA')).toEqual([1, 1]);
  });

  it('what footnote 11 excludes is counted nowhere, only by its ground', () => {
    const { tables } = computeStatistics(
      [allegation(), allegation({ exclusion: 'already_counted' }), allegation({ exclusion: 'already_counted' })],
      QUERY,
      benchmarks,
    );
    expect(cellsOf(tables, 'allegations', 'allegations')).toEqual([1]);
    expect(cellsOf(tables, 'allegations', 'excluded')).toEqual([2]);
    expect(cellsOf(tables, 'exclusions', 'already_counted')).toEqual([2]);
    expect(cellsOf(tables, 'personnel', 'military_mc')).toEqual([1, 1]);
  });

  it('a case belongs to the period by date received, both ends included, and to the filters', () => {
    const cases = [
      allegation({ dateReceived: '2025-12-31' }),
      allegation({ dateReceived: '2026-01-01' }),
      allegation({ dateReceived: '2026-03-31', entity: 'MONUSCO' }),
      allegation({ dateReceived: '2026-04-01' }),
    ];
    expect(cellsOf(computeStatistics(cases, QUERY, benchmarks).tables, 'allegations', 'allegations')).toEqual([2]);
    const mission = computeStatistics(cases, { ...QUERY, entity: 'MONUSCO' }, benchmarks).tables;
    expect(cellsOf(mission, 'allegations', 'allegations')).toEqual([1]);
    expect(cellsOf(mission, 'trend', '2026-03')).toEqual([1, 0, 0, 1]);
    expect(cellsOf(mission, 'trend', '2026-01')).toEqual([0, 0, 0, 0]);
    const status = computeStatistics(cases, { ...QUERY, status: 'substantiated' }, benchmarks).tables;
    expect(cellsOf(status, 'allegations', 'allegations')).toEqual([0]);
  });

  it('measures completed investigations against the clocks in force, the shorter target for urgent cases', () => {
    const decided = (on: string, entity: SubjectProjection['decidingEntity'] = 'oios') =>
      subject({ outcome: 'substantiated', decidingEntity: entity, decidedOn: on });
    const cases = [
      // Six months from 10 January: due on 10 July.
      allegation({
        status: 'substantiated',
        referredForInvestigationAt: '2026-01-10T09:00:00.000Z',
        subjects: [decided('2026-07-10')],
      }),
      allegation({
        status: 'substantiated',
        referredForInvestigationAt: '2026-01-10T09:00:00.000Z',
        subjects: [decided('2026-07-11')],
      }),
      // Urgent: three months.
      allegation({
        status: 'substantiated',
        urgent: true,
        referredForInvestigationAt: '2026-01-10T09:00:00.000Z',
        subjects: [decided('2026-05-01')],
      }),
      // The contributing country decided: 90 days from its notification.
      allegation({
        status: 'not_substantiated',
        tccNotifiedAt: '2026-02-01T09:00:00.000Z',
        subjects: [{ ...decided('2026-05-01', 'tcc_pcc'), outcome: 'not_substantiated' }],
      }),
      // Completed but its start was never recorded: completed, not measured.
      allegation({ status: 'substantiated', subjects: [decided('2026-03-01')] }),
      // A subject still awaits a finding: not complete.
      allegation({ status: 'under_investigation', subjects: [decided('2026-03-01'), subject()] }),
    ];
    const { tables } = computeStatistics(cases, QUERY, benchmarks);
    expect(cellsOf(tables, 'length', 'un')).toEqual([3, 2, 1, 50]);
    expect(cellsOf(tables, 'length', 'un_urgent')).toEqual([1, 1, 0, 0]);
    expect(cellsOf(tables, 'length', 'national')).toEqual([1, 1, 1, 100]);
    expect(cellsOf(tables, 'outcomes', 'substantiated')).toEqual([4]);
    expect(cellsOf(tables, 'outcomes', 'pending')).toEqual([1]);
    // The targets are the settings': a team that disables the UN clock gets no share.
    const off = DEFAULT_CLOCKS.map((clock) => (clock.id === 'un_investigation' ? { ...clock, enabled: false } : clock));
    const without = computeStatistics(cases, QUERY, { ...benchmarks, clocks: off });
    expect(cellsOf(without.tables, 'length', 'un')).toEqual([3, 0, null, null]);
  });

  it('counts paternity claims by status and actions with those States reported', () => {
    const { tables } = computeStatistics(
      [
        allegation({ paternity: { claimed: true, status: 'pending' } }),
        allegation({
          subjects: [
            subject({
              actions: [
                { kind: 'repatriation', source: 'mission' },
                { kind: 'state_reported_action', source: 'contributing_country' },
              ],
            }),
          ],
        }),
      ],
      QUERY,
      benchmarks,
    );
    expect(cellsOf(tables, 'paternity', 'claims')).toEqual([1]);
    expect(cellsOf(tables, 'paternity', 'pending')).toEqual([1]);
    expect(cellsOf(tables, 'actions', 'repatriation')).toEqual([1, 0]);
    expect(cellsOf(tables, 'actions', 'state_reported_action')).toEqual([1, 1]);
  });

  it('counts an action once per subject and kind, however many records say it', () => {
    const repatriated = { kind: 'repatriation' as const, source: 'mission' as const };
    const { tables } = computeStatistics(
      [
        allegation({
          subjects: [
            // The mission recorded it, corrected it, and the country reported the same repatriation.
            subject({ actions: [repatriated, repatriated, { kind: 'repatriation', source: 'contributing_country' }] }),
            subject({ actions: [repatriated] }),
          ],
        }),
      ],
      QUERY,
      benchmarks,
    );
    expect(cellsOf(tables, 'actions', 'repatriation')).toEqual([2, 1]);
  });

  it('counts the stages as A/72/751 ¶65 does: under assessment apart from investigations pending', () => {
    const { tables } = computeStatistics(
      [
        allegation({ status: 'preliminary_assessment' }),
        allegation({ status: 'under_review' }),
        allegation({ status: 'under_investigation' }),
        allegation({ status: 'pending_member_state' }),
        allegation({ status: 'pending_member_state' }),
        allegation({ status: 'substantiated' }),
        allegation({ status: 'closed_other' }),
      ],
      QUERY,
      benchmarks,
    );
    const outcomes = tables.find((table) => table.id === 'outcomes')?.rows.map((row) => [row.key, row.cells[0]]);
    expect(outcomes).toEqual([
      ['under_assessment', 2],
      ['pending', 3],
      ['substantiated', 1],
      ['not_substantiated', 0],
      ['closed_other', 1],
    ]);
    const labels = labelledTables({ tables, benchmarks: { un: null, national: null } }, 'en', null)
      .find((table) => table.id === 'outcomes')
      ?.rows.map((row) => row.label);
    expect(labels?.slice(0, 2)).toEqual([
      'Under assessment, not yet referred for investigation',
      'Referred for investigation, not yet concluded',
    ]);
  });

  it('hides small counts (never zero) and the percentages of their row', () => {
    const { tables } = computeStatistics(
      [
        allegation({
          status: 'substantiated',
          referredForInvestigationAt: '2026-01-10T09:00:00.000Z',
          subjects: [subject({ outcome: 'substantiated', decidingEntity: 'oios', decidedOn: '2026-03-01' })],
        }),
        ...Array.from({ length: 4 }, () => allegation()),
      ],
      QUERY,
      benchmarks,
    );
    const shown = (threshold: number | null) =>
      labelledTables({ tables, benchmarks: { un: null, national: null } }, 'en', threshold);
    const row = (threshold: number | null, id: TableId, key: string) =>
      shown(threshold)
        .find((table) => table.id === id)
        ?.rows.find((entry) => entry.key === key)?.cells;
    // One completed investigation: its counts are small, and so is the share worked out from them.
    expect(row(3, 'length', 'un')).toEqual(['suppressed', 'suppressed', 'suppressed', 'suppressed']);
    expect(row(null, 'length', 'un')).toEqual([1, 1, 1, 100]);
    // Zero names nobody; a share of none stays a dash.
    expect(row(3, 'length', 'national')).toEqual([0, 0, 0, null]);
    expect(row(1, 'outcomes', 'substantiated')).toEqual([1]);
  });

  it('hides a second figure wherever a hidden one could be worked back by subtraction', () => {
    // Victims: 1 girl, 7 women, 5 men of unknown age; January 1 SA and 6 SE, February 6 SE.
    const woman = { sex: 'female' as const, ageGroup: 'adult' as const };
    const cases = [
      allegation({ category: 'SA', subtype: 'rape', victims: [{ sex: 'female', ageGroup: 'child' }] }),
      ...Array.from({ length: 6 }, () => allegation({ victims: [woman] })),
      ...Array.from({ length: 5 }, () =>
        allegation({ dateReceived: '2026-02-03', victims: [{ sex: 'male', ageGroup: 'unknown' }] }),
      ),
      allegation({ dateReceived: '2026-02-04', victims: [woman] }),
    ];
    const { tables } = computeStatistics(cases, QUERY, benchmarks);
    const labelled = labelledTables({ tables, benchmarks: { un: null, national: null } }, 'en', 3);
    const grid = (id: TableId) => {
      const table = labelled.find((entry) => entry.id === id)!;
      const raw = tables.find((entry) => entry.id === id)!;
      return Object.fromEntries(
        table.rows.map((entry) => [
          entry.key,
          Object.fromEntries(raw.columns.map((column, index) => [column, entry.cells[index]])),
        ]),
      );
    };
    const summary = grid('allegations');
    // What a reader of the export can do: wherever a row or a column adds up to a shown total and only
    // one of its figures is hidden, subtract; repeat with what was found until nothing more comes out.
    const sums: Array<{ parts: Array<[TableId, string, string]>; total: [TableId, string, string] }> = [];
    const victims = grid('victims');
    for (const group of ['child', 'adult', 'unknown', 'total']) {
      sums.push({
        parts: ['female', 'male', 'unknown'].map((sex) => ['victims', group, sex]),
        total: ['victims', group, 'total'],
      });
    }
    for (const sex of ['female', 'male', 'unknown', 'total']) {
      sums.push({
        parts: ['child', 'adult', 'unknown'].map((group) => ['victims', group, sex]),
        total: ['victims', 'total', sex],
      });
    }
    const trend = grid('trend');
    for (const month of Object.keys(trend)) {
      sums.push({
        parts: ['SE', 'SA', 'unclassified'].map((column) => ['trend', month, column]),
        total: ['trend', month, 'total'],
      });
    }
    for (const column of ['SE', 'SA', 'unclassified']) {
      sums.push({
        parts: Object.keys(trend).map((month) => ['trend', month, column]),
        total: ['categories', column, 'allegations'],
      });
    }
    for (const id of ['categories', 'subtypes', 'outcomes'] as const) {
      sums.push({
        parts: Object.keys(grid(id)).map((key) => [id, key, 'allegations']),
        total: ['allegations', 'allegations', 'count'],
      });
    }
    const grids = {
      victims,
      trend,
      allegations: summary,
      categories: grid('categories'),
      subtypes: grid('subtypes'),
      outcomes: grid('outcomes'),
    } as Record<string, Record<string, Record<string, unknown>>>;
    const known = (at: [TableId, string, string]) => grids[at[0]]?.[at[1]]?.[at[2]];
    const hiddenAtFirst = sums.flatMap((sum) => [...sum.parts, sum.total]).filter((at) => known(at) === 'suppressed');
    // The scenario does hide small cells (the girl, the SA allegation) …
    expect(victims['child']?.['female']).toBe('suppressed');
    expect(trend['2026-01']?.['SA']).toBe('suppressed');
    expect(hiddenAtFirst.length).toBeGreaterThan(0);
    // … and no subtraction gives any of them back.
    const recovered: string[] = [];
    for (let found = true; found;) {
      found = false;
      for (const sum of sums) {
        const unknown = [...sum.parts, sum.total].filter((at) => typeof known(at) !== 'number');
        if (unknown.length !== 1) continue;
        const [at] = unknown as [[TableId, string, string]];
        const partsSum = sum.parts.reduce(
          (total, part) => total + (typeof known(part) === 'number' ? (known(part) as number) : 0),
          0,
        );
        const value = at === sum.total ? partsSum : (known(sum.total) as number) - partsSum;
        grids[at[0]]![at[1]]![at[2]] = value;
        recovered.push(`${at.join(' ')} = ${value}`);
        found = true;
      }
    }
    expect(recovered).toEqual([]);
  });

  it('months of a period, across a year end', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('every rule and every table has its words in each language', () => {
    // Every row and column of every table, a subject of unknown country among them.
    const { tables } = computeStatistics(
      [allegation(), allegation({ subjects: [subject({ nationality: null })] })],
      QUERY,
      benchmarks,
    );
    const enumValues = new Set<string>([
      ...CASE_CATEGORIES,
      ...CASE_SUBTYPES,
      ...CASE_STATUSES,
      ...PATERNITY_CLAIM_STATUSES,
      ...SEXES,
      ...PERSONNEL_CATEGORIES,
      ...SUBJECT_ACTION_KINDS,
      ...ACTION_SOURCES,
      ...EXCLUSION_GROUNDS,
      ...AGE_GROUPS,
      ...OUTCOME_ROWS,
      ...TABLE_IDS,
      ...COUNTING_RULES,
      ...tables.flatMap((table) => [...table.columns, ...table.rows.map((row) => row.key)]),
    ]);
    // Month keys (2026-01) and ISO country codes are how the published tables print them.
    const printedAsIs = (table: StatisticsTable, key: string) =>
      table.id === 'trend' || (table.id === 'countries' && key !== 'unknown');
    for (const language of STATISTICS_LANGUAGES) {
      const words = statisticsWords(language);
      for (const rule of COUNTING_RULES) expect(words.rules[rule]).toMatch(/\S/);
      const labelled = labelledTables({ tables, benchmarks: { un: null, national: null } }, language, null);
      labelled.forEach((table, index) => {
        const raw = tables[index]!;
        const labels = [
          table.title,
          ...table.columns,
          ...table.rows.filter((row) => !printedAsIs(raw, row.key)).map((row) => row.label),
        ];
        for (const label of labels) {
          // No enum value or key shown as such, nor inside a sentence.
          expect(enumValues.has(label), `${language} ${table.id}: ${label}`).toBe(false);
          for (const value of enumValues) if (value.includes('_')) expect(label).not.toContain(value);
        }
      });
    }
  });
});
