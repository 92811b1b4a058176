import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_RESPAWNS,
  RESPAWN_WINDOW_MS,
  startCoreHost,
  type CoreHost,
  type CoreStopOutcome,
  type HostLockReason,
} from '../../../electron/core-host/core-host.js';
import type { CoreEvent } from '../../../electron/core/kernel/events.js';
import type { FilePorts } from '../../../electron/core/kernel/files/file-ports.js';
import { KDF_FLOORS } from '../../../electron/core/kernel/vault/passphrase-kdf.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import type { Dispatch } from '../../../electron/ipc/router.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { apiError, CasefileError, type Result } from '../../../shared/contract/index.js';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings.js';
import { daysAgo, TEST_START_MS, testClock } from '../../clock.js';
import { useChildBundle } from '../child-bundle.js';

/**
 * The core host: the workspace in a worker thread, the main thread holding a Dispatch that answers
 * exactly as the router in process does, the core's events and lock changes forwarded, the file
 * dialogs answered by the main thread, and a thread that dies answered in words, never a hang.
 */
const coreThread = useChildBundle(new URL('./fixtures/core-thread.ts', import.meta.url), 'core-thread');
const PASSPHRASE = 'harbour violet compass meadow';

let base: string;
let vaultDir: string;
let host: CoreHost;
const threads: Worker[] = [];
const lockChanges: [string, HostLockReason | undefined][] = [];
const events: CoreEvent[] = [];
let stops = 0;
/** What the main thread's file dialogs answer next; a question left unanswered waits for it. */
let chooseFiles: () => Promise<string[]> = async () => [];
let exportPath: () => Promise<string | null> = async () => null;
const filePorts: FilePorts = { chooseFilesToAdd: () => chooseFiles(), chooseExportPath: () => exportPath() };

let inProcess: Workspace;
let router: Dispatch;

async function value<T = Record<string, unknown>>(reply: Promise<Result<unknown>>): Promise<T> {
  const result = await reply;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'casefile-core-host-'));
  vaultDir = path.join(base, 'vault');
  host = await startCoreHost({
    spawn: () => {
      const thread = new Worker(coreThread, { workerData: { dir: vaultDir, startsAt: TEST_START_MS } });
      threads.push(thread);
      return thread;
    },
    filePorts,
    report: () => undefined,
    now: () => TEST_START_MS,
  });
  host.onLockChange((state, reason) => lockChanges.push([state, reason]));
  host.onEvent((event) => events.push(event));
  host.onStopped(() => {
    stops += 1;
  });
  inProcess = openWorkspace({ dir: vaultDir, now: testClock.now, passphraseKdf: { ...KDF_FLOORS }, actor: 'test' });
  router = routeWorkspace(inProcess);
});

afterAll(async () => {
  inProcess.dispose();
  await host.dispose();
  rmSync(base, { recursive: true, force: true });
});

