import { rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bench, describe } from 'vitest';
import { startCoreHost, type CoreHost } from '../../electron/core-host/core-host.js';
import { createEvidence, updateEvidence } from '../../electron/core/evidence/evidence-changes.js';
import { planInterview } from '../../electron/core/interviews/interview-changes.js';
import { saveInterviewNotes } from '../../electron/core/interviews/interview-notes.js';
import { addPerson } from '../../electron/core/people/person-changes.js';
import type { Dispatch } from '../../electron/ipc/router.js';
import { contract, type MethodInput, type MethodName, type MethodOutput } from '../../shared/contract/index.js';
import { plainToRichText } from '../../shared/domain/rich-text.js';
import { bundleFixture, fixtureBundlePath } from '../unit/child-bundle.js';
import { loadBenchVault, type BenchVault } from './bench-vault.js';
import { percentile, sha256OfOneMiBMs } from './case-file-load.js';
import { LABEL_COLUMN, rendererCalls, type CaseRecords } from './renderer-calls.js';

/**
 * Issue 13 item 3: in the main process no call blocks the event loop for more than 16 ms (a frame)
 * with a case of 20,000 evidence items, 5,000 people, 2,000 interviews and 50,000 audit rows.
 * CASEFILE_BENCH_SCALE=goal loads that case; by default a tenth of it, which loads in well under two
 * minutes. Each call the renderer makes when a case and its tabs open goes through the router, as
 * from the renderer, several times, while two watchers run: `monitorEventLoopDelay` (1 ms
 * resolution) and a chain of `setImmediate` ticks whose longest gap is the longest uninterrupted
 * task the loop ran during the call.
 *
 * Beside them, the timeline's first chart after a write to the case (the chronology built again): what the
 * UI's first chart of the timeline tab waits for, in process, call to reply and CPU time.
 *
 * Each call runs twice over: with the core in process, as the main process held it before, and
 * through the core host (the app's way: the core in a worker thread, the main thread holding only a
 * Dispatch), where what the main thread's loop still does is post the call and take in its reply.
 */
const GOAL_SCALE = process.env.CASEFILE_BENCH_SCALE === 'goal';
const SIZES = GOAL_SCALE
  ? { evidence: 20_000, people: 5_000, interviews: 2_000, audit: 50_000 }
  : { evidence: 2_000, people: 500, interviews: 200, audit: 5_000 };
const GOAL_MS = 16;
const RUNS = 20;
const RESOLUTION_MS = 1;

const ARRANGEMENTS = {
  place: { type: 'un_office', private: true },
  team: [],
  genderPreference: { offered: true },
  supportPerson: { offered: true, present: false },
  language: 'fr',
  recorded: false,
};

interface Prepared {
  caseId: string;
}

/** The case: one case among a few, its records written through the core's own functions. */
function load(): Promise<BenchVault<Prepared>> {
  return loadBenchVault<Prepared>({
    name: 'main-budget',
    startsAt: '2026-06-30T09:00:00.000Z',
    prepare: async (call) => {
      for (let i = 0; i < 20; i++) {
        await call('cases.create', {
          title: `Allegation ${i}`,
          dateReceived: '2026-05-01',
          reportingChannel: 'hotline',
          entity: 'MINUSCA',
        });
      }
      const theCase = await call('cases.create', {
        title: 'Convoy allegations, eastern sector',
        dateReceived: '2026-03-01',
        reportingChannel: 'hotline',
        entity: 'MINUSCA',
        category: 'SE',
        subtype: 'transactional_sex',
      });
      return { caseId: theCase.id };
    },
    fill: ({ ctx, advance }, { caseId }) => {
      const personIds: string[] = [];
      for (let i = 0; i < SIZES.people; i++) {
        const profile =
          i % 4 === 0
            ? { role: 'victim', sex: 'female', ageBand: i % 3 === 0 ? 'minor' : 'adult', language: 'fr' }
            : i % 4 === 3
              ? { role: 'subject', personnelCategory: 'military_mc', nationality: 'SEN' }
              : { role: 'witness', sex: i % 2 === 0 ? 'female' : 'male', ageBand: 'adult', language: 'fr' };
        personIds.push(addPerson(ctx, contract['people.add'].input.parse({ caseId, profile })).id);
      }
      for (let i = 0; i < SIZES.interviews; i++) {
        advance(1000);
        const interview = planInterview(
          ctx,
          contract['interviews.plan'].input.parse({
            caseId,
            personId: personIds[i % personIds.length],
            arrangements: ARRANGEMENTS,
          }),
        );
        saveInterviewNotes(
          ctx,
          contract['interviews.saveNotes'].input.parse({
            interviewId: interview.id,
            notes: plainToRichText(`Interview ${i}: the witness saw the convoy stop near the market at night.`),
            baseRevision: 0,
          }),
        );
      }
      const itemIds: string[] = [];
      for (let i = 0; i < SIZES.evidence; i++) {
        advance(1);
        const item = createEvidence(
          ctx,
          contract['evidence.create'].input.parse({
            caseId,
            type: i % 4 === 0 ? 'digital' : 'physical',
            description: `Item ${i}: photograph of the distribution site`,
            collectedAt: new Date(Date.parse('2025-07-01T08:00:00Z') + i * 600_000).toISOString(),
            collectedBy: 'Investigator Okafor',
          }),
        );
        itemIds.push(item.id);
      }
      // The rest of the audit rows as a case gathers them: items described again as they are examined.
      const auditRows = () => (ctx.db().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
      for (let i = 0, rows = auditRows(); rows < SIZES.audit; i++, rows++) {
        advance(1);
        updateEvidence(
          ctx,
          contract['evidence.update'].input.parse({
            itemId: itemIds[i % itemIds.length],
            changes: { description: `Item ${i % itemIds.length}: photograph of the site, examined (${i})` },
          }),
        );
      }
    },
  });
}

interface Sample {
  /** From `dispatch()` to its promise in hand: the part of the call no other work can interleave with. */
  syncMs: number;
  /** The longest gap between two `setImmediate` ticks while the call ran: its longest uninterrupted task. */
  longestTaskMs: number;
  /** The largest delay `monitorEventLoopDelay` saw while the call ran, its resolution taken off. */
  loopDelayMs: number;
  /** From `dispatch()` to its reply. */
  totalMs: number;
}

/** Waits a few of the delay monitor's intervals: it records a delay only from its second timer on. */
const monitorIntervals = (count: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, count * RESOLUTION_MS + 1));

