import { clockById, type ClockDefinition } from '../clocks/clock.js';
import { computeDeadline, type DeadlineOptions } from '../clocks/deadline.js';
import { localDateOf } from '../clocks/local-time.js';
import type { CalendarDate } from '../domain/calendar.js';
import { CASE_SUBTYPES, isClosedStatus, type CaseStatus, type InvestigatingEntity } from '../domain/case.js';
import { INVESTIGATED_OUTCOMES } from '../domain/finding.js';
import { PERSONNEL_CATEGORIES, SEXES, type PersonnelCategory } from '../domain/person.js';
import { SUBJECT_ACTION_KINDS } from '../domain/subject-action.js';
import { EXCLUSION_GROUNDS } from '../domain/count-exclusion.js';
import { AGE_GROUPS, PATERNITY_STATES, type CaseProjection, type StatisticsQuery } from './projection.js';

/**
 * The counting rules of the published figures (A/72/751 ¶62–¶67, footnote 11; conduct.unmissions.org),
 * as code. Each rule's words are in words.ts under the same id (COUNTING_RULES); a test holds each rule.
 */

export const COUNTING_RULES = [
  'one_case_one_allegation',
  'each_person_once',
  'per_category',
  'exclusions',
  'date_received',
  'filters',
  'age_at_incident',
  'outcomes',
  'length',
  'actions',
  'suppression',
] as const;
export type CountingRule = (typeof COUNTING_RULES)[number];

