import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.js';
import { useChildBundle } from '../child-bundle.js';
import { childClockEnv, testClock } from '../../clock.js';
import { PASSPHRASE } from '../cli/harness.js';
import { useTempDirs, vaultWithCase } from '../people/cli-fixture.js';

// `casefile evidence add FILE` killed with SIGKILL at random moments, over and over: an item and
// its file land together or not at all. (Before, the item was created by one call and its file
// attached by another, and a kill between them left items with no file: 4 of 50.)

const TRIALS = 15;
const FILE_BYTES = 16 * 1024 * 1024; // an ingest long enough for kills to land inside it
const bundle = useChildBundle(new URL('./fixtures/evidence-adder.ts', import.meta.url), 'evidence-adder');
const tempDir = useTempDirs();

interface Run {
  /** Item numbers the adder reported added. */
  numbers: string[];
  stderr: string;
  signal: string | null;
}

/**
 * Runs the adder and SIGKILLs it `delayMs` after a moment: the `progress`-th progress report of
 * its ingests (the file is streaming: an item made by a separate call would exist, its file not
 * yet), or its start.
 */
function runAndKill(args: string[], moment: { progress: number } | 'start', delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      env: { ...process.env, ...childClockEnv(), CASEFILE_TEST_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killScheduled = false;
    const lines = () => stdout.split('\n').slice(0, -1); // a line cut by the kill was not reported
    const scheduleKill = () => {
      killScheduled = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    if (moment === 'start') scheduleKill();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!killScheduled && moment !== 'start' && lines().filter((line) => line === 'P').length >= moment.progress)
        scheduleKill();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) =>
      resolve({
        numbers: lines()
          .filter((line) => line.startsWith('R '))
          .map((line) => line.slice(2)),
        stderr,
        signal,
      }),
    );
  });
}

interface VaultState {
  items: { number: string; files: number }[];
  contents: number;
  objectFiles: number;
}

/** Unlocked as the app would (which sweeps objects no row records), then read. */
async function vaultState(dir: string): Promise<VaultState> {
  const ws = openWorkspace({ dir, now: testClock.now });
  const dispatch = routeWorkspace(ws);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const reply = await dispatch(method, input);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };
  try {
    await call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    const { items } = await call('cases.list', {});
    const log = await call('evidence.list', { caseId: items[0]!.id });
    const objects = path.join(dir, 'objects');
    return {
      items: log.items.map((item) => ({ number: item.number, files: item.contentCount })),
      contents: log.items.reduce((sum, item) => sum + item.contentCount, 0),
      objectFiles: fs.existsSync(objects) ? fs.readdirSync(objects).length : 0,
    };
  } finally {
    ws.dispose();
  }
}

async function verifyAll(dir: string): Promise<{ checked: number; failures: unknown[] }> {
  const ws = openWorkspace({ dir, now: testClock.now });
  const dispatch = routeWorkspace(ws);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const reply = await dispatch(method, input);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };
  try {
    await call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    const { jobId } = await call('evidence.verify', {});
    for (;;) {
      const job = await call('jobs.get', { jobId });
      if (job.kind === 'verify' && job.state !== 'running')
        return { checked: job.contentsChecked, failures: job.failures };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    ws.dispose();
  }
}

describe('casefile evidence add killed with SIGKILL', () => {
  it(`never leaves an item without its file, across ${TRIALS} kills at random moments`, async () => {
    const root = tempDir();
    const setup = await vaultWithCase(root);
    const file = path.join(root, 'phone-dump.bin');
    fs.writeFileSync(file, randomBytes(FILE_BYTES));
    const reported: string[] = [];
    let unreportedKept = 0;

    for (let trial = 0; trial < TRIALS; trial++) {
      // Most kills land while a file streams in (a few ms after a progress report, in the first or a
      // later command); the others at any moment from the start (unlock, checks, commit).
      const moment = trial % 3 === 2 ? 'start' : { progress: 1 + (trial % 2) * 3 };
      const delayMs = moment === 'start' ? Math.floor(Math.random() * 900) : Math.floor(Math.random() * 15);
      const run = await runAndKill([setup.vault, file, setup.reference], moment, delayMs);
      expect(run.signal, `trial ${trial} ended by itself: ${run.stderr.slice(0, 500)}`).toBe('SIGKILL');
      reported.push(...run.numbers);

      const state = await vaultState(setup.vault);
      const halfDone = state.items.filter((item) => item.files !== 1);
      expect(halfDone, `trial ${trial}: items without their file`).toEqual([]);
      const present = new Set(state.items.map((item) => item.number));
      expect(
        reported.filter((id) => !present.has(id)),
        `trial ${trial}: reported items missing`,
      ).toEqual([]);
      // Every row has its object; an object whose row never came is ciphertext with no stored key,
      // swept at a later unlock (after the sweep's grace period): at most one per kill.
      expect(state.objectFiles - state.contents, `trial ${trial}`).toBeGreaterThanOrEqual(0);
      expect(state.objectFiles - state.contents, `trial ${trial}`).toBeLessThanOrEqual(trial + 1);
      unreportedKept = state.items.length - reported.length;
      expect(unreportedKept).toBeGreaterThanOrEqual(0);
    }
    expect(reported.length).toBeGreaterThan(0);
    // And every file recorded decrypts whole, to the hash taken as it was read.
    const verified = await verifyAll(setup.vault);
    expect(verified.failures).toEqual([]);
    expect(verified.checked).toBe((await vaultState(setup.vault)).contents);
  }, 300_000);
});