/** One router call while the two watchers run; throws on a refusal (a bench measures what worked). */
async function measure<M extends MethodName>(dispatch: Dispatch, method: M, input: MethodInput<M>): Promise<Sample> {
  const delays = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  let ticking = true;
  let last = performance.now();
  let longestTaskMs = 0;
  const tick = () => {
    const now = performance.now();
    longestTaskMs = Math.max(longestTaskMs, now - last);
    last = now;
    if (ticking) setImmediate(tick);
  };
  delays.enable();
  setImmediate(tick);
  await monitorIntervals(3);
  longestTaskMs = 0;
  const start = performance.now();
  const pending = dispatch(method, input);
  const syncMs = performance.now() - start;
  const reply = await pending;
  const totalMs = performance.now() - start;
  // Let both watchers see the loop free again after the reply.
  await monitorIntervals(2);
  ticking = false;
  delays.disable();
  if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
  return { syncMs, longestTaskMs, loopDelayMs: Math.max(0, delays.max / 1e6 - RESOLUTION_MS), totalMs };
}

/** A thread that computes for as many milliseconds as it is sent, then answers: the core's thread, busy. */
const SPINNING_THREAD = `
const { parentPort } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
let sink = 0;
parentPort.on('message', (ms) => {
  const end = performance.now() + ms;
  while (performance.now() < end) sink = Math.sqrt(sink + 2);
  parentPort.postMessage(sink);
});
`;

/**
 * A full collection, now: what the in-process phase left on this thread's heap (the core's caches, 20,000
 * events' chronology) is garbage the app's main thread never holds, and must not be collected during a call.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * The same vault opened by the core's thread, as the app opens it; the in-process connection is locked
 * first and its garbage collected.
 */
async function openThroughHost(vault: BenchVault<Prepared>, threadBundle: string): Promise<CoreHost> {
  vault.lock();
  collectGarbage();
  const host = await startCoreHost({
    spawn: () => new Worker(threadBundle, { workerData: { dir: vault.vaultDir, startsAt: vault.now() } }),
    filePorts: {
      chooseFilesToAdd: () => Promise.reject(new Error('no dialog in a bench')),
      chooseExportPath: () => Promise.reject(new Error('no dialog in a bench')),
    },
  });
  const unlocked = await host.dispatch('vault.unlock', { method: 'passphrase', passphrase: vault.passphrase });
  if (!unlocked.ok) throw new Error(`vault.unlock in the core's thread: ${unlocked.error.code}`);
  return host;
}

