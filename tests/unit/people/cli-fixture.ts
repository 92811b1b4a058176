import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.js';
import { openWorkspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { DAY_MS, dateIn, testClock } from '../../clock.js';
import { cli, FLOOR_KDF, PASSPHRASE, writeText, type CliRun } from '../cli/harness.js';

export { useTempDirs, writeText } from '../cli/harness.js';

export { hoursAgo } from '../../clock.js';
/** The UTC day (these vaults' mission zone) `msAgo` before the test clock's now, which the CLI runs on too. */
const dayOf = (msAgo: number): string => dateIn('UTC', testClock.now() - msAgo);

/**
 * A vault (floor KDF) holding one case received yesterday about an incident a week ago, with
 * `people` added to it in order (V-01, S-01, … as their roles number them). They are added through
 * the core: `casefile person add` has its own tests, and each command run costs a process.
 */
export async function vaultWithCase(
  root: string,
  people: readonly MethodInput<'people.add'>['profile'][] = [],
): Promise<{ vault: string; reference: string; passphraseFile: string }> {
  const vault = join(root, 'vault');
  const ws = openWorkspace({ dir: vault, passphraseKdf: FLOOR_KDF, now: testClock.now });
  try {
    const dispatch = routeWorkspace(ws);
    const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
      const reply = await dispatch(method, input);
      if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
      return reply.value as MethodOutput<M>;
    };
    await call('vault.create', { passphrase: PASSPHRASE });
    const created = await call('cases.create', {
      title: 'Allegation V-01',
      dateReceived: dayOf(DAY_MS),
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
      category: 'SA',
      subtype: 'sexual_activity_with_minor',
      incidentDates: [{ precision: 'day', from: dayOf(7 * DAY_MS) }],
    });
    for (const profile of people) await call('people.add', { caseId: created.id, profile });
    return { vault, reference: created.reference, passphraseFile: writeText(root, 'passphrase', `${PASSPHRASE}\n`) };
  } finally {
    ws.dispose();
  }
}

/** Runs `casefile --vault VAULT --passphrase-file FILE …args`. */
export const casefile = (
  setup: { vault: string; passphraseFile: string },
  args: string[],
  options: { stdin?: string } = {},
): Promise<CliRun> => cli(['--vault', setup.vault, '--passphrase-file', setup.passphraseFile, ...args], options);

/** The JSON value of a successful --json run (fails with the error otherwise). */
export function valueOf<T = Record<string, unknown>>(run: CliRun): T {
  if (run.status !== 0) throw new Error(`casefile exited ${run.status}: ${run.stdout}${run.stderr}`);
  return run.json() as T;
}

export const errorOf = (run: CliRun) => (run.json() as { error: { code: string; message: string } }).error;
