import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach } from 'vitest';
import type { MethodInput, MethodName, MethodOutput, Result } from '../../../shared/contract/index.js';
import type { Job } from '../../../shared/contract/jobs.js';
import type { FilePorts } from '../../../electron/core/kernel/files/file-ports.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { unlockWithPassphrase, type OpenVault } from '../../../electron/core/kernel/vault/vault.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { FLOOR_KDF, PASSPHRASE, useTempDirs } from '../core/helpers.js';
import { intake } from '../cases/case-file-fixture.js';

export const START = '2026-03-10T09:00:00.000Z';
export const MINUTE = 60_000;
export const at = (iso: string, minutes: number): string => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** What the test's "dialogs" answer: the files to add and where to export, set per test. */
export interface ScriptedPorts extends FilePorts {
  toAdd: string[];
  exportTo: string | null;
  suggestedNames: string[];
}

export interface EvidenceFile {
  dir: string;
  /** A folder outside the vault for source files and exports. */
  work: string;
  ws: Workspace;
  ports: ScriptedPorts;
  clock: { now: number; advance(ms: number): void };
  attempt<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  refusal<M extends MethodName>(method: M, input: MethodInput<M>): Promise<{ code: string; message: string }>;
  /** A second connection with the key, for reading rows the contract does not show. */
  rawDatabase<T>(work: (db: OpenVault['db']) => T): Promise<T>;
  /** Waits for the job's `jobs.finished` event (or reads it, if it already ended). */
  settle(jobId: string): Promise<Job>;
  objectsDir: string;
}

/**
 * A vault per call with scripted file dialogs, through the router as in the app; locked and removed after each test.
 */
export function useEvidenceFiles(): () => Promise<EvidenceFile> {
  const tempDir = useTempDirs();
  const open: Workspace[] = [];
  afterEach(() => {
    for (const ws of open.splice(0)) ws.dispose();
  });
  return async () => {
    const root = tempDir();
    const dir = path.join(root, 'vault');
    const work = path.join(root, 'work');
    fs.mkdirSync(work);
    const clock = {
      now: Date.parse(START),
      advance(ms: number) {
        clock.now += ms;
      },
    };
    const ports: ScriptedPorts = {
      toAdd: [],
      exportTo: null,
      suggestedNames: [],
      chooseFilesToAdd: async () => ports.toAdd,
      chooseExportPath: async (suggestedName) => {
        ports.suggestedNames.push(suggestedName);
        return ports.exportTo;
      },
    };
    const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: () => clock.now, actor: 'test', filePorts: ports });
    open.push(ws);
    const dispatch = routeWorkspace(ws);
    const attempt = ((method: MethodName, input: unknown) => dispatch(method, input)) as EvidenceFile['attempt'];
    const call = (async (method: MethodName, input: unknown) => {
      const reply = await dispatch(method, input);
      if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code}: ${reply.error.message}`);
      return reply.value;
    }) as EvidenceFile['call'];
    const refusal = (async (method: MethodName, input: unknown) => {
      const reply = await dispatch(method, input);
      if (reply.ok) throw new Error(`${method} was expected to fail but succeeded`);
      return reply.error;
    }) as EvidenceFile['refusal'];
    await call('vault.create', { passphrase: PASSPHRASE });
    const rawDatabase = async <T>(fn: (db: OpenVault['db']) => T): Promise<T> => {
      const vault = await unlockWithPassphrase(dir, PASSPHRASE, {});
      try {
        return fn(vault.db);
      } finally {
        vault.close();
      }
    };
    const settle = async (jobId: string): Promise<Job> => {
      let stop = (): void => undefined;
      // Subscribed before reading the job, so its end cannot slip between the two.
      const finished = new Promise<Job>((resolve) => {
        stop = ws.onEvent((event) => {
          if (event.name === 'jobs.finished' && event.payload.job.jobId === jobId) resolve(event.payload.job);
        });
      });
      try {
        const job = await call('jobs.get', { jobId });
        return job.state === 'running' ? await finished : job;
      } finally {
        stop();
      }
    };
    return {
      dir,
      work,
      ws,
      ports,
      clock,
      attempt,
      call,
      refusal,
      rawDatabase,
      settle,
      objectsDir: path.join(dir, 'objects'),
    };
  };
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Random bytes with `marker` planted every `every` bytes. */
export function bytesWithMarker(size: number, marker: string, every = 8192): Buffer {
  const bytes = randomBytes(size);
  for (let offset = 0; offset + Buffer.byteLength(marker) <= size; offset += every) bytes.write(marker, offset, 'utf8');
  return bytes;
}

export function writeSource(ef: EvidenceFile, bytes: Uint8Array, name = 'phone-extraction.bin'): string {
  const file = path.join(ef.work, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Object files (not temp files) in the vault's objects folder. */
export function objectFiles(ef: EvidenceFile): string[] {
  return fs.existsSync(ef.objectsDir) ? fs.readdirSync(ef.objectsDir).sort() : [];
}

export async function openCase(ef: EvidenceFile, overrides: Partial<MethodInput<'cases.create'>> = {}) {
  return ef.call(
    'cases.create',
    intake({ incidentDates: [{ precision: 'day', from: '2026-03-08', timeZone: 'Africa/Bangui' }], ...overrides }),
  );
}

/** Adds a file through the dialog port and waits for the ingest. */
export async function addFile(ef: EvidenceFile, itemId: string, file: string): Promise<Job> {
  ef.ports.toAdd = [file];
  const { files } = await ef.call('evidence.chooseFiles', {});
  const job = await ef.call('evidence.ingest', { itemId, token: files[0]!.token });
  return ef.settle(job.jobId);
}
