import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { caseFileContext } from '../../electron/core/composition.js';
import type { CaseFileContext } from '../../electron/core/kernel/context.js';
import { KDF_FLOORS } from '../../electron/core/kernel/vault/passphrase-kdf.js';
import { unlockWithPassphrase } from '../../electron/core/kernel/vault/vault.js';
import { openWorkspace } from '../../electron/core/workspace.js';
import type { Dispatch } from '../../electron/ipc/router.js';
import { routeWorkspace } from '../../electron/ipc/workspace-router.js';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index.js';

const PASSPHRASE = 'bench lantern quarry velvet ostrich';

/** A router call that throws on a refusal: a bench measures what worked, never a failure. */
export type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** What a bench writes into its vault with: the core's context, and the bench's clock to move on. */
export interface Filling {
  ctx: CaseFileContext;
  /** Moves the vault's clock on by `ms` (each record its own instant, as a user's would have). */
  advance(ms: number): void;
}

export interface BenchVault<Prepared> {
  dispatch: Dispatch;
  /** What `prepare` returned (the case the records go into, say). */
  prepared: Prepared;
  /** Seconds to write the records, unlocking the second connection included. */
  loadSeconds: number;
  /** The vault folder and its passphrase, for a bench that opens it again elsewhere (the core's thread). */
  vaultDir: string;
  passphrase: string;
  /** The vault's clock, where the records left it. */
  now(): number;
  /** Locks the vault behind `dispatch` (its connection closed). */
  lock(): void;
  dispose(): void;
}

export interface BenchVaultPlan<Prepared> {
  /** The temporary folder's prefix, so that a vault left by a killed run says which bench made it. */
  name: string;
  /** The vault clock's first instant (ISO). */
  startsAt: string;
  /** Through the router, on the fresh vault, before the bulk load. */
  prepare?: (call: Call) => Promise<Prepared>;
  /** The records, written through the core's own functions (inputs parsed by the contract as the router would). */
  fill: (filling: Filling, prepared: Prepared) => void;
}

/**
 * A vault for a bench: created through the router, filled through the core's own store functions
 * (so the rows, index entries and audit rows are the real ones) in ONE transaction on a second
 * connection, for speed, then unlocked again through the router that the bench queries.
 */
export async function loadBenchVault<Prepared = undefined>(
  plan: BenchVaultPlan<Prepared>,
): Promise<BenchVault<Prepared>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `casefile-bench-${plan.name}-`));
  let clock = Date.parse(plan.startsAt);
  const now = () => clock;
  const ws = openWorkspace({ dir: path.join(dir, 'vault'), passphraseKdf: { ...KDF_FLOORS }, now, actor: 'bench' });
  const dispatch = routeWorkspace(ws);
  const call: Call = async (method, input) => {
    const reply = await dispatch(method, input);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<typeof method>;
  };
  try {
    await call('vault.create', { passphrase: PASSPHRASE });
    const prepared = (plan.prepare ? await plan.prepare(call) : undefined) as Prepared;
    ws.lock('user');
    const started = performance.now();
    const vault = await unlockWithPassphrase(ws.dir, PASSPHRASE);
    try {
      const ctx = caseFileContext({ db: () => vault.db, now, actor: 'bench' });
      const advance = (ms: number) => {
        clock += ms;
      };
      vault.db.transaction(() => plan.fill({ ctx, advance }, prepared))();
    } finally {
      vault.close();
    }
    const loadSeconds = (performance.now() - started) / 1000;
    await call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    return {
      dispatch,
      prepared,
      loadSeconds,
      vaultDir: ws.dir,
      passphrase: PASSPHRASE,
      now,
      lock: () => ws.lock('user'),
      dispose() {
        ws.dispose();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    ws.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
