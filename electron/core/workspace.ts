import type { LockReason, UnlockReason } from '../../shared/contract/events.js';
import { CasefileError, type Handlers } from '../../shared/contract/index.js';
import type { VaultState } from '../../shared/contract/vault.js';
import { Settings } from '../../shared/domain/settings.js';
import { forgetCalendarMemos } from '../../shared/statistics/counting.js';
import { createIdleLock } from './kernel/auto-lock.js';
import { EventBus, type CoreEventListener } from './kernel/events.js';
import { JobBoard } from './kernel/jobs/job-board.js';
import { jobHandlers } from './kernel/jobs/job-handlers.js';
import { backupHandlers } from './backup/backup-handlers.js';
import { caseFileHandlers, caseFilePorts } from './composition.js';
import { clockConfiguration, recordMissionTimeZone } from './deadlines/clock-settings.js';
import { watchDeadlines } from './deadlines/deadline-watch.js';
import type { FilePorts } from './kernel/files/file-ports.js';
import { evidenceObjects } from './kernel/files/object-access.js';
import { sweepUnrecordedObjects } from './kernel/files/object-sweep.js';
import { loadVaultIdentity, type OpenedVaultIdentity } from './kernel/identity/identity-keys.js';
import { readPreferences, writePreferences } from './kernel/preferences.js';
import { describeFolderRepair } from './kernel/vault/folder-permissions.js';
import { vaultPaths } from './kernel/vault/layout.js';
import { kdfProblem, SALT_BYTES, type Argon2idCost } from './kernel/vault/passphrase-kdf.js';
import { inspectFolder } from './kernel/vault/vault-folder.js';
import { createChronologyWarmup } from './timeline/chronology-warmup.js';
import { prepareChronology } from './timeline/timeline-view.js';
import {
  changePassphrase,
  createVault,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type OpenVault,
} from './kernel/vault/vault.js';

export type { LockReason } from '../../shared/contract/events.js';
export type LockListener = (state: 'locked' | 'unlocked', reason?: LockReason) => void;

/** One investigator's vault folder, as the shell, the CLI and tests use it. */
export interface Workspace {
  /** The vault folder. */
  readonly dir: string;
  /** Every contract method. */
  readonly handlers: Handlers;
  isUnlocked(): boolean;
  /**
   * User activity: restarts the auto-lock timer and the quiet stretch after which the chronology of the
   * case being read is built ahead of need; `input`, the call's, may name that case.
   */
  touch(input?: unknown): void;
  /** Idempotent: closes the database, overwrites key buffers. */
  lock(reason: LockReason): void;
  onLockChange(listener: LockListener): () => void;
  /** Every event the core sends unasked (jobs, lock, deadlines), for the shell, the CLI and the e2e bridge. */
  onEvent(listener: CoreEventListener): () => void;
  /** Preferences, readable while locked. */
  settings(): Settings;
  /** Lock and stop timers (tests, app quit). */
  dispose(): void;
}

export interface WorkspaceOptions {
  dir: string;
  /** Clock for record timestamps and the idle deadline. */
  now?: () => number;
  /** Argon2id cost for new passphrase wraps; tests pass the floors. Never below the floors. */
  passphraseKdf?: Argon2idCost;
  /** Who acts, as the audit trail records it: `app` (default), `cli`, a test name. */
  actor?: string;
  /** Native file dialogs for evidence content and exports (the shell's, or the CLI's paths). */
  filePorts?: FilePorts;
}

/** No call for this long, and the core builds the chronology of the case being read. */
const CHRONOLOGY_QUIET_MS = 400;

