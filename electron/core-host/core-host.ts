import type { Worker } from 'node:worker_threads';
import type { LockReason } from '../../shared/contract/events.js';
import { apiError, CasefileError, type Result } from '../../shared/contract/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings.js';
import type { CoreEvent, CoreEventListener } from '../core/kernel/events.js';
import type { FilePorts } from '../core/kernel/files/file-ports.js';
import type { Dispatch } from '../ipc/router.js';
import { FromCore, type FileQuestion, type ToCore } from './host-messages.js';

/** Why the vault locked, as the shell hears it: the core's reasons, or `stopped` when the core's thread died. */
export type HostLockReason = LockReason | 'stopped';
export type HostLockListener = (state: 'locked' | 'unlocked', reason?: HostLockReason) => void;
/**
 * What follows a core thread that stopped: `replaced` when a fresh thread took its place (unlock to go
 * on), `restart` when none could (it failed to open, died before it was ready, or threads kept dying):
 * every later call says Casefile must be restarted.
 */
export type CoreStopOutcome = 'replaced' | 'restart';

/**
 * The core as the main thread holds it: the workspace runs in a worker thread, so no query, however
 * long, blocks the main process's event loop (window, menus, IPC). The same contract, the same
 * replies, the same events as the workspace in process.
 */
export interface CoreHost {
  /** The router, one thread away: a contract call in, its `{ ok, value | error }` out. */
  dispatch: Dispatch;
  /** Asks the core to lock (menu, shortcut, suspend, screen lock, quitting); the lock change follows. */
  lock(reason: LockReason): void;
  onLockChange(listener: HostLockListener): () => void;
  /** Every event the core sends unasked (jobs, lock, deadlines). */
  onEvent(listener: CoreEventListener): () => void;
  /** The core's thread died (the vault is locked), or its replacement could not start. */
  onStopped(listener: (outcome: CoreStopOutcome) => void): () => void;
  /** The preferences as the core last reported them (readable while locked). */
  settings(): Settings;
  /** Locks, closes the database and ends the thread (app quit). */
  dispose(): Promise<void>;
}

export interface CoreHostOptions {
  /** Starts the core's thread (core-worker.ts served over its parent port), for the vault folder. */
  spawn: () => Worker;
  /** The file dialogs, shown by the main thread when the core asks for them. */
  filePorts: FilePorts;
  /** Where the thread's failures are reported; names only, never case data. */
  report?: (what: string) => void;
  /** The time in ms, to count the threads that died lately (the app's clock by default; a test's own). */
  now?: () => number;
}

/** A thread that dies after it was ready is replaced, at most this many times within RESPAWN_WINDOW_MS. */
export const MAX_RESPAWNS = 3;
export const RESPAWN_WINDOW_MS = 60_000;

/** How long quitting waits for the core to lock and close its database before ending its thread. */
const DISPOSE_WAIT_MS = 5_000;

const stoppedReply = (): Result<never> => ({ ok: false, error: apiError('VAULT_LOCKED', 'vault.coreStopped') });
const closedReply = (): Result<never> => ({ ok: false, error: apiError('VAULT_LOCKED', 'vault.closed') });
const restartReply = (): Result<never> => ({ ok: false, error: apiError('VAULT_LOCKED', 'vault.restartNeeded') });

function notifyAll<A extends unknown[]>(listeners: Set<(...args: A) => void>, ...args: A): void {
  for (const listener of [...listeners]) {
    try {
      listener(...args);
    } catch {
      // A failing listener (a closed window) must not keep the others from hearing it.
    }
  }
}

async function answerQuestion(filePorts: FilePorts, question: FileQuestion): Promise<unknown> {
  switch (question.port) {
    case 'chooseFilesToAdd':
      return filePorts.chooseFilesToAdd();
    case 'chooseExportPath':
      return filePorts.chooseExportPath(question.suggestedName);
  }
}

/**
 * Starts the core's thread and resolves once its workspace is open (locked), or rejects with the
 * core's own sentence if it could not open. If the thread dies later, every call waiting on it is
 * answered (the vault locked), the shell is told, and a fresh thread takes its place.
 */
