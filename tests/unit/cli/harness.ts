import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach } from 'vitest';
import { runCli } from '../../../electron/cli/run.js';
import type { CliIo } from '../../../electron/cli/io.js';
import { KDF_FLOORS, type Argon2idCost } from '../../../electron/core/kernel/vault/passphrase-kdf.js';
import { openWorkspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.js';
import { testClock } from '../../clock.js';

export const PASSPHRASE = 'lantern quarry velvet ostrich 1984';
export const NEW_PASSPHRASE = 'harbour ember violin meadow quartz';

/** The cheapest cost the core accepts, for fixture vaults (init and passwd use the real default). */
export const FLOOR_KDF: Argon2idCost = {
  memoryKiB: KDF_FLOORS.memoryKiB,
  iterations: KDF_FLOORS.iterations,
  parallelism: KDF_FLOORS.parallelism,
};

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
  /** The prompts shown, in order (only with a fake terminal). */
  prompts: string[];
  /** stdout parsed as JSON (throws if it is not). */
  json(): unknown;
}

export interface RunOptions {
  env?: Record<string, string>;
  /** Text on stdin (not a terminal). */
  stdin?: string;
  /** Pretend stdin is a terminal and answer each hidden prompt with the next of these. */
  answers?: string[];
  /** The CLI's clock; the test clock by default. */
  now?: () => number;
}

/** Runs the CLI in-process with captured output. */
export async function cli(argv: string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const prompts: string[] = [];
  const answers = [...(options.answers ?? [])];
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    env: options.env ?? {},
    isTTY: options.answers !== undefined,
    now: options.now ?? testClock.now,
    ...(options.answers !== undefined
      ? {
          readHiddenLine: async (prompt: string) => {
            prompts.push(prompt);
            const answer = answers.shift();
            if (answer === undefined) throw new Error(`unexpected prompt: ${prompt}`);
            return answer;
          },
        }
      : {}),
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr, prompts, json: () => JSON.parse(stdout) as unknown };
}

/** Temp folders for one test file, removed after each test. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-cli-'));
    made.push(dir);
    return dir;
  };
}

export function writeText(dir: string, name: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text, { mode: 0o600 });
  return file;
}

/** A vault with one case, made through the router at the floor KDF cost; returns its recovery key. */
export async function makeVault(dir: string, passphrase = PASSPHRASE): Promise<string> {
  const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: testClock.now });
  try {
    const dispatch = routeWorkspace(ws);
    const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
      const reply = await dispatch(method, input);
      if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
      return reply.value as MethodOutput<M>;
    };
    const { recoveryKey } = await call('vault.create', { passphrase });
    await call('cases.create', {
      title: 'Fixture allegation',
      dateReceived: '2026-03-09',
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
    });
    return recoveryKey;
  } finally {
    ws.dispose();
  }
}
