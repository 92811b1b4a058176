import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.js';
import { openWorkspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { FLOOR_KDF, PASSPHRASE, writeText } from '../cli/harness.js';

export { casefile, errorOf, valueOf } from '../people/cli-fixture.js';
export { useTempDirs } from '../cli/harness.js';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** `hours` before or after the real clock (the CLI runs on it), as an exact UTC date-time to the minute. */
export function wallClockUtc(hoursFromNow: number): string {
  return new Date(Date.now() + hoursFromNow * 3_600_000).toISOString().slice(0, 16);
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** A vault (floor KDF) on the real clock; `prepare` fills it through the router before the CLI runs. */
export async function vaultWith<T>(root: string, prepare: (call: Call) => Promise<T>): Promise<{ vault: string; passphraseFile: string; prepared: T }> {
  const vault = join(root, 'vault');
  const ws = openWorkspace({ dir: vault, passphraseKdf: FLOOR_KDF });
  try {
    const dispatch = routeWorkspace(ws);
    const call: Call = async (method, input) => {
      const reply = await dispatch(method, input);
      if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
      return reply.value as MethodOutput<typeof method>;
    };
    await call('vault.create', { passphrase: PASSPHRASE });
    const prepared = await prepare(call);
    return { vault, passphraseFile: writeText(root, 'passphrase', `${PASSPHRASE}\n`), prepared };
  } finally {
    ws.dispose();
  }
}
