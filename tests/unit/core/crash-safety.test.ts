import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, unlockWithPassphrase } from '../../../electron/core/kernel/vault/vault.js';
import { useChildBundle } from '../child-bundle.js';
import { childClockEnv } from '../../clock.js';
import { FLOOR_KDF, PASSPHRASE, useTempDirs } from './helpers.js';

const TRIALS = 20;
const bundle = useChildBundle(new URL('./fixtures/crash-writer.ts', import.meta.url), 'crash-writer');
const tempDir = useTempDirs();

/** Runs the writer until it has reported `minReports` commits, then SIGKILLs it after a random delay. */
function runAndKill(
  dir: string,
  minReports: number,
  delayMs: number,
): Promise<{ ids: string[]; stderr: string; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dir], {
      env: { ...process.env, ...childClockEnv(), CASEFILE_TEST_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killScheduled = false;
    const complete = () => stdout.split('\n').slice(0, -1); // a line cut by the kill was not reported
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!killScheduled && complete().length >= minReports) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ ids: complete(), stderr, signal }));
  });
}

describe('crash safety', () => {
  it(`keeps every reported commit and a sound database across ${TRIALS} SIGKILLs at random moments`, async () => {
    const dir = path.join(tempDir(), 'vault');
    (await createVault(dir, PASSPHRASE, { kdfCost: FLOOR_KDF })).vault.close();
    const reported: string[] = [];

    for (let trial = 0; trial < TRIALS; trial++) {
      const minReports = 1 + Math.floor(Math.random() * 150);
      const delayMs = Math.floor(Math.random() * 25);
      const run = await runAndKill(dir, minReports, delayMs);
      expect(run.signal, `trial ${trial} ended by itself: ${run.stderr.slice(0, 500)}`).toBe('SIGKILL');
      expect(run.ids.length).toBeGreaterThanOrEqual(minReports);
      reported.push(...run.ids);

      const vault = await unlockWithPassphrase(dir, PASSPHRASE);
      try {
        expect(vault.db.pragma('integrity_check', { simple: true }), `trial ${trial}`).toBe('ok');
        const present = new Set(vault.db.prepare('SELECT id FROM cases').pluck().all() as string[]);
        const missing = reported.filter((id) => !present.has(id));
        expect(missing, `trial ${trial}: reported commits missing after the crash`).toEqual([]);
        const references = vault.db.prepare('SELECT count(DISTINCT reference) FROM cases').pluck().get();
        expect(references).toBe(present.size);
      } finally {
        vault.close();
      }
    }
    expect(new Set(reported).size).toBe(reported.length);
  }, 180_000);
});
