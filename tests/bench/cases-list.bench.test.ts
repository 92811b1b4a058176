import { bench, describe } from 'vitest';
import { createCase } from '../../electron/core/cases/case-create.js';
import { addPerson } from '../../electron/core/people/person-changes.js';
import { contract } from '../../shared/contract/index.js';
import { loadBenchVault, type BenchVault } from './bench-vault.js';
import { latencyReport } from './case-file-load.js';

/** Issue 13's goal: `cases.list` over 1,000 cases, through the router, in under 50 ms. */
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
const samples: number[] = [];

describe('the cases list over 1,000 cases', () => {
  bench(
    'cases.list (router, default sort)',
    async () => {
      loaded ??= load();
      const file = await loaded;
      const start = performance.now();
      const reply = await file.dispatch('cases.list', {});
      samples.push(performance.now() - start);
      if (!reply.ok) throw new Error(`cases.list: ${reply.error.code}`);
      const { items } = reply.value as { items: { blockingFindings: number }[] };
      if (items.length !== CASES) throw new Error(`cases.list listed ${items.length} of ${CASES} cases`);
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
        console.log(
          latencyReport(
            `cases.list through the router: ${CASES.toLocaleString('en')} open cases`,
            'cases.list',
            samples,
            GOAL_MS,
          ),
        );
        (await loaded!).dispose();
      },
    },
  );
});
