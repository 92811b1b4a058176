import { bench, describe } from 'vitest';
import { createCase } from '../../electron/core/cases/case-create.js';
import { addPerson } from '../../electron/core/people/person-changes.js';
import { contract, type Result } from '../../shared/contract/index.js';
import { loadBenchVault, type BenchVault } from './bench-vault.js';
import { latencyReport } from './case-file-load.js';

/** Issue 13's goal: the cases list over 1,000 cases, through the router, in under 50 ms. */
const GOAL_MS = 50;
const CASES = 1_000;

/**
 * A vault of 1,000 open cases, each with a victim and a subject (the list runs the principles on
 * each): written through the core's own functions (bench-vault.ts), then listed through the router.
 */
function load(): Promise<BenchVault<undefined>> {
  return loadBenchVault({
    name: 'cases',
    startsAt: '2026-06-30T09:00:00.000Z',
    fill: ({ ctx, advance }) => {
      for (let i = 0; i < CASES; i++) {
        advance(1);
        const day = new Date(Date.parse('2025-06-01T00:00:00.000Z') + (i % 390) * 86_400_000).toISOString();
        const record = createCase(
          ctx,
          contract['cases.create'].input.parse({
            title: `Allegation ${i}`,
            dateReceived: day.slice(0, 10),
            reportingChannel: 'hotline',
            entity: 'MINUSCA',
            category: i % 2 === 0 ? 'SE' : 'SA',
            subtype: i % 2 === 0 ? 'transactional_sex' : 'sexual_assault',
            urgent: i % 7 === 0,
          }),
        );
        for (const profile of [
          { role: 'victim', sex: 'female', ageBand: i % 5 === 0 ? 'minor' : 'adult', language: 'fr' },
          { role: 'subject', personnelCategory: 'military_mc', nationality: 'SEN' },
        ]) {
          addPerson(ctx, contract['people.add'].input.parse({ caseId: record.id, profile }));
        }
      }
    },
  });
}

let loaded: Promise<BenchVault<undefined>> | null = null;

/**
 * One router call measured over 20 runs after 2 warm-ups, its replies checked by `check`; the
 * percentiles printed against a reference. The last bench of the file closes the vault.
 */
function measured(
  name: string,
  heading: string,
  call: (file: BenchVault<undefined>) => Promise<Result<unknown>>,
  check: (value: unknown) => void,
  last = false,
) {
  const samples: number[] = [];
  bench(
    name,
    async () => {
      loaded ??= load();
      const file = await loaded;
      const start = performance.now();
      const reply = await call(file);
      samples.push(performance.now() - start);
      if (!reply.ok) throw new Error(`${name}: ${reply.error.code}`);
      check(reply.value);
    },
    {
      iterations: 20,
      time: 0,
      warmupIterations: 2,
      warmupTime: 0,
      teardown: async (_task, mode) => {
        if (mode === 'warmup') {
          samples.length = 0;
          return;
        }
        console.log(latencyReport(heading, name.split(' ')[0]!, samples, GOAL_MS));
        if (last) (await loaded!).dispose();
      },
    },
  );
}

describe('the cases list over 1,000 cases', () => {
  measured(
    'cases.list (router, default sort)',
    `cases.list through the router: ${CASES.toLocaleString('en')} open cases, all of them`,
    (file) => file.dispatch('cases.list', {}),
    (value) => {
      const { items } = value as { items: unknown[] };
      if (items.length !== CASES) throw new Error(`cases.list listed ${items.length} of ${CASES} cases`);
    },
  );
  // What the screen asks for: the first page in its order, with the counts.
  measured(
    'cases.page (router, first page of 100, newest report first)',
    `cases.page through the router: the first 100 of ${CASES.toLocaleString('en')} open cases`,
    (file) => file.dispatch('cases.page', { sort: { by: 'dateReceived', direction: 'desc' }, limit: 100 }),
    (value) => {
      const { rows, counts } = value as { rows: unknown[]; counts?: { matching: number } };
      if (rows.length !== 100 || counts?.matching !== CASES) {
        throw new Error(`cases.page gave ${rows.length} rows of ${counts?.matching ?? '?'} cases`);
      }
    },
  );
  // What a case picker asks as a number is typed (quick capture, the template editor's preview).
  measured(
    'cases.page (router, picker search of 20)',
    `cases.page through the router: a case picker's search of ${CASES.toLocaleString('en')} open cases`,
    (file) => file.dispatch('cases.page', { sort: { by: 'updatedAt', direction: 'desc' }, search: '12', limit: 20 }),
    (value) => {
      // Titles "Allegation 12", "Allegation 112", "Allegation 120"…: more than a page of 20 match.
      const { rows, counts } = value as { rows: unknown[]; counts?: { matching: number } };
      if (rows.length !== 20 || (counts?.matching ?? 0) <= 20) {
        throw new Error(`the picker's search gave ${rows.length} rows of ${counts?.matching ?? '?'} cases`);
      }
    },
    true,
  );
});
