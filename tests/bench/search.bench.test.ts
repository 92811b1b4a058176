import { createHash } from 'node:crypto';
import { bench, describe } from 'vitest';
import { loadCaseFile, percentile, sha256OfOneMiBMs, type LoadedCaseFile } from './case-file-load.js';

/** The goal of issue 3: a search over a case of 10,000 records answers through the router in under 50 ms. */
const GOAL_MS = 50;
const PEOPLE = 2_000;
const INTERVIEWS = 8_000;

/**
 * What investigators type: a frequent word without its accent, a prefix, a rare word, two words, a miss, a pseudonym
 * code.
 */
const QUERIES = ['temoin', 'conv', 'moustiquaire', 'ecole marche', 'zzzz', 'V-01', 'soldier patrol night'];

let loaded: Promise<LoadedCaseFile> | null = null;
const samples = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
let next = 0;

async function caseFile(): Promise<LoadedCaseFile> {
  loaded ??= loadCaseFile(PEOPLE, INTERVIEWS).then(async (file) => {
    // The load is right before anything is timed: each query kind finds what it should.
    for (const [q, atLeast] of [
      ['temoin', 50],
      ['moustiquaire', 1],
      ['V-01', 1],
      ['zzzz', 0],
    ] as const) {
      const reply = await file.dispatch('search.query', { q, caseId: file.caseId });
      if (!reply.ok) throw new Error(`search.query ${q}: ${reply.error.code}`);
      const hits = (reply.value as { items: unknown[] }).items.length;
      if (hits < atLeast || (atLeast === 0 && hits !== 0)) throw new Error(`search.query ${q}: ${hits} hits`);
    }
    return file;
  });
  return loaded;
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;

function report(file: LoadedCaseFile): void {
  const all = [...samples.values()].flat();
  const reference = sha256OfOneMiBMs();
  const p50 = percentile(all, 50);
  const p95 = percentile(all, 95);
  const p99 = percentile(all, 99);
  const lines = [
    '',
    `search.query through the router: one case, ${file.records.toLocaleString('en')} ` +
      `records (${PEOPLE.toLocaleString('en')} people, ${INTERVIEWS.toLocaleString('en')} ` +
      `interviews with notes), loaded in ${file.loadSeconds.toFixed(1)} s`,
    `  all queries (${all.length}): p50 ${ms(p50)}  p95 ${ms(p95)}  p99 ${ms(p99)}  — ` +
      `goal < ${GOAL_MS} ms at p95: ${p95 < GOAL_MS ? 'met' : 'NOT met'}`,
    ...QUERIES.map((q) => {
      const own = samples.get(q) ?? [];
      return (
        `  ${JSON.stringify(q).padEnd(24)} p50 ${ms(percentile(own, 50))}  p95 ${ms(percentile(own, 95))} ` +
        ` p99 ${ms(percentile(own, 99))}`
      );
    }),
    `  reference: SHA-256 of 1 MiB in this process, p50 ${ms(reference)}; search p50 ` +
      `= ${(p50 / reference).toFixed(1)}× that, p95 = ${(p95 / reference).toFixed(1)}×`,
    '',
  ];
  console.log(lines.join('\n'));
}

describe('search over a case of 10,000 records', () => {
  bench(
    'search.query (router, mixed queries)',
    async () => {
      const file = await caseFile();
      const q = QUERIES[next++ % QUERIES.length]!;
      const start = performance.now();
      const reply = await file.dispatch('search.query', { q, caseId: file.caseId });
      const elapsed = performance.now() - start;
      if (!reply.ok) throw new Error(`search.query: ${reply.error.code}`);
      samples.get(q)?.push(elapsed);
    },
    {
      iterations: 700,
      time: 0,
      warmupIterations: 14,
      warmupTime: 0,
      setup: async () => {
        await caseFile();
      },
      teardown: async (_task, mode) => {
        if (mode === 'warmup') {
          for (const list of samples.values()) list.length = 0;
          return;
        }
        const file = await caseFile();
        report(file);
        file.dispose();
      },
    },
  );

  bench(
    'reference: SHA-256 of 1 MiB',
    () => {
      createHash('sha256').update(ONE_MIB).digest();
    },
    { iterations: 200, time: 0 },
  );
});

const ONE_MIB = Buffer.alloc(1024 * 1024, 0x61);