/** The records the renderer's calls name, read as the renderer reads them: a victim, a subject, first pages. */
async function caseRecords(dispatch: Dispatch, caseId: string): Promise<CaseRecords> {
  const read = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const reply = await dispatch(method, input);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };
  const [victims, subjects, people, interviews, items] = await Promise.all([
    read('people.page', { caseId, filters: { role: 'victim' }, limit: 1 }),
    read('people.page', { caseId, filters: { role: 'subject' }, limit: 1 }),
    read('people.page', { caseId, limit: 200 }),
    read('interviews.page', { caseId, limit: 200 }),
    read('evidence.page', { caseId, limit: 200 }),
  ]);
  const idsOf = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
  return {
    caseId,
    victimId: victims.rows[0]!.id,
    subjectId: subjects.rows[0]!.id,
    personIds: idsOf(people.rows),
    interviewIds: idsOf(interviews.rows),
    itemIds: idsOf(items.rows),
  };
}

const ms = (value: number): string => value.toFixed(1).padStart(8);

/** Runs of the timeline's first chart after a change. */
const CHART_RUNS = 10;

/** The line the timeline's first charts after a change print, read against the run's reference. */
function firstChartLine({ wallMs, cpuMs }: { wallMs: number[]; cpuMs: number[] }, referenceMs: number): string {
  const p50 = percentile(wallMs, 50);
  return (
    `  the timeline's first chart after a change (the core builds the case's chronology again), in process, ` +
    `${CHART_RUNS} runs: p50 ${p50.toFixed(1)} ms from call to reply (min ${Math.min(...wallMs).toFixed(1)}; ` +
    `${(p50 / referenceMs).toFixed(1)}× the reference), CPU p50 ${percentile(cpuMs, 50).toFixed(1)} ms ` +
    `(min ${Math.min(...cpuMs).toFixed(1)}); the UI's first chart waits for it (goal < 200 ms from the click)`
  );
}

/**
 * The timeline's first chart after a write to the case (its change counter moves, so the core builds the
 * case's chronology again), through the in-process router: milliseconds from call to reply, and the CPU
 * milliseconds the process spent meanwhile. The UI's timeline tab waits for this call, then draws.
 */
async function firstChartsAfterChange(
  dispatch: Dispatch,
  chart: MethodInput<'timeline.chart'>,
  itemId: string,
): Promise<{ wallMs: number[]; cpuMs: number[] }> {
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  for (let run = 0; run < CHART_RUNS; run++) {
    const changed = await dispatch('evidence.update', {
      itemId,
      changes: { description: `Photograph of the site, examined again (${run})` },
    });
    if (!changed.ok) throw new Error(`evidence.update: ${changed.error.code}`);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const reply = await dispatch('timeline.chart', chart);
    wallMs.push(performance.now() - start);
    const spent = process.cpuUsage(cpu);
    cpuMs.push((spent.user + spent.system) / 1000);
    if (!reply.ok || (reply.value as MethodOutput<'timeline.chart'>).marks.length === 0)
      throw new Error('timeline.chart: no chart');
  }
  return { wallMs, cpuMs };
}