describe('the core host', () => {
  it('answers a locked-vault refusal and an unknown method as the router in process does', async () => {
    await expect(host.dispatch('vault.status', {})).resolves.toEqual({ ok: true, value: { state: 'absent' } });
    for (const [method, input] of [
      ['cases.list', {}],
      ['nothing.here', {}],
      ['vault.unlock', { method: 'passphrase' }],
    ] as const) {
      const reply = await host.dispatch(method, input);
      expect(reply.ok, method).toBe(false);
      expect(reply, method).toEqual(await router(method, input));
    }
  });

  it('refuses input the structured clone cannot carry, as IPC could not have sent it', async () => {
    await expect(host.dispatch('cases.list', { when: () => 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'request.unreadable' },
    });
  });

  it('creates and unlocks the vault in the thread, telling the main thread of the change and its event', async () => {
    const created = await value<{ recoveryKey: string }>(host.dispatch('vault.create', { passphrase: PASSPHRASE }));
    expect(created.recoveryKey).toMatch(/\S/);
    expect(lockChanges.at(-1)).toEqual(['unlocked', undefined]);
    expect(events.at(-1)).toEqual({ name: 'vault.unlocked', payload: { reason: 'created' } });
  });

  it('answers a sample of the contract exactly as the router in process does, from the same vault', async () => {
    const theCase = await value<{ id: string }>(
      host.dispatch('cases.create', {
        title: 'Checkpoint allegations',
        // Received before the run's pinned day (CI pins clocks a date earlier than any written here).
        dateReceived: daysAgo(3).slice(0, 10),
        reportingChannel: 'hotline',
        entity: 'MINUSCA',
      }),
    );
    await value(
      host.dispatch('people.add', {
        caseId: theCase.id,
        profile: { role: 'witness', sex: 'female', ageBand: 'adult', language: 'fr' },
      }),
    );
    await value(router('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE }));
    const sample: [method: string, input: Record<string, unknown>, answered: boolean][] = [
      ['vault.status', {}, true],
      ['settings.get', {}, true],
      ['cases.get', { caseId: theCase.id }, true],
      ['people.list', { caseId: theCase.id }, true],
      ['evidence.page', { caseId: theCase.id, limit: 10 }, true],
      ['audit.list', { caseId: theCase.id, limit: 50 }, true],
      ['search.query', { q: 'checkpoint', limit: 10 }, true],
      // A bad input: the same field problems, in the same words.
      ['cases.create', { title: 7, dateReceived: '2026-13-40' }, false],
      ['cases.get', { caseId: 'not an id' }, false],
    ];
    for (const [method, input, answered] of sample) {
      const [fromHost, fromRouter] = [await host.dispatch(method, input), await router(method, input)];
      expect(fromHost, method).toEqual(fromRouter);
      expect(fromHost.ok, method).toBe(answered);
    }
    inProcess.lock('user');
  });

  it('follows settings.update: the main thread reads the new preferences as soon as the reply arrives', async () => {
    expect(host.settings().contentProtection).toBe(true);
    const updated = await host.dispatch('settings.update', { contentProtection: false, language: 'fr' });
    expect(updated).toMatchObject({ ok: true, value: { contentProtection: false, language: 'fr' } });
    expect(host.settings()).toMatchObject({ contentProtection: false, language: 'fr' });
  });

  it('asks the main thread for the file dialogs and carries its answers back to the core', async () => {
    const picked = path.join(base, 'photo of the site.jpg');
    writeFileSync(picked, 'twelve bytes');
    chooseFiles = async () => [picked];
    const chosen = await value<{ files: { name: string; size: number; token: string }[] }>(
      host.dispatch('evidence.chooseFiles', {}),
    );
    expect(chosen.files).toEqual([{ name: 'photo of the site.jpg', size: 12, token: expect.any(String) }]);

    exportPath = async () => null; // the user cancels the save dialog
    await expect(value(host.dispatch('identity.exportSecret', { understood: true }))).resolves.toEqual({
      exported: false,
    });

    chooseFiles = async () => {
      throw new Error('no window to show the dialog on');
    };
    await expect(host.dispatch('evidence.chooseFiles', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', reason: 'request.failed' },
    });
  });

  it('locks when the shell asks, and the lock and its event reach the main thread', async () => {
    host.lock('screen-lock');
    await expect(host.dispatch('vault.status', {})).resolves.toEqual({ ok: true, value: { state: 'locked' } });
    expect(lockChanges.at(-1)).toEqual(['locked', 'screen-lock']);
    expect(events.at(-1)).toEqual({ name: 'vault.locked', payload: { reason: 'screen-lock' } });
    await expect(host.dispatch('cases.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'VAULT_LOCKED', reason: 'vault.locked' },
    });
  });

  it('answers a call left waiting by a dying thread, locks, says so, and starts a thread to unlock', async () => {
    await value(host.dispatch('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE }));
    let dialogAsked = (): void => undefined;
    const asked = new Promise<void>((resolve) => {
      dialogAsked = resolve;
    });
    let closeDialog = (_paths: string[]): void => undefined;
    chooseFiles = () => {
      dialogAsked();
      return new Promise<string[]>((resolve) => {
        closeDialog = resolve; // the dialog stays open until the thread has died
      });
    };
    const waiting = host.dispatch('evidence.chooseFiles', {});
    await asked;
    const dying = threads.at(-1);
    dying?.postMessage({ plantCrash: true });

    const reply = await waiting;
    expect(reply).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED', reason: 'vault.coreStopped' } });
    expect(reply.ok ? '' : reply.error.message).toMatch(/stopped unexpectedly.*vault was locked/);
    expect(lockChanges.at(-1)).toEqual(['locked', 'stopped']);
    expect(stops).toBe(1);
    // The user picks a file after all: the answer goes nowhere, and nothing is thrown on the main thread.
    closeDialog([path.join(base, 'late.txt')]);

    expect(threads).toHaveLength(2);
    await expect(host.dispatch('vault.status', {})).resolves.toEqual({ ok: true, value: { state: 'locked' } });
    await value(host.dispatch('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE }));
    const cases = await value<{ items?: unknown[] } | unknown[]>(host.dispatch('cases.list', {}));
    expect(JSON.stringify(cases)).toContain('Checkpoint allegations');
  });

  it('locks and ends its thread when disposed; later calls are told the session ended', async () => {
    const thread = threads.at(-1);
    const exited = new Promise<void>((resolve) => thread?.once('exit', () => resolve()));
    await host.dispose();
    await exited;
    expect(lockChanges.at(-1)).toEqual(['locked', 'shutdown']);
    await expect(host.dispatch('vault.status', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'VAULT_LOCKED', reason: 'vault.closed' },
    });
    expect(stops).toBe(1);
  });
});

/** Threads run from source: `ready` with the default preferences, each call answered, gone when told to die. */
const THREAD_HEAD = "const { parentPort, workerData } = require('node:worker_threads');";
const RUNS = `${THREAD_HEAD}
parentPort.postMessage({ kind: 'ready', settings: workerData.settings });
parentPort.on('message', (message) => {
  if (message.die) process.exit(1);
  const result = { ok: true, value: 'answered' };
  if (message.kind === 'call') parentPort.postMessage({ kind: 'reply', id: message.id, result });
});`;
const FAILS_TO_OPEN = `${THREAD_HEAD} parentPort.postMessage({ kind: 'failed' }); setInterval(() => undefined, 1000);`;
const DIES_AT_ONCE = "throw new Error('a bundle that does not load');";

/** A host over threads started from `sources` in turn (the last one again and again); an Error: spawn throws it. */
function hostOver(sources: (string | Error)[]) {
  const clock = { at: TEST_START_MS };
  const threads: Worker[] = [];
  const reports: string[] = [];
  let spawned = 0;
  const starting = startCoreHost({
    spawn: () => {
      const source = sources[Math.min(spawned, sources.length - 1)]!;
      spawned += 1;
      if (source instanceof Error) throw source;
      const thread = new Worker(source, { eval: true, workerData: { settings: DEFAULT_SETTINGS } });
      threads.push(thread);
      return thread;
    },
    filePorts,
    report: (what) => reports.push(what),
    now: () => clock.at,
  });
  return { starting, clock, threads, reports, spawned: () => spawned };
}

describe('a core thread that cannot start', () => {
  const started: Promise<CoreHost>[] = [];
  afterEach(async () => {
    for (const starting of started.splice(0)) await starting.then((one) => one.dispose()).catch(() => undefined);
  });
  const start = (sources: (string | Error)[]) => {
    const made = hostOver(sources);
    started.push(made.starting);
    return made;
  };
  const reasonOf = async (starting: Promise<CoreHost>) => {
    const error = await starting.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(CasefileError);
    return (error as CasefileError).reason;
  };

  it('rejects the start with the core’s own reason when the workspace cannot open', async () => {
    const refusal = apiError('VAULT_CORRUPT', 'vault.keyFileMissing');
    const { starting, spawned } = start([
      `${THREAD_HEAD} parentPort.postMessage({ kind: 'failed', error: ${JSON.stringify(refusal)} });`,
    ]);
    await expect(reasonOf(starting)).resolves.toBe('vault.keyFileMissing');
    expect(spawned()).toBe(1);
  });

  it('rejects the start in the catalogue’s words when the core gives no reason', async () => {
    const { starting } = start([`${THREAD_HEAD} parentPort.postMessage({ kind: 'failed' });`]);
    await expect(reasonOf(starting)).resolves.toBe('vault.coreCouldNotStart');
  });

  it('rejects the start, and starts no other thread, when the thread dies before it is ready', async () => {
    const { starting, spawned } = start([DIES_AT_ONCE]);
    await expect(reasonOf(starting)).resolves.toBe('vault.coreCouldNotStart');
    // A replacement would be spawned in the same exit handler that rejects the start.
    expect(spawned()).toBe(1);
  });

  it('rejects the start in words, reporting only the name, when no thread can be started', async () => {
    const { starting, reports } = start([new TypeError('the bundle /home/someone/core-host.cjs is missing')]);
    await expect(reasonOf(starting)).resolves.toBe('vault.coreCouldNotStart');
    expect(reports.join('\n')).toContain('TypeError');
    expect(reports.join('\n')).not.toContain('/home/someone');
  });
});

describe('a core thread that stops after it started', () => {
  const hosts: CoreHost[] = [];
  afterEach(async () => {
    for (const one of hosts.splice(0)) await one.dispose();
  });

  async function running(sources: (string | Error)[]) {
    const made = hostOver(sources);
    const started = await made.starting;
    hosts.push(started);
    const outcomes: CoreStopOutcome[] = [];
    let heard = (): void => undefined;
    started.onStopped((outcome) => {
      outcomes.push(outcome);
      heard();
    });
    /** The next outcome the shell hears. */
    const nextOutcome = () =>
      new Promise<CoreStopOutcome>((resolve) => {
        heard = () => resolve(outcomes.at(-1)!);
      });
    /** Resolves once the shell has been told Casefile must be restarted. */
    const untilRestart = () =>
      new Promise<void>((resolve) => {
        if (outcomes.includes('restart')) return resolve();
        heard = () => {
          if (outcomes.includes('restart')) resolve();
        };
      });
    /** Ends the running thread at `at` ms after the start; resolves with what the shell heard. */
    const kill = async (at: number) => {
      made.clock.at = TEST_START_MS + at;
      const hearing = nextOutcome();
      made.threads.at(-1)!.postMessage({ die: true });
      const outcome = await hearing;
      // A fresh thread answers once it is ready (its `ready` comes first), so the next kill finds it ready.
      if (outcome === 'replaced') expect(await started.dispatch('vault.status', {})).toEqual(okAnswer);
      return outcome;
    };
    return { ...made, host: started, outcomes, untilRestart, kill };
  }
  const okAnswer = { ok: true, value: 'answered' };
  const restartNeeded = { ok: false, error: { code: 'VAULT_LOCKED', reason: 'vault.restartNeeded' } };

  it(`replaces a stopped thread ${MAX_RESPAWNS} times within a minute, then tells the user to restart`, async () => {
    const { host: core, kill, spawned, reports } = await running([RUNS]);
    expect(await core.dispatch('vault.status', {})).toEqual(okAnswer);
    for (let time = 0; time < MAX_RESPAWNS; time += 1) expect(await kill(time * 10_000)).toBe('replaced');
    expect(spawned()).toBe(MAX_RESPAWNS + 1);

    expect(await kill(MAX_RESPAWNS * 10_000)).toBe('restart');
    expect(spawned()).toBe(MAX_RESPAWNS + 1);
    await expect(core.dispatch('vault.status', {})).resolves.toMatchObject(restartNeeded);
    expect(reports.join('\n')).toMatch(/must be restarted/);
  });

  it('goes on replacing threads that stop less often than that (time from the clock given)', async () => {
    const { kill, spawned } = await running([RUNS]);
    const times = [0, 1, 2, 3, 4].map((turn) => turn * (RESPAWN_WINDOW_MS / MAX_RESPAWNS + 1_000));
    for (const at of times) expect(await kill(at)).toBe('replaced');
    expect(spawned()).toBe(times.length + 1);
  });

  it('tells the user to restart when the fresh thread cannot open the workspace, and starts no other', async () => {
    const { host: core, threads, untilRestart, outcomes, spawned, reports } = await running([RUNS, FAILS_TO_OPEN]);
    const restart = untilRestart();
    threads[0]!.postMessage({ die: true });
    await restart;
    expect(outcomes).toEqual(['replaced', 'restart']);
    await expect(core.dispatch('cases.list', {})).resolves.toMatchObject(restartNeeded);
    expect(spawned()).toBe(2);
    expect(reports.join('\n')).toMatch(/could not open the workspace.*must be restarted/);
  });

  it('tells the user to restart when the fresh thread dies before it is ready, or cannot be started', async () => {
    for (const fresh of [DIES_AT_ONCE, new Error('the bundle /home/someone/core-host.cjs is missing')]) {
      const { host: core, threads, outcomes, untilRestart, spawned } = await running([RUNS, fresh]);
      const restart = untilRestart();
      threads[0]!.postMessage({ die: true });
      await restart;
      expect(outcomes.at(-1)).toBe('restart');
      expect(outcomes.filter((outcome) => outcome === 'restart')).toHaveLength(1);
      await expect(core.dispatch('vault.status', {})).resolves.toMatchObject(restartNeeded);
      expect(spawned()).toBe(2);
    }
  });
});