export const TABLE_IDS = [
  'allegations',
  'exclusions',
  'trend',
  'categories',
  'subtypes',
  'personnel',
  'countries',
  'victims',
  'paternity',
  'outcomes',
  'length',
  'actions',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** A count, a percentage (one decimal) or nothing to show (a share of none). */
export type Cell = number | null;

export interface StatisticsTable {
  id: TableId;
  /** Column keys; their words are in words.ts. */
  columns: string[];
  /** Which columns hold percentages (hidden with the counts of their row: see labelled.ts). */
  percentColumns: string[];
  rows: Array<{ key: string; cells: Cell[] }>;
}

/** The benchmark clocks in force (the team's settings) and the mission calendar they count on. */
export interface Benchmarks {
  clocks: readonly ClockDefinition[];
  options: Omit<DeadlineOptions, 'urgent'>;
}

/** The clocks whose targets the investigation length is measured against (shared/clocks/clock.ts). */
const UN_INVESTIGATION_CLOCK = 'un_investigation';
const NATIONAL_INVESTIGATION_CLOCK = 'tcc_investigation';

export interface StatisticsResult {
  tables: StatisticsTable[];
  /** The benchmark clocks as they were applied, for the words of the length table. */
  benchmarks: { un: ClockDefinition | null; national: ClockDefinition | null };
}

/**
 * The stages A/72/751 ¶65 counts: allegations still under assessment (not yet referred for
 * investigation), investigations referred and not yet concluded (with the UN or a Member State),
 * then the conclusions. Preliminary assessment and review are not "pending investigation".
 */
export const OUTCOME_ROWS = [
  'under_assessment',
  'pending',
  'substantiated',
  'not_substantiated',
  'closed_other',
] as const;
const OUTCOME_OF_STATUS: Readonly<Record<CaseStatus, (typeof OUTCOME_ROWS)[number]>> = {
  preliminary_assessment: 'under_assessment',
  under_review: 'under_assessment',
  under_investigation: 'pending',
  pending_member_state: 'pending',
  substantiated: 'substantiated',
  not_substantiated: 'not_substantiated',
  closed_other: 'closed_other',
};

/** Uniformed personnel: the published tables name their contributing country. */
const UNIFORMED_CATEGORIES: readonly PersonnelCategory[] = ['military_mc', 'military_mo', 'police_unpol', 'police_fpu'];

/** A national investigation: the contributing country investigates (alone or with OIOS). */
const NATIONAL_ENTITIES: readonly InvestigatingEntity[] = ['tcc_pcc', 'joint_tcc_oios'];

const SHARE_DECIMALS = 10;
const share = (part: number, whole: number): Cell =>
  whole === 0 ? null : Math.round((part / whole) * 100 * SHARE_DECIMALS) / SHARE_DECIMALS;

function tally<K extends string>(keys: readonly K[]): Map<K, number> {
  return new Map(keys.map((key) => [key, 0]));
}
const bump = <K>(map: Map<K, number>, key: K, by = 1): void => {
  map.set(key, (map.get(key) ?? 0) + by);
};

/** Rules `date_received`, `filters`: in the period by date received, then the view's filters. */
function inQuery(projection: CaseProjection, query: StatisticsQuery): boolean {
  if (projection.dateReceived < query.from || projection.dateReceived > query.to) return false;
  if (query.entity !== undefined && projection.entity !== query.entity) return false;
  if (query.category !== undefined && projection.category !== query.category) return false;
  if (query.status !== undefined && projection.status !== query.status) return false;
  return true;
}

/** The months of the period, `YYYY-MM`, first to last. */
export function monthsOf(from: CalendarDate, to: CalendarDate): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * Rule `length`: an investigation is complete when the case has a finding after investigation
 * (substantiated, not substantiated, insufficient evidence) and no subject still awaits one; it
 * ended on the day of the last such finding. Decided by the contributing country, it is a
 * national investigation counted from the notification of the country; otherwise the UN's,
 * counted from the referral for investigation. Within: ended no later than the clock's due day.
 */
function completedInvestigation(
  projection: CaseProjection,
): { kind: 'un' | 'national'; endedOn: CalendarDate; startAt: string | null } | null {
  if (!isClosedStatus(projection.status)) return null;
  const investigated = projection.subjects.filter(
    (subject) => subject.outcome !== null && INVESTIGATED_OUTCOMES.includes(subject.outcome),
  );
  if (investigated.length === 0 || projection.subjects.some((subject) => subject.outcome === null)) return null;
  const last = [...investigated].sort((a, b) => (a.decidedOn ?? '').localeCompare(b.decidedOn ?? '')).at(-1);
  if (!last?.decidedOn) return null;
  const national = last.decidingEntity !== null && NATIONAL_ENTITIES.includes(last.decidingEntity);
  return national
    ? { kind: 'national', endedOn: last.decidedOn, startAt: projection.tccNotifiedAt }
    : { kind: 'un', endedOn: last.decidedOn, startAt: projection.referredForInvestigationAt };
}

/**
 * Due days and local start days already worked out, kept from one view to the next (the filters
 * change, the cases and the calendar seldom do): the calendar maths over thousands of cases cost
 * more than the counting. Each key holds everything the day depends on (the clock's counting, the
 * time zone, weekend and holidays), so a changed setting never finds a stale day. Emptied when full,
 * and at every lock (forgetCalendarMemos).
 */
const CALENDAR_MEMO_LIMIT = 50_000;
const dueDayMemo = new Map<string, CalendarDate | null>();
const startDayMemo = new Map<string, CalendarDate>();

/** Called when the vault locks: no start instant outlives the session that read it, nor reaches another vault. */
export function forgetCalendarMemos(): void {
  dueDayMemo.clear();
  startDayMemo.clear();
}

/** How many days the memos hold, for the test that a lock empties them. */
export const calendarMemoSize = (): number => dueDayMemo.size + startDayMemo.size;

function remembered<V>(memo: Map<string, V>, key: string, work: () => V): V {
  if (memo.has(key)) return memo.get(key) as V;
  const value = work();
  if (memo.size >= CALENDAR_MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * Whether an investigation ended within its clock's target. The due day is the same for every start
 * on the same local day when the clock counts whole days (the mission's calendar decides, not the
 * hour), so it is worked out once per (clock, start day, urgent).
 */
function benchmarkJudge(benchmarks: Benchmarks) {
  const { timeZone, holidays, weekendDays } = benchmarks.options;
  // Absent and empty differ: no weekend days given means the default weekend (computeDeadline).
  const calendarKey = JSON.stringify([timeZone, holidays ?? null, weekendDays ?? null]);
  const clockKeys = new Map<string, string>();
  const clockKeyOf = (clock: ClockDefinition): string =>
    remembered(clockKeys, clock.id, () =>
      JSON.stringify([calendarKey, clock.startEvent, clock.duration, clock.urgentDuration ?? null, clock.wholeDays]),
    );
  return (clock: ClockDefinition, startAt: string, endedOn: CalendarDate, urgent: boolean): boolean => {
    const start = clock.wholeDays
      ? remembered(startDayMemo, `${timeZone}|${startAt}`, () => localDateOf(Date.parse(startAt), timeZone))
      : startAt;
    const due = remembered(dueDayMemo, `${clockKeyOf(clock)}|${start}|${urgent ? 'urgent' : ''}`, () => {
      const computed = computeDeadline(clock, startAt, { ...benchmarks.options, urgent });
      return computed.deadline ? localDateOf(Date.parse(computed.deadline.dueAt), timeZone) : null;
    });
    return due !== null && endedOn <= due;
  };
}

const enabledClock = (benchmarks: Benchmarks, id: string): ClockDefinition | null => {
  const clock = clockById(benchmarks.clocks, id);
  return clock && clock.enabled ? clock : null;
};

/** Every table of the view, for the cases of `projections` that the query selects. */
export function computeStatistics(
  projections: readonly CaseProjection[],
  query: StatisticsQuery,
  benchmarks: Benchmarks,
): StatisticsResult {
  const selected = projections.filter((projection) => inQuery(projection, query));
  // Rule `exclusions`: what footnote 11 keeps out is not counted anywhere, only shown by ground.
  const counted = selected.filter((projection) => projection.exclusion === null);
  const excluded = tally(EXCLUSION_GROUNDS);
  for (const projection of selected) if (projection.exclusion !== null) bump(excluded, projection.exclusion);

  const months = monthsOf(query.from, query.to);
  const trend = new Map(months.map((month) => [month, [0, 0, 0]]));
  const categories = tally(['SE', 'SA', 'unclassified'] as const);
  const victimsByCategory = tally(['SE', 'SA', 'unclassified'] as const);
  const subtypes = tally([...CASE_SUBTYPES, 'unclassified'] as const);
  const personnelAllegations = tally(PERSONNEL_CATEGORIES);
  const personnelSubjects = tally(PERSONNEL_CATEGORIES);
  const countryAllegations = new Map<string, number>();
  const countrySubjects = new Map<string, number>();
  const victims = new Map(AGE_GROUPS.map((group) => [group, tally(SEXES)]));
  const paternity = tally(['claims', ...PATERNITY_STATES] as const);
  const outcomes = tally(OUTCOME_ROWS);
  const actionCount = tally(SUBJECT_ACTION_KINDS);
  const actionByStates = tally(SUBJECT_ACTION_KINDS);
  const length = {
    un: { completed: 0, measured: 0, within: 0 },
    un_urgent: { completed: 0, measured: 0, within: 0 },
    national: { completed: 0, measured: 0, within: 0 },
  };
  const unClock = enabledClock(benchmarks, UN_INVESTIGATION_CLOCK);
  const nationalClock = enabledClock(benchmarks, NATIONAL_INVESTIGATION_CLOCK);
  const withinBenchmark = benchmarkJudge(benchmarks);
  let victimCount = 0;
  let subjectCount = 0;

  for (const projection of counted) {
    const category = projection.category ?? 'unclassified';
    // Rule `one_case_one_allegation`: each case adds one to each table it appears in.
    bump(categories, category);
    bump(subtypes, projection.subtype ?? 'unclassified');
    const column = category === 'SE' ? 0 : category === 'SA' ? 1 : 2;
    const monthRow = trend.get(projection.dateReceived.slice(0, 7));
    if (monthRow) monthRow[column] = (monthRow[column] ?? 0) + 1;

    // Rule `each_person_once`: every victim and subject of the allegation once.
    victimCount += projection.victims.length;
    bump(victimsByCategory, category, projection.victims.length);
    for (const victim of projection.victims) {
      const row = victims.get(victim.ageGroup);
      if (row) bump(row, victim.sex);
    }
    subjectCount += projection.subjects.length;
    // Rule `per_category`: the allegation once under each category (and country) it involves.
    const categoriesInvolved = new Set<PersonnelCategory>();
    const countriesInvolved = new Set<string>();
    for (const subject of projection.subjects) {
      bump(personnelSubjects, subject.personnelCategory);
      categoriesInvolved.add(subject.personnelCategory);
      if (UNIFORMED_CATEGORIES.includes(subject.personnelCategory)) {
        const country = subject.nationality ?? 'unknown';
        bump(countrySubjects, country);
        countriesInvolved.add(country);
      }
      // Rule `actions`: each kind of action once per subject, however many records say it (a correction, a
      // State's report of what the mission recorded); "reported by States" when a State or country reported it.
      const kinds = new Set(subject.actions.map((action) => action.kind));
      const kindsByStates = new Set(
        subject.actions
          .filter((action) => action.source === 'member_state' || action.source === 'contributing_country')
          .map((action) => action.kind),
      );
      for (const kind of kinds) bump(actionCount, kind);
      for (const kind of kindsByStates) bump(actionByStates, kind);
    }
    for (const involved of categoriesInvolved) bump(personnelAllegations, involved);
    for (const involved of countriesInvolved) bump(countryAllegations, involved);

    if (projection.paternity.claimed) {
      bump(paternity, 'claims');
      bump(paternity, projection.paternity.status);
    }

    // Rule `outcomes`: the case's status in force, in the stages of A/72/751 ¶65.
    bump(outcomes, OUTCOME_OF_STATUS[projection.status]);

    const investigation = completedInvestigation(projection);
    if (investigation) {
      const clock = investigation.kind === 'national' ? nationalClock : unClock;
      const row =
        investigation.kind === 'national' ? length.national : projection.urgent ? length.un_urgent : length.un;
      row.completed += 1;
      if (investigation.startAt !== null && clock) {
        row.measured += 1;
        if (withinBenchmark(clock, investigation.startAt, investigation.endedOn, projection.urgent)) row.within += 1;
      }
    }
  }

  const totalExcluded = [...excluded.values()].reduce((sum, n) => sum + n, 0);
  const countries = [...countryAllegations.keys()].sort((a, b) =>
    a === 'unknown' ? 1 : b === 'unknown' ? -1 : a.localeCompare(b),
  );
  const rowsOf = <K extends string>(map: Map<K, number>) =>
    [...map.entries()].map(([key, count]) => ({ key, cells: [count] }));

  const tables: StatisticsTable[] = [
    {
      id: 'allegations',
      columns: ['count'],
      percentColumns: [],
      rows: [
        { key: 'allegations', cells: [counted.length] },
        { key: 'victims', cells: [victimCount] },
        { key: 'subjects', cells: [subjectCount] },
        { key: 'excluded', cells: [totalExcluded] },
      ],
    },
    { id: 'exclusions', columns: ['count'], percentColumns: [], rows: rowsOf(excluded) },
    {
      id: 'trend',
      columns: ['SE', 'SA', 'unclassified', 'total'],
      percentColumns: [],
      rows: months.map((month) => {
        const cells = trend.get(month) ?? [0, 0, 0];
        return { key: month, cells: [...cells, cells.reduce((sum, n) => sum + n, 0)] };
      }),
    },
    {
      id: 'categories',
      columns: ['allegations', 'victims'],
      percentColumns: [],
      rows: [...categories.entries()].map(([key, count]) => ({ key, cells: [count, victimsByCategory.get(key) ?? 0] })),
    },
    { id: 'subtypes', columns: ['allegations'], percentColumns: [], rows: rowsOf(subtypes) },
    {
      id: 'personnel',
      columns: ['allegations', 'subjects'],
      percentColumns: [],
      rows: PERSONNEL_CATEGORIES.map((key) => ({
        key,
        cells: [personnelAllegations.get(key) ?? 0, personnelSubjects.get(key) ?? 0],
      })),
    },
    {
      id: 'countries',
      columns: ['allegations', 'subjects'],
      percentColumns: [],
      rows: countries.map((key) => ({ key, cells: [countryAllegations.get(key) ?? 0, countrySubjects.get(key) ?? 0] })),
    },
    {
      id: 'victims',
      columns: [...SEXES, 'total'],
      percentColumns: [],
      rows: [
        ...AGE_GROUPS.map((group) => {
          const row = victims.get(group) ?? tally(SEXES);
          const cells = SEXES.map((sex) => row.get(sex) ?? 0);
          return { key: group, cells: [...cells, cells.reduce((sum, n) => sum + n, 0)] };
        }),
        {
          key: 'total',
          cells: [
            ...SEXES.map((sex) => AGE_GROUPS.reduce((sum, group) => sum + (victims.get(group)?.get(sex) ?? 0), 0)),
            victimCount,
          ],
        },
      ],
    },
    { id: 'paternity', columns: ['allegations'], percentColumns: [], rows: rowsOf(paternity) },
    { id: 'outcomes', columns: ['allegations'], percentColumns: [], rows: rowsOf(outcomes) },
    {
      id: 'length',
      columns: ['completed', 'measured', 'within', 'share'],
      percentColumns: ['share'],
      rows: (['un', 'un_urgent', 'national'] as const).map((key) => {
        const row = length[key];
        const clock = key === 'national' ? nationalClock : unClock;
        return {
          key,
          cells: [
            row.completed,
            row.measured,
            clock ? row.within : null,
            clock ? share(row.within, row.measured) : null,
          ],
        };
      }),
    },
    {
      id: 'actions',
      columns: ['actions', 'reportedByStates'],
      percentColumns: [],
      rows: SUBJECT_ACTION_KINDS.map((key) => ({
        key,
        cells: [actionCount.get(key) ?? 0, actionByStates.get(key) ?? 0],
      })),
    },
  ];
  return { tables, benchmarks: { un: unClock, national: nationalClock } };
}