describe('the main-process budget over the issue’s case', () => {
  bench(
    'every call the renderer makes when a case and its tabs open',
    async () => {
      const threadBundle = fixtureBundlePath('main-budget-core-thread');
      await bundleFixture(new URL('../unit/core-host/fixtures/core-thread.ts', import.meta.url), threadBundle);
      const vault = await load();
      let host: CoreHost | null = null;
      try {
        const { caseId } = vault.prepared;
        const records = await caseRecords(vault.dispatch, caseId);
        const calls = rendererCalls(records);
        const runAll = async (dispatch: Dispatch): Promise<Sample[][]> => {
          const all: Sample[][] = [];
          for (const [, method, input] of calls) {
            const samples: Sample[] = [];
            for (let run = 0; run < RUNS; run++) {
              samples.push(await measure(dispatch, method, input as MethodInput<typeof method>));
            }
            all.push(samples);
          }
          return all;
        };
        const inProcess = await runAll(vault.dispatch);
        // The chart the renderer asks for, after each of a few writes to the case.
        const chartCall = calls.find(([, method]) => method === 'timeline.chart');
        if (!chartCall) throw new Error('the renderer asks for no timeline chart');
        const chart = chartCall[2] as MethodInput<'timeline.chart'>;
        const charts = await firstChartsAfterChange(vault.dispatch, chart, records.itemIds[0]!);
        host = await openThroughHost(vault, threadBundle);
        const throughHost = await runAll(host.dispatch);
        // The same-run references: the loop's longest gap while it only waits, for as long as each call took
        // through the host, and while another thread computes that long (as the core's thread does during a
        // call). On a busy machine the OS takes the thread away for whole time slices; a call whose figures are
        // near these blocks the loop no more than waiting does.
        const idle: Sample[][] = [];
        const busy: Sample[][] = [];
        const spinner = new Worker(SPINNING_THREAD, { eval: true });
        try {
          for (const samples of throughHost) {
            const spanMs = percentile(
              samples.map((sample) => sample.totalMs),
              50,
            );
            const waitOnly: Dispatch = () =>
              new Promise((resolve) => setTimeout(() => resolve({ ok: true, value: null }), spanMs));
            const waitWhileSpinning: Dispatch = () =>
              new Promise((resolve) => {
                spinner.once('message', () => resolve({ ok: true, value: null }));
                spinner.postMessage(spanMs);
              });
            const waits: Sample[] = [];
            const spins: Sample[] = [];
            for (let run = 0; run < RUNS; run++) {
              waits.push(await measure(waitOnly, 'vault.status', {}));
              spins.push(await measure(waitWhileSpinning, 'vault.status', {}));
            }
            idle.push(waits);
            busy.push(spins);
          }
        } finally {
          await spinner.terminate();
        }

        const block = (samples: Sample[]) => samples.map((s) => Math.max(s.longestTaskMs, s.syncMs));
        const p50All = (samples: Sample[]) =>
          percentile(
            samples.map((s) => s.totalMs),
            50,
          );
        const rows: string[] = [];
        let metBefore = 0;
        let met = 0;
        calls.forEach(([label, method], at) => {
          const before = inProcess[at] ?? [];
          const now = throughHost[at] ?? [];
          const worstBefore = Math.max(...block(before));
          const worst = Math.max(...block(now));
          const idleWorst = Math.max(...block(idle[at] ?? []));
          const busyWorst = Math.max(...block(busy[at] ?? []));
          if (worstBefore < GOAL_MS) metBefore++;
          if (worst < GOAL_MS) met++;
          rows.push(
            `  ${label.padEnd(LABEL_COLUMN)}${method.padEnd(24)}${ms(worstBefore)}${ms(p50All(before))}  |` +
              `${ms(worst)}${ms(percentile(block(now), 95))}${ms(Math.max(...now.map((s) => s.loopDelayMs)))}` +
              `${ms(p50All(now))}  |${ms(idleWorst)}${ms(busyWorst)}   ${worst < GOAL_MS ? 'met' : 'NOT met'}`,
          );
        });
        const reference = sha256OfOneMiBMs();
        console.log(
          [
            '',
            `Main-process budget (goal: no call blocks the event loop ${GOAL_MS} ms or more): one case of ` +
              `${SIZES.evidence.toLocaleString('en')} evidence items, ${SIZES.people.toLocaleString('en')} people, ` +
              `${SIZES.interviews.toLocaleString('en')} interviews, ${SIZES.audit.toLocaleString('en')} audit rows ` +
              `(${GOAL_SCALE ? 'the issue’s case' : 'a tenth of it; CASEFILE_BENCH_SCALE=goal for all of it'}), ` +
              `loaded in ${vault.loadSeconds.toFixed(1)} s; ${RUNS} runs of each call, first with the core in ` +
              `process, then through the core host (the core in a worker thread, as the app runs it)`,
            `  ${''.padEnd(56)}${'core in process'.padEnd(18)}|  ${'core host: the main thread'.padEnd(32)}|` +
              `  idle, busy`,
            `  ${'what'.padEnd(LABEL_COLUMN)}${'call'.padEnd(24)}${'max ms'.padStart(8)}${'p50 all'.padStart(8)}  |` +
              `${'max ms'.padStart(8)}${'p95 ms'.padStart(8)}${'ELD ms'.padStart(8)}${'p50 all'.padStart(8)}  |` +
              `${'max ms'.padStart(8)}${'max ms'.padStart(8)}   goal ${GOAL_MS} ms`,
            ...rows,
            `  max/p95: the longest uninterrupted task on the main thread during the call; ELD: ` +
              `monitorEventLoopDelay's largest delay (${RESOLUTION_MS} ms resolution); p50 all: dispatch to reply; ` +
              `idle: the longest gap while the loop only waits as long as the call took; busy: the same while ` +
              `another thread computes that long, as the core's does (this machine's share of the cores: a call ` +
              `near them blocks no more than waiting does)`,
            `  through the core host ${met} of ${calls.length} calls within the budget (core in process: ` +
              `${metBefore} of ${calls.length}); reference: SHA-256 of 1 MiB in this process, ` +
              `p50 ${reference.toFixed(2)} ms (the budget is ${(GOAL_MS / reference).toFixed(1)}× that)`,
            firstChartLine(charts, reference),
            '',
          ].join('\n'),
        );
      } finally {
        await host?.dispose();
        vault.dispose();
        rmSync(threadBundle, { force: true });
      }
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
