import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach } from 'vitest';
import {
  contract,
  type MethodInput,
  type MethodName,
  type ParsedInput,
  type Result,
} from '../../../shared/contract/index.js';
import { KDF_FLOORS, type Argon2idCost } from '../../../electron/core/kernel/vault/passphrase-kdf.js';

/** The cheapest cost the core accepts: keeps test vaults fast while the floors stay enforced. */
export const FLOOR_KDF: Argon2idCost = {
  memoryKiB: KDF_FLOORS.memoryKiB,
  iterations: KDF_FLOORS.iterations,
  parallelism: KDF_FLOORS.parallelism,
};

export const PASSPHRASE = 'tangerine orbit cello marsh lantern';
export const OTHER_PASSPHRASE = 'quartz meadow violin ember harbour';

/** A fresh temp folder per test, removed afterwards. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-core-'));
    made.push(dir);
    return dir;
  };
}

/** Every file under `dir`: path → sha256 of its bytes, mtime and mode. */
export function snapshotFolder(dir: string): Record<string, { sha256: string; mtimeMs: number; mode: number }> {
  const snapshot: Record<string, { sha256: string; mtimeMs: number; mode: number }> = {};
  for (const file of listFiles(dir)) {
    const stat = fs.statSync(file);
    snapshot[path.relative(dir, file)] = {
      sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
      mtimeMs: stat.mtimeMs,
      mode: stat.mode & 0o777,
    };
  }
  return snapshot;
}

export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * A method's input as its handler receives it (validated, defaults filled in): for tests that call ws.handlers
 * directly.
 */
export function parsedInput<M extends MethodName>(method: M, input: MethodInput<M>): ParsedInput<M> {
  return contract[method].input.parse(input) as ParsedInput<M>;
}

/** The value of an ok Result, or a failure that names the error. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Runs `fn` and returns the CasefileError-like it threw (fails if it did not throw). */
export async function caught(fn: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await fn();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected an error, none was thrown');
}
