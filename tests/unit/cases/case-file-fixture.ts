import * as path from 'node:path';
import { afterEach } from 'vitest';
import type { MethodInput, MethodName, MethodOutput, Result } from '../../../shared/contract/index.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { unlockWithPassphrase, type OpenVault } from '../../../electron/core/kernel/vault/vault.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { FLOOR_KDF, PASSPHRASE, useTempDirs } from '../core/helpers.js';

/** A vault opened through the router (inputs and outputs validated as in the app), with a clock the test moves. */
export interface CaseFile {
  dir: string;
  ws: Workspace;
  clock: { now: number; advance(ms: number): void; set(iso: string): void };
  /** The reply, ok or not. */
  attempt<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  /** The value; a failed reply fails the test with its code and message. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** The error code and message of a call expected to fail. */
  refusal<M extends MethodName>(method: M, input: MethodInput<M>): Promise<{ code: string; message: string }>;
  /**
   * Raw SQL on the vault's database through a second connection opened with the passphrase, as
   * someone holding the key could: for tampering tests. Closed when `work` returns.
   */
  rawDatabase<T>(work: (db: OpenVault['db']) => T): Promise<T>;
}

export const MINUTE = 60_000;

/**
 * Case files for a test file: a new vault per call, locked and removed after each test. The clock
 * starts at `startAt` (default 2026-03-10T09:00Z); `timeZone` is the mission's, as the app passes
 * the computer's at creation (UTC when not given).
 */
export function useCaseFiles(): (options?: { startAt?: string; timeZone?: string }) => Promise<CaseFile> {
  const tempDir = useTempDirs();
  const open: Workspace[] = [];
  afterEach(() => {
    for (const ws of open.splice(0)) ws.dispose();
  });
  return async (options = {}) => {
    const dir = path.join(tempDir(), 'vault');
    const clock = {
      now: Date.parse(options.startAt ?? '2026-03-10T09:00:00.000Z'),
      advance(ms: number) {
        clock.now += ms;
      },
      set(iso: string) {
        clock.now = Date.parse(iso);
      },
    };
    const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: () => clock.now, actor: 'test' });
    open.push(ws);
    const dispatch = routeWorkspace(ws);
    const attempt = ((method: MethodName, input: unknown) => dispatch(method, input)) as CaseFile['attempt'];
    const call = (async (method: MethodName, input: unknown) => {
      const reply = await dispatch(method, input);
      if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code}: ${reply.error.message}`);
      return reply.value;
    }) as CaseFile['call'];
    const refusal = (async (method: MethodName, input: unknown) => {
      const reply = await dispatch(method, input);
      if (reply.ok) throw new Error(`${method} was expected to fail but succeeded`);
      return reply.error;
    }) as CaseFile['refusal'];
    await call('vault.create', {
      passphrase: PASSPHRASE,
      ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    });
    const rawDatabase = async <T>(work: (db: OpenVault['db']) => T): Promise<T> => {
      const vault = await unlockWithPassphrase(dir, PASSPHRASE, {});
      try {
        return work(vault.db);
      } finally {
        vault.close();
      }
    };
    return { dir, ws, clock, attempt, call, refusal, rawDatabase };
  };
}

/** The fields intake cannot go without, plus whatever the test sets. */
export function intake(overrides: Partial<MethodInput<'cases.create'>> = {}): MethodInput<'cases.create'> {
  return {
    title: 'Allegation at the distribution site',
    dateReceived: '2026-03-09',
    reportingChannel: 'community_based_complaint_mechanism',
    entity: 'MINUSCA',
    ...overrides,
  };
}

/** A victim's profile for people.add; `ageBand` decides whether R4/R5 treat her as a child. */
export function victimProfile(ageBand: 'adult' | 'minor' | 'unknown') {
  return { role: 'victim' as const, sex: 'female' as const, ageBand, language: 'fr' };
}