export function openWorkspace(options: WorkspaceOptions): Workspace {
  const { dir } = options;
  const now = options.now ?? Date.now;
  const kdfCost = options.passphraseKdf;
  if (kdfCost) {
    const problem = kdfProblem(kdfCost, SALT_BYTES);
    if (problem) throw problem;
  }
  const paths = vaultPaths(dir);

  let vault: OpenVault | null = null;
  let disposed = false;
  let settings = readPreferences(paths.preferences);
  const listeners = new Set<LockListener>();
  const events = new EventBus();
  // Aborted at every lock, so a create/unlock/passphrase change still deriving its key gives up.
  let lockSignal = new AbortController();
  // Key operations run one at a time: two concurrent unlocks must not open two connections.
  let queue: Promise<unknown> = Promise.resolve();

  const exclusive = <T>(operation: () => Promise<T>): Promise<T> => {
    const run = queue.then(operation, operation);
    queue = run.catch(() => undefined);
    return run;
  };

  const emit = (state: 'locked' | 'unlocked', reason?: LockReason) => {
    for (const listener of [...listeners]) {
      try {
        listener(state, reason);
      } catch {
        // A failing listener must not stop the lock or keep the other listeners from hearing of it.
      }
    }
  };

  // The timeline's first chart after a case opens reads a chronology built while the person looked at the
  // case (timeline/chronology-warmup.ts).
  const warmup = createChronologyWarmup({
    quietMs: CHRONOLOGY_QUIET_MS,
    build: (caseId) => {
      if (vault !== null) prepareChronology(caseFilePorts, vault.db, { caseId, locale: settings.language });
    },
  });

  const idle = createIdleLock({
    timeoutMs: () => settings.autoLockMinutes * 60_000,
    onIdle: () => lock('idle'),
    now,
  });

  // One board for every long job of this workspace; a lock aborts the session signal, which cancels them.
  const jobs = new JobBoard({ now, session: () => lockSignal.signal, events });
  // Tells the window when an open deadline falls due, while the vault is open.
  let deadlineWatch: { stop(): void } | null = null;
  // The vault's keys, unwrapped at first need after unlock and overwritten at lock.
  let identity: OpenedVaultIdentity | null = null;

  function lock(reason: LockReason): void {
    lockSignal.abort();
    lockSignal = new AbortController();
    idle.disarm();
    warmup.stop();
    deadlineWatch?.stop();
    deadlineWatch = null;
    identity?.forget();
    identity = null;
    forgetCalendarMemos();
    if (vault === null) return;
    const closing = vault;
    vault = null;
    try {
      closing.close(); // overwrites the data key even if closing the database fails
    } finally {
      emit('locked', reason);
      events.emit('vault.locked', { reason });
    }
  }

  function becomeUnlocked(opened: OpenVault, reason: UnlockReason): void {
    vault = opened;
    idle.arm();
    deadlineWatch = watchDeadlines({ db: () => opened.db, now, onDue: (due) => events.emit('deadlines.due', due) });
    emit('unlocked');
    events.emit('vault.unlocked', { reason });
  }

  function assertUsable(): void {
    if (disposed) throw new CasefileError('VAULT_LOCKED', 'vault.closed');
  }

  function openVault(): OpenVault {
    assertUsable();
    if (vault === null) throw new CasefileError('VAULT_LOCKED', 'vault.locked');
    return vault;
  }

  function state(): VaultState {
    if (vault !== null) return 'unlocked';
    return inspectFolder(dir) === 'vault' ? 'locked' : 'absent';
  }

  function touch(input?: unknown): void {
    if (vault === null) return;
    idle.touch();
    warmup.activity(input);
  }

  const handlers: Handlers = {
    'vault.status': () => ({ state: state() }),

    // Each key operation takes the lock signal when it is asked for: a lock that comes after the
    // request cancels it, even if the request was still waiting its turn.
    'vault.create': ({ passphrase, timeZone }) => {
      const signal = lockSignal.signal;
      return exclusive(async () => {
        assertUsable();
        if (vault !== null) throw new CasefileError('VAULT_EXISTS', 'vault.alreadyOpen');
        const created = await createVault(dir, passphrase, { kdfCost, now, signal });
        // "Today" and "end of the day" are the mission's from the first case on: a team in UTC+3
        // must not find its first morning's notifications dated the day before their allegation.
        if (timeZone !== undefined) {
          try {
            recordMissionTimeZone(created.vault.db, timeZone, new Date(now()).toISOString());
          } catch (error) {
            created.vault.close();
            throw error;
          }
        }
        becomeUnlocked(created.vault, 'created');
        return { recoveryKey: created.recoveryKey };
      });
    },

    'vault.unlock': (input) => {
      const signal = lockSignal.signal;
      return exclusive(async () => {
        assertUsable();
        // Already open: nothing to grant, so nothing to check.
        if (vault !== null) return { state: 'unlocked' as const, notices: [] };
        const opened =
          input.method === 'passphrase'
            ? await unlockWithPassphrase(dir, input.passphrase, { signal })
            : await unlockWithRecoveryKey(dir, input.recoveryKey, { signal });
        becomeUnlocked(opened, input.method === 'passphrase' ? 'passphrase' : 'recoveryKey');
        // Encrypted objects whose database row never came (a crash between the two) are removed.
        await sweepUnrecordedObjects(opened.db, opened.paths.objects);
        const repaired = describeFolderRepair(opened.folderRepair);
        const notices =
          repaired === null
            ? []
            : [
                {
                  kind: 'folderMadePrivate' as const,
                  changed: opened.folderRepair.tightened.length,
                  failed: opened.folderRepair.failed.length,
                  message: repaired,
                },
              ];
        return { state: 'unlocked' as const, notices };
      });
    },

    'vault.lock': () => {
      lock('user');
      return { state: state() };
    },

    'vault.changePassphrase': ({ current, next }) => {
      const signal = lockSignal.signal;
      return exclusive(async () => {
        await changePassphrase(openVault(), current, next, { kdfCost, signal });
        return {};
      });
    },

    'session.touch': () => {
      touch();
      return {};
    },

    'settings.get': () => settings,

    'settings.update': (changes) => {
      openVault();
      const next = Settings.parse({ ...settings, ...changes });
      writePreferences(paths.preferences, next);
      settings = next;
      idle.touch(); // a new auto-lock delay counts from now
      return settings;
    },

    ...jobHandlers(jobs),

    // Backup and restore work on the vault itself (its files and data key), beside the case file.
    ...backupHandlers({
      dir,
      now,
      actor: options.actor ?? 'app',
      openVault,
      hasOpenVault: () => vault !== null,
      jobs,
      ...(options.filePorts ? { filePorts: options.filePorts } : {}),
      settings: () => settings,
      reloadSettings: () => {
        settings = readPreferences(paths.preferences);
      },
      clockConfiguration,
      exclusive,
    }),

    ...caseFileHandlers({
      db: () => openVault().db,
      now,
      actor: options.actor ?? 'app',
      evidenceObjects: () => {
        const open = openVault();
        return evidenceObjects(open.paths.objects, open.dataKey, lockSignal.signal);
      },
      ...(options.filePorts ? { filePorts: options.filePorts } : {}),
      jobs,
      identity: () => {
        const open = openVault();
        identity ??= loadVaultIdentity(open.db, open.dataKey, now);
        return identity;
      },
    }),
  };

  return {
    dir,
    handlers,
    isUnlocked: () => vault !== null,
    touch,
    lock,
    onLockChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    onEvent: (listener) => events.listen(listener),
    settings: () => settings,
    dispose() {
      lock('shutdown');
      disposed = true;
      listeners.clear();
    },
  };
}
