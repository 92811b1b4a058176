import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreHost, type CoreHost, type HostLockReason } from '../../../electron/core-host/core-host.js';
import type { CoreEvent } from '../../../electron/core/kernel/events.js';
import type { FilePorts } from '../../../electron/core/kernel/files/file-ports.js';
import { KDF_FLOORS } from '../../../electron/core/kernel/vault/passphrase-kdf.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import type { Dispatch } from '../../../electron/ipc/router.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import type { Result } from '../../../shared/contract/index.js';
import { TEST_START_MS, testClock } from '../../clock.js';
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
        dateReceived: '2026-05-01',
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

describe('a core thread that cannot start', () => {
  const start = (source: string) => {
    let spawned = 0;
    const starting = startCoreHost({
      spawn: () => {
        spawned += 1;
        return new Worker(source, { eval: true });
      },
      filePorts,
      report: () => undefined,
    });
    return { starting, spawned: () => spawned };
  };

  it('rejects the start with the core’s own sentence when the workspace cannot open', async () => {
    const { starting, spawned } = start(
      "const { parentPort } = require('node:worker_threads');" +
        "parentPort.postMessage({ kind: 'failed', message: 'The vault folder cannot be read.' });",
    );
    await expect(starting).rejects.toThrow('The vault folder cannot be read.');
    expect(spawned()).toBe(1);
  });

  it('rejects the start, and starts no other thread, when the thread dies before it is ready', async () => {
    const { starting, spawned } = start("throw new Error('a bundle that does not load');");
    await expect(starting).rejects.toThrow('could not start');
    // A replacement would be spawned in the same exit handler that rejects the start.
    expect(spawned()).toBe(1);
  });
});
