import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCKS } from '../../../shared/clocks/clock.js';
import {
  computeStatistics,
  COUNTING_RULES,
  monthsOf,
  type Benchmarks,
  type StatisticsTable,
  type TableId,
} from '../../../shared/statistics/counting.js';
import { labelledTables, suppressRow } from '../../../shared/statistics/labelled.js';
import type { CaseProjection, SubjectProjection } from '../../../shared/statistics/projection.js';
import { statisticsWords } from '../../../shared/statistics/words.js';

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

  it('hides small counts (never zero) and the percentages of their row', () => {
    expect(suppressRow([3, 2, 1, 50], [3], 3)).toEqual([3, 'suppressed', 'suppressed', 'suppressed']);
    expect(suppressRow([0, 5, 5, 100], [3], 3)).toEqual([0, 5, 5, 100]);
    expect(suppressRow([1, 2], [], null)).toEqual([1, 2]);
  });

  it('months of a period, across a year end', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('every rule and every table has its words in each language', () => {
    const { tables } = computeStatistics([allegation()], QUERY, benchmarks);
    for (const language of ['en', 'fr'] as const) {
      const words = statisticsWords(language);
      for (const rule of COUNTING_RULES) expect(words.rules[rule]).toMatch(/\S/);
      for (const table of labelledTables({ tables, benchmarks: { un: null, national: null } }, language, null)) {
        for (const label of [table.title, ...table.columns, ...table.rows.map((row) => row.label)]) {
          // No enum value or key shown as such.
          expect(label).not.toMatch(/_/);
        }
      }
    }
  });
});