export function startCoreHost(options: CoreHostOptions): Promise<CoreHost> {
  const report = options.report ?? ((what: string) => console.error(`[casefile] ${what}`));
  const now = options.now ?? Date.now;
  const lockListeners = new Set<HostLockListener>();
  const eventListeners = new Set<CoreEventListener>();
  const stopListeners = new Set<(outcome: CoreStopOutcome) => void>();
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let lastId = 0;
  let settings: Settings = DEFAULT_SETTINGS;
  let unlocked = false;
  let worker: Worker | null = null;
  let disposing: Promise<void> | null = null;
  /** No thread will be started again: every call is told to restart Casefile. */
  let gaveUp = false;
  /** When the threads replaced lately were started, to stop replacing them if they keep dying. */
  let respawnedAt: number[] = [];

  const post = (message: ToCore): void => worker?.postMessage(message);

  const answerAll = (reply: () => Result<never>): void => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const settle of waiting) settle(reply());
  };

  const host: CoreHost = {
    dispatch(name, input) {
      // As the router answers a name that is not a string (which the structured clone might not carry).
      if (typeof name !== 'string')
        return Promise.resolve({ ok: false, error: apiError('UNKNOWN_METHOD', 'request.unknown') });
      if (disposing !== null) return Promise.resolve(closedReply());
      if (gaveUp) return Promise.resolve(restartReply());
      if (worker === null) return Promise.resolve(stoppedReply());
      const id = ++lastId;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        try {
          post({ kind: 'call', id, method: name, input });
        } catch {
          // Input the structured clone cannot carry (a function, say): IPC could not have sent it either.
          pending.delete(id);
          resolve({ ok: false, error: apiError('VALIDATION', 'request.unreadable') });
        }
      });
    },
    lock(reason) {
      post({ kind: 'lock', reason });
    },
    onLockChange(listener) {
      lockListeners.add(listener);
      return () => lockListeners.delete(listener);
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onStopped(listener) {
      stopListeners.add(listener);
      return () => stopListeners.delete(listener);
    },
    settings: () => settings,
    dispose() {
      disposing ??= new Promise<void>((resolve) => {
        const ending = worker;
        answerAll(closedReply);
        if (ending === null) return resolve();
        const end = () => {
          clearTimeout(timer);
          void ending.terminate().finally(resolve);
        };
        const timer = setTimeout(end, DISPOSE_WAIT_MS);
        ending.once('exit', end);
        ending.on('message', (raw: unknown) => {
          if (FromCore.safeParse(raw).data?.kind === 'disposed') end();
        });
        ending.postMessage({ kind: 'dispose' } satisfies ToCore);
      });
      return disposing;
    },
  };

  /** No fresh thread: the calls still waiting and every later one are told to restart Casefile; said once. */
  const giveUp = (why: string): void => {
    if (gaveUp) return;
    gaveUp = true;
    report(`${why}; no other core thread is started, Casefile must be restarted`);
    answerAll(restartReply);
    notifyAll(stopListeners, 'restart');
  };

  /** A thread that had run may be replaced, unless threads keep dying (then it would die again). */
  const mayRespawn = (): boolean => {
    const at = now();
    respawnedAt = respawnedAt.filter((when) => at - when < RESPAWN_WINDOW_MS);
    if (respawnedAt.length >= MAX_RESPAWNS) return false;
    respawnedAt.push(at);
    return true;
  };

  return new Promise<CoreHost>((resolveStart, rejectStart) => {
    let started = false;
    const couldNotStart = () => new CasefileError('INTERNAL', 'vault.coreCouldNotStart');

    const attach = (thread: Worker): void => {
      worker = thread;
      let ready = false;

      // A dialog closes after its thread died, or answers what the structured clone cannot carry: the
      // question is dropped (its call was answered when the thread died) or failed, never thrown here.
      const answerThread = (answer: ToCore): void => {
        try {
          thread.postMessage(answer);
        } catch {
          if (answer.kind === 'files.answer') answerThread({ kind: 'files.failed', id: answer.id });
        }
      };

      const onMessage = (raw: unknown): void => {
        if (worker !== thread) return;
        const parsed = FromCore.safeParse(raw);
        if (!parsed.success) {
          report('the core thread sent a message the host does not know; it was dropped');
          return;
        }
        const message = parsed.data;
        switch (message.kind) {
          case 'ready':
            ready = true;
            settings = message.settings;
            if (!started) {
              started = true;
              resolveStart(host);
            }
            return;
          case 'failed':
            if (!started) {
              rejectStart(message.error ? CasefileError.fromApiError(message.error) : couldNotStart());
              return;
            }
            // A fresh thread could not open the workspace: another would fail the same way.
            // The reason is a catalogue key (never case data): it says what to look for.
            giveUp(`a fresh core thread could not open the workspace (${message.error?.reason ?? 'no reason given'})`);
            void thread.terminate();
            return;
          case 'reply': {
            const settle = pending.get(message.id);
            pending.delete(message.id);
            settle?.(message.result as Result<unknown>);
            return;
          }
          case 'event':
            notifyAll(eventListeners, message.event as CoreEvent);
            return;
          case 'vault':
            unlocked = message.state === 'unlocked';
            notifyAll(lockListeners, message.state, message.reason);
            return;
          case 'settings':
            settings = message.settings;
            return;
          case 'files.ask':
            answerQuestion(options.filePorts, message.question).then(
              (answer) => answerThread({ kind: 'files.answer', id: message.id, answer }),
              () => answerThread({ kind: 'files.failed', id: message.id }),
            );
            return;
          case 'disposed':
            return;
        }
      };

      thread.on('message', onMessage);
      thread.on('error', (error) => {
        // Name only: the error's message could quote case data.
        report(`the core thread failed: ${error instanceof Error ? error.name : 'unknown error'}`);
      });
      thread.once('exit', () => {
        if (worker !== thread) return;
        worker = null;
        if (disposing !== null) return;
        if (!started) {
          answerAll(stoppedReply);
          rejectStart(couldNotStart());
          return;
        }
        if (gaveUp) return;
        // A thread that dies before it is ready would die again: only one that had run is replaced.
        if (!ready) return giveUp('a fresh core thread stopped before it was ready');
        answerAll(stoppedReply);
        const wasUnlocked = unlocked;
        unlocked = false;
        if (wasUnlocked) notifyAll(lockListeners, 'locked', 'stopped');
        if (!mayRespawn())
          return giveUp(`the core thread kept stopping (${MAX_RESPAWNS} fresh threads within a minute)`);
        try {
          attach(options.spawn());
        } catch (error) {
          return giveUp(
            `a fresh core thread could not be started: ${error instanceof Error ? error.name : 'unknown error'}`,
          );
        }
        notifyAll(stopListeners, 'replaced');
      });
    };

    try {
      attach(options.spawn());
    } catch (error) {
      report(`the core thread could not be started: ${error instanceof Error ? error.name : 'unknown error'}`);
      rejectStart(couldNotStart());
    }
  });
}
