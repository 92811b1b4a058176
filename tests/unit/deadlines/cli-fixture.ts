import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.js';
import { openWorkspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { hoursAgo, testClock, todayIn } from '../../clock.js';
import { FLOOR_KDF, PASSPHRASE, writeText } from '../cli/harness.js';

export { casefile, errorOf, valueOf } from '../people/cli-fixture.js';
export { useTempDirs } from '../cli/harness.js';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** `hours` after (negative: before) the test clock's now, as an exact UTC date-time to the minute. */
export function utcMinuteFromNow(hoursFromNow: number): string {
  return hoursAgo(-hoursFromNow).slice(0, 16);
}

/** Today on the mission's calendar: these vaults are created without a zone, so their mission runs on UTC. */
export const today = (): string => todayIn('UTC');

/**
 * A vault (floor KDF) on the test clock, as the CLI runs; `prepare` fills it through the router before the CLI runs.
 * `timeZone` is the mission's (UTC unless given).
 */
export async function vaultWith<T>(
  root: string,
  prepare: (call: Call) => Promise<T>,
  timeZone?: string,
): Promise<{ vault: string; passphraseFile: string; prepared: T }> {
  const vault = join(root, 'vault');
  const ws = openWorkspace({ dir: vault, passphraseKdf: FLOOR_KDF, now: testClock.now });
  try {
    const dispatch = routeWorkspace(ws);
    const call: Call = async (method, input) => {
      const reply = await dispatch(method, input);
      if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
      return reply.value as MethodOutput<typeof method>;
    };
    await call('vault.create', { passphrase: PASSPHRASE, ...(timeZone === undefined ? {} : { timeZone }) });
    const prepared = await prepare(call);
    return { vault, passphraseFile: writeText(root, 'passphrase', `${PASSPHRASE}\n`), prepared };
  } finally {
    ws.dispose();
  }
}
