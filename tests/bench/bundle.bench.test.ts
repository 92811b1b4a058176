import { execFile, execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { Encrypter } from 'age-encryption';
import { bench, describe } from 'vitest';
import { encryptPayload } from '../../electron/core/bundles/age-payload.js';
import { exportCaseBundle, importCaseBundle } from '../../electron/core/bundles/bundle-service.js';
import type { CaseFileServices } from '../../electron/core/kernel/context.js';
import { evidenceObjects } from '../../electron/core/kernel/files/object-access.js';
import { KDF_FLOORS } from '../../electron/core/kernel/vault/passphrase-kdf.js';
import { unlockWithPassphrase, type OpenVault } from '../../electron/core/kernel/vault/vault.js';
import { openWorkspace } from '../../electron/core/workspace.js';
import { routeWorkspace } from '../../electron/ipc/workspace-router.js';
import { testClock } from '../clock.js';

/**
 * issue 12's benchmark: a case holding one evidence file of CASEFILE_BENCH_SIZE_MB MiB (default
 * 64 so that CI stays short; 1024 for the issue's 1 GiB figure; 0 skips) exported as a bundle for an
 * age recipient and imported into a second vault,
 * beside `age -e` and `age -d` on the same bytes in the same run, each right before and right after ours
 * (goal: bundle ≥ 0.5 × age, against the mean of the two), and
 * the payload AEAD alone: Node's ChaCha20-Poly1305 (ours) against age-encryption's pure JS on 64 MiB.
 * Peak RSS is sampled in this process and reported above what it held before (goal < 200 MB).
 * CPU time per MB (every thread of this process; user + system of the age tool) is printed too: on a
 * machine shared with other work it tells where the time goes better than the wall clock does.
 * It asserts only that what it measured ran correctly (the import verified every hash).
 */
const SIZE_MB = Number(process.env.CASEFILE_BENCH_SIZE_MB ?? 64);
const PASSPHRASE = 'bench vault passphrase words 2026';
const GOALS = { ageRatio: 0.5, peakRssMB: 200 };
const run = promisify(execFile);

async function vaultWithEvidence(dir: string, source: string | null) {
  const ws = openWorkspace({ dir, passphraseKdf: KDF_FLOORS, now: testClock.now, actor: 'bench' });
  const dispatch = routeWorkspace(ws);
  const call = async (method: string, input: unknown) => {
    const reply = await dispatch(method as never, input as never);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
    return reply.value as Record<string, unknown> & { id: string; jobId: string };
  };
  await call('vault.create', { passphrase: PASSPHRASE });
  let caseId: string | null = null;
  if (source !== null) {
    const created = await call('cases.create', {
      title: 'Benchmark case',
      dateReceived: '2026-03-09',
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
      incidentDates: [{ precision: 'day', from: '2026-03-01' }],
    });
    caseId = created.id;
    const item = await call('evidence.create', { caseId, type: 'digital', description: 'Phone extraction' });
    const opened = await unlockWithPassphrase(dir, PASSPHRASE, {});
    try {
      // Straight into the store and its row, as evidence.ingest would (the ingest has its own benchmark).
      const object = await evidenceObjects(
        path.join(dir, 'objects'),
        opened.dataKey,
        new AbortController().signal,
      ).ingest(source);
      opened.db
        .prepare(
          `INSERT INTO evidence_contents (id, item_id, object_id, wrapped_key, file_name, size, sha256, ingested_at)
           VALUES (?, ?, ?, ?, 'extraction.bin', ?, ?, ?)`,
        )
        .run(
          crypto.randomUUID(),
          item.id,
          object.objectId,
          object.wrappedKey,
          object.size,
          object.sha256,
          new Date(testClock.now()).toISOString(),
        );
    } finally {
      opened.close();
    }
  }
  ws.dispose();
  return caseId;
}

async function services(dir: string): Promise<{ ctx: CaseFileServices; vault: OpenVault }> {
  const vault = await unlockWithPassphrase(dir, PASSPHRASE, {});
  const signal = new AbortController().signal;
  const ctx: CaseFileServices = {
    db: () => vault.db,
    now: testClock.now,
    actor: 'bench',
    evidenceObjects: () => evidenceObjects(path.join(dir, 'objects'), vault.dataKey, signal),
  };
  return { ctx, vault };
}

async function timed<T>(
  work: () => Promise<T>,
): Promise<{ value: T; seconds: number; peakAboveMB: number; cpuSeconds: number }> {
  const baseline = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const start = performance.now();
  try {
    const value = await work();
    const used = process.cpuUsage(cpu);
    return {
      value,
      seconds: (performance.now() - start) / 1000,
      peakAboveMB: (peak - baseline) / 1e6,
      cpuSeconds: (used.user + used.system) / 1e6,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** The age tool's run: its wall-clock time, and its CPU time (user + system) as bash's `time` reports it. */
interface AgeRun {
  seconds: number;
  cpuSeconds: number;
}

async function timedAge(args: string[]): Promise<AgeRun> {
  const start = performance.now();
  const { stderr } = await run('bash', ['-c', 'TIMEFORMAT="%U %S"; time age "$@"', 'age', ...args]);
  const seconds = (performance.now() - start) / 1000;
  const [user, system] = stderr.trim().split(/\s+/).slice(-2).map(Number);
  return { seconds, cpuSeconds: (user ?? NaN) + (system ?? NaN) };
}

/** Two runs of the age tool as one: their mean wall-clock and CPU times (and the second run, to print). */
function meanOf(before: AgeRun, after: AgeRun): AgeRun & { after: AgeRun } {
  return {
    seconds: (before.seconds + after.seconds) / 2,
    cpuSeconds: (before.cpuSeconds + after.cpuSeconds) / 2,
    after,
  };
}

async function aeadComparison(): Promise<{ nodeMBps: number; jsMBps: number }> {
  const bytes = randomBytes(64 * 1024 * 1024);
  const fileKey = randomBytes(16);
  const node = await timed(async () => {
    async function* once() {
      yield bytes;
    }
    for await (const _sealed of encryptPayload(fileKey, once())) void _sealed;
  });
  const encrypter = new Encrypter();
  encrypter.addRecipient(
    execFileSync('age-keygen', ['-y'], { input: execFileSync('age-keygen', { stdio: ['ignore', 'pipe', 'ignore'] }) })
      .toString()
      .trim(),
  );
  const js = await timed(() => encrypter.encrypt(bytes));
  return { nodeMBps: (64 * 1.048576) / node.seconds, jsMBps: (64 * 1.048576) / js.seconds };
}

// CASEFILE_BENCH_SIZE_MB=0 leaves this bench out on purpose (to run the other benches alone): it then reports skipped.
describe.skipIf(SIZE_MB === 0)('case bundle', () => {
  bench(
    `export and import of a case with ${SIZE_MB} MiB of evidence, beside age -e / age -d`,
    async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bundle-bench-'));
      try {
        const source = path.join(folder, 'extraction.bin');
        const handle = fs.openSync(source, 'w');
        for (let i = 0; i < SIZE_MB; i++) fs.writeSync(handle, randomBytes(1024 * 1024));
        fs.closeSync(handle);
        const bytes = SIZE_MB * 1024 * 1024;
        const mbps = (seconds: number) => bytes / 1e6 / seconds;

        const identityFile = path.join(folder, 'identity.txt');
        execFileSync('age-keygen', ['-o', identityFile], { stdio: 'ignore' });
        const identity = fs
          .readFileSync(identityFile, 'utf8')
          .split('\n')
          .find((l) => l.startsWith('AGE-SECRET'))!;
        const recipient = execFileSync('age-keygen', ['-y', identityFile]).toString().trim();
        const caseId = (await vaultWithEvidence(path.join(folder, 'a'), source)) as string;
        await vaultWithEvidence(path.join(folder, 'b'), null);
        // A bundle is always signed: a signing key of the bench's own.
        const signing = generateKeyPairSync('ed25519');
        const signingKey = signing.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
        const keys = {
          signer: {
            publicKey: signingKey,
            fingerprint: 'bench',
            recipient: null,
            sign: (message: Uint8Array) => sign(null, message, signing.privateKey),
          },
          identities: [identity],
          lookupSigner: () => null,
          peerOf: () => null,
          holder: 'bench',
        };

        // The age tool runs right before and right after each of ours, and each ratio is to their mean: on a
        // machine shared with other work, the load then weighs on both sides of a ratio alike.
        const ageOut = path.join(folder, 'age.age');
        const ageEncryption = () => timedAge(['-e', '-r', recipient, '-o', ageOut, source]);
        const ageDecryption = () => timedAge(['-d', '-i', identityFile, '-o', path.join(folder, 'age.out'), ageOut]);
        const bundle = path.join(folder, 'case.casefile');
        const ageEBefore = await ageEncryption();
        const a = await services(path.join(folder, 'a'));
        const exported = await timed(() =>
          exportCaseBundle(a.ctx, keys, {
            caseId,
            destination: bundle,
            audience: { kind: 'recipients', recipients: [recipient] },
            omit: [],
            to: 'bench',
          }),
        );
        a.vault.close();
        const ageE = meanOf(ageEBefore, await ageEncryption());
        const ageDBefore = await ageDecryption();
        const b = await services(path.join(folder, 'b'));
        const imported = await timed(() =>
          importCaseBundle(b.ctx, keys, { file: bundle, dryRun: false, acceptUnknownSigner: true }),
        );
        b.vault.close();
        const ageD = meanOf(ageDBefore, await ageDecryption());
        if (imported.value.evidenceBytes !== bytes) throw new Error('the import did not carry every byte');

        const ageEncrypt = ageE.seconds;
        const ageDecrypt = ageD.seconds;
        const aead = await aeadComparison();
        const f = (value: number, digits = 0) => value.toFixed(digits);
        const msPerMB = (cpuSeconds: number) => f((cpuSeconds * 1000) / (bytes / 1e6), 2);
        const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
        const exportRatio = mbps(exported.seconds) / mbps(ageEncrypt);
        const importRatio = mbps(imported.seconds) / mbps(ageDecrypt);
        console.log(
          [
            '',
            `case bundle: ${SIZE_MB} MiB of evidence, one age recipient`,
            `  export  ${f(exported.seconds, 2)} s  ${f(mbps(exported.seconds))} MB/s  (decrypt from the vault, ` +
              `re-encrypt, fsync)  / age -e ${f(mbps(ageEncrypt))} MB/s (before ${f(mbps(ageEBefore.seconds))}, ` +
              `after ${f(mbps(ageE.after.seconds))}) = ${f(exportRatio, 2)} — goal ≥ ` +
              `${GOALS.ageRatio}: ${met(exportRatio >= GOALS.ageRatio)}`,
            `  import  ${f(imported.seconds, 2)} s  ${f(mbps(imported.seconds))} MB/s  (decrypt, check, ` +
              `re-encrypt into the vault, one transaction)  / age -d ${f(mbps(ageDecrypt))} MB/s (before ` +
              `${f(mbps(ageDBefore.seconds))}, after ${f(mbps(ageD.after.seconds))}) = ` +
              `${f(importRatio, 2)} — goal ≥ ${GOALS.ageRatio}: ${met(importRatio >= GOALS.ageRatio)}`,
            `  peak RSS above the process's baseline: export ${f(exported.peakAboveMB)} MB, import ` +
              `${f(imported.peakAboveMB)} MB — goal < ${GOALS.peakRssMB} MB: ` +
              `${met(Math.max(exported.peakAboveMB, imported.peakAboveMB) < GOALS.peakRssMB)}`,
            `  CPU time per MB: export ${msPerMB(exported.cpuSeconds)} ms (age -e ${msPerMB(ageE.cpuSeconds)}), ` +
              `import ${msPerMB(imported.cpuSeconds)} ms (age -d ${msPerMB(ageD.cpuSeconds)}); load ` +
              `${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`,
            `  payload AEAD on 64 MiB: Node ChaCha20-Poly1305 ${f(aead.nodeMBps)} MB/s, age-encryption's ` +
              `JS ${f(aead.jsMBps)} MB/s (why the payload is Node's)`,
          ].join('\n'),
        );
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
