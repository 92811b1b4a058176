import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepUnrecordedObjects } from '../../../electron/core/kernel/files/object-sweep.js';
import { exportCaseBundle } from '../../../electron/core/bundles/bundle-service.js';
import { useChildBundle } from '../child-bundle.js';
import { PASSPHRASE } from '../core/helpers.js';
import { objectFiles, useEvidenceFiles } from '../evidence/evidence-fixture.js';
import { caseToHandOver, servicesOf, testKeys } from './bundle-fixture.js';

// An import SIGKILLed while it reads the bundle leaves the vault as it was: no row (the records are
// written in one transaction at the end), and the evidence staged so far is swept at the next unlock.
const importer = useChildBundle(new URL('./fixtures/bundle-importer.ts', import.meta.url), 'bundle-importer');
const evidenceFile = useEvidenceFiles();
const WORDS = 'hand-over words for the bundle';

function importAndKill(vault: string, bundle: string, afterProgress: number): Promise<{ done: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [importer, vault, bundle, WORDS], {
      env: { ...process.env, CASEFILE_TEST_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.split('\n').filter((line) => line === 'P').length >= afterProgress) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', () => resolve({ done: out.includes('DONE') }));
  });
}

describe('an import killed half-way', () => {
  it('leaves no case, no audit row and (after the next unlock) no staged evidence', async () => {
    const a = await evidenceFile();
    const b = await evidenceFile();
    const { theCase } = await caseToHandOver(a, 12 * 1024 * 1024);
    const bundle = path.join(a.work, 'big.casefile');
    const sender = await servicesOf(a);
    try {
      await exportCaseBundle(sender.ctx, testKeys('A'), {
        caseId: theCase.id,
        destination: bundle,
        audience: { kind: 'passphrase', passphrase: WORDS, logN: 10 },
        omit: [],
        to: 'B',
      });
    } finally {
      sender.vault.close();
    }
    b.ws.lock('user');
    const { done } = await importAndKill(b.dir, bundle, 4);
    expect(done).toBe(false);
    const counts = await b.rawDatabase((db) => ({
      cases: db.prepare('SELECT count(*) FROM cases').pluck().get(),
      imports: db.prepare('SELECT count(*) FROM bundle_imports').pluck().get(),
    }));
    expect(counts).toEqual({ cases: 0, imports: 0 });
    // The next unlock sweeps objects without a row; a temp file of the ingest the kill cut (ciphertext whose key
    // was never stored) is left until it is old enough not to be another process's ingest in progress.
    await b.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(objectFiles(b).filter((name) => !name.startsWith('.tmp-'))).toEqual([]);
    await b.rawDatabase((db) => sweepUnrecordedObjects(db, b.objectsDir, { minAgeMs: 0 }));
    expect(objectFiles(b)).toEqual([]);
  });
});
