import type { MessagePort } from 'node:worker_threads';
import { apiError, CasefileError } from '../../shared/contract/index.js';
import type { Settings } from '../../shared/domain/settings.js';
import type { FilePorts } from '../core/kernel/files/file-ports.js';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../core/workspace.js';
import { routeWorkspace } from '../ipc/workspace-router.js';
import { ExportPathChosen, FilesChosen, ToCore, type FileQuestion, type FromCore } from './host-messages.js';

/** What the worker opens: the workspace's options, without the file ports (the main thread answers those). */
export type CoreWorkerOptions = Omit<WorkspaceOptions, 'filePorts'>;

function reportInternalError(method: string, error: unknown): void {
  // Name and code only: a message could quote case data.
  const name = error instanceof Error ? error.name : 'unknown error';
  const code = (error as { code?: unknown } | null)?.code;
  console.error(`[casefile] ${method} failed: ${name}${typeof code === 'string' ? ` (${code})` : ''}`);
}

/**
 * The worker thread's side of the core host: opens the workspace (vault, database, services,
 * router, jobs, events) here, off the main thread, and serves it over `port`: contract calls in,
 * replies, events and lock changes out; file dialogs asked of the main thread, which alone may
 * show them. Ends when the main thread asks it to dispose.
 */
export function serveCore(port: MessagePort, options: CoreWorkerOptions): void {
  const send = (message: FromCore): void => port.postMessage(message);

  const questions = new Map<number, { answer: (value: unknown) => void; fail: () => void }>();
  let lastQuestion = 0;
  const ask = (question: FileQuestion): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = ++lastQuestion;
      questions.set(id, {
        answer: resolve,
        fail: () => reject(new Error('the file dialog could not be shown')),
      });
      send({ kind: 'files.ask', id, question });
    });
  const filePorts: FilePorts = {
    chooseFilesToAdd: async () => FilesChosen.parse(await ask({ port: 'chooseFilesToAdd' })),
    chooseExportPath: async (suggestedName) =>
      ExportPathChosen.parse(await ask({ port: 'chooseExportPath', suggestedName })),
  };

  let workspace: Workspace;
  try {
    workspace = openWorkspace({ ...options, filePorts });
  } catch (error) {
    // Nothing is unlocked yet: the core's reason holds no case data (a bad Argon2id cost, say). Anything
    // else is only named here; the main thread says the core could not start.
    if (error instanceof CasefileError) send({ kind: 'failed', error: error.toApiError() });
    else {
      reportInternalError('opening the workspace', error);
      send({ kind: 'failed' });
    }
    port.close();
    return;
  }
  const dispatch = routeWorkspace(workspace, { reportInternalError });

  let settingsSent: Settings = workspace.settings();
  const sendSettingsIfChanged = (): void => {
    const settings = workspace.settings();
    if (settings === settingsSent) return;
    settingsSent = settings;
    send({ kind: 'settings', settings });
  };

  workspace.onLockChange((state, reason) => {
    sendSettingsIfChanged();
    send({ kind: 'vault', state, ...(reason === undefined ? {} : { reason }) });
  });
  workspace.onEvent((event) => send({ kind: 'event', event }));

  const reply = (id: number, result: Extract<FromCore, { kind: 'reply' }>['result']): void => {
    sendSettingsIfChanged();
    try {
      send({ kind: 'reply', id, result });
    } catch (error) {
      // A reply the structured clone cannot carry is a bug of the core, never the caller's to wait on.
      reportInternalError('reply', error);
      send({ kind: 'reply', id, result: { ok: false, error: apiError('INTERNAL', 'request.badReply') } });
    }
  };

  port.on('message', (raw: unknown) => {
    const parsed = ToCore.safeParse(raw);
    if (!parsed.success) return; // only the host posts here, and only these
    const message = parsed.data;
    switch (message.kind) {
      case 'call':
        void dispatch(message.method, message.input).then((result) => reply(message.id, result));
        return;
      case 'lock':
        try {
          workspace.lock(message.reason);
        } catch (error) {
          reportInternalError(`lock (${message.reason})`, error);
        }
        return;
      case 'files.answer':
        questions.get(message.id)?.answer(message.answer);
        questions.delete(message.id);
        return;
      case 'files.failed':
        questions.get(message.id)?.fail();
        questions.delete(message.id);
        return;
      case 'dispose':
        workspace.dispose();
        send({ kind: 'disposed' });
        port.close();
        return;
    }
  });
  send({ kind: 'ready', settings: settingsSent });
}
