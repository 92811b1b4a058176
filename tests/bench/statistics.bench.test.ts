import * as os from 'node:os';
import { bench, describe } from 'vitest';
import type { BenchVault } from './bench-vault.js';
import { latencyReport, percentile } from './case-file-load.js';
import { loadStatisticsVault } from './statistics-vault.js';

/** The goal of issue 14: the statistics view over 5,000 cases, through the router, in under 200 ms. */
const GOAL_MS = 200;
const CASES = 5_000;
const QUERY = { from: '2025-01-01', to: '2026-12-31' };

/** Written through the core's own functions (statistics-vault.ts), then queried through the router. */
let loaded: Promise<BenchVault<undefined>> | null = null;
const samples: number[] = [];
/** This process's CPU time per view: on a shared machine the wall time also counts the waits for other work. */
const cpuSamples: number[] = [];

describe('statistics over 5,000 cases', () => {
  bench(
    'statistics.compute (router, two years, every table)',
    async () => {
      loaded ??= loadStatisticsVault(CASES).catch((error: unknown) => {
        console.error('statistics bench: the vault could not be loaded', error);
        throw error;
      });
      const file = await loaded;
      const cpu = process.cpuUsage();
      const start = performance.now();
      const reply = await file.dispatch('statistics.compute', QUERY);
      samples.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuSamples.push((used.user + used.system) / 1000);
      if (!reply.ok) throw new Error(`statistics.compute: ${reply.error.code}`);
      const counted = (reply.value as { tables: { id: string; rows: { cells: number[] }[] }[] }).tables.find(
        (table) => table.id === 'allegations',
      )?.rows[0]?.cells[0];
      if (counted !== CASES) throw new Error(`statistics.compute counted ${String(counted)} of ${CASES} cases`);
    },
    {
      iterations: 30,
      time: 0,
      warmupIterations: 3,
      warmupTime: 0,
      teardown: async (_task, mode) => {
        if (mode === 'warmup') {
          samples.length = 0;
          cpuSamples.length = 0;
          return;
        }
        const file = await loaded!;
        const ms = (q: number) => `${percentile(cpuSamples, q).toFixed(2)} ms`;
        const cpu =
          `  CPU time of the view in this process: p50 ${ms(50)}, p95 ${ms(95)}; ` +
          `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores\n`;
        const heading =
          `statistics.compute through the router: ${CASES.toLocaleString('en')} cases over two years ` +
          `(loaded in ${file.loadSeconds.toFixed(1)} s)`;
        console.log(latencyReport(heading, 'statistics', samples, GOAL_MS) + cpu);
        file.dispose();
      },
    },
  );
});
