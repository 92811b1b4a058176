import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach } from 'vitest';
import type { MethodInput, MethodName, MethodOutput, Result } from '../../../shared/contract/index.js';
import type { Job } from '../../../shared/contract/jobs.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { manualClock, type ManualClock } from '../../clock.js';
import { FLOOR_KDF, PASSPHRASE, useTempDirs } from '../core/helpers.js';
import { intake } from '../cases/case-file-fixture.js';

export interface Ports {
  toAdd: string[];
  exportTo: string | null;
  chooseFilesToAdd(): Promise<string[]>;
  chooseExportPath(suggestedName: string): Promise<string | null>;
}

/** One workspace at `dir` through the router, as the app and the CLI use it, with scripted dialogs. */
export interface Vault {
  dir: string;
  ws: Workspace;
  ports: Ports;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  attempt<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  settle(jobId: string): Promise<Job>;
}

export interface BackupWorld {
  root: string;
  clock: ManualClock;
  /** A workspace on a folder (a vault there or not yet). */
  workspaceAt(dir: string): Vault;
  /** A new vault with its recovery key. */
  newVault(name?: string): Promise<Vault & { recoveryKey: string }>;
}

export function useBackupWorld(start: string): () => BackupWorld {
  const tempDir = useTempDirs();
  const open: Workspace[] = [];
  afterEach(() => {
    for (const ws of open.splice(0)) ws.dispose();
  });
  return () => {
    const root = tempDir();
    const clock = manualClock(start);
    const workspaceAt = (dir: string): Vault => {
      const ports: Ports = {
        toAdd: [],
        exportTo: null,
        chooseFilesToAdd: async () => ports.toAdd,
        chooseExportPath: async () => ports.exportTo,
      };
      const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: clock.now, actor: 'test', filePorts: ports });
      open.push(ws);
      const dispatch = routeWorkspace(ws);
      const attempt = ((method: MethodName, input: unknown) => dispatch(method, input)) as Vault['attempt'];
      const call = (async (method: MethodName, input: unknown) => {
        const reply = await dispatch(method, input);
        if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code}: ${reply.error.message}`);
        return reply.value;
      }) as Vault['call'];
      const settle = async (jobId: string): Promise<Job> => {
        let stop = (): void => undefined;
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
      return { dir, ws, ports, call, attempt, settle };
    };
    return {
      root,
      clock,
      workspaceAt,
      async newVault(name = 'vault') {
        const vault = workspaceAt(path.join(root, name));
        const { recoveryKey } = await vault.call('vault.create', { passphrase: PASSPHRASE });
        return { ...vault, recoveryKey };
      },
    };
  };
}

/** A case with one evidence item, for files to be added to. */
export async function caseWithItem(vault: Vault, summaryMarker: string) {
  const theCase = await vault.call(
    'cases.create',
    intake({
      incidentDates: [{ precision: 'day', from: '2026-03-08', timeZone: 'Africa/Bangui' }],
      summary: summaryMarker,
    }),
  );
  const item = await vault.call('evidence.create', {
    caseId: theCase.id,
    type: 'digital',
    description: 'Phone extraction',
  });
  return { theCase, item };
}

/** Adds a file's bytes to the item through the dialog port; returns the content id. */
export async function addFile(vault: Vault, itemId: string, bytes: Buffer, name: string): Promise<string> {
  const source = path.join(path.dirname(vault.dir), `${name}.src`);
  fs.writeFileSync(source, bytes);
  vault.ports.toAdd = [source];
  const { files } = await vault.call('evidence.chooseFiles', {});
  const started = await vault.call('evidence.ingest', { itemId, token: files[0]!.token });
  const job = await vault.settle(started.jobId);
  if (job.kind !== 'ingest' || job.state !== 'done') throw new Error(`ingest ended ${job.state}`);
  fs.rmSync(source);
  return job.result!.id;
}

/** Backs `vault` up into `folder` and waits for the job. */
export async function backUp(vault: Vault, folder: string, options: { verifyAll?: boolean } = {}): Promise<Job> {
  vault.ports.exportTo = folder;
  const { job } = await vault.call('backup.start', options);
  if (job === null) throw new Error('no backup job started');
  return vault.settle(job.jobId);
}

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .sort();
}

export { PASSPHRASE };
