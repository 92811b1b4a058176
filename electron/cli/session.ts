import {
  type ApiError,
  CasefileError,
  errorMessageText,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type Result,
} from '../../shared/contract/index.js';
import type { FilePorts } from '../core/kernel/files/file-ports.js';
import type { CoreEventListener } from '../core/kernel/events.js';
import type { Workspace } from '../core/workspace.js';
import type { Dispatch } from '../ipc/router.js';
import { CliFailure } from './failure.js';
import type { CliIo } from './io.js';
import { describeInternalError } from './internal-error.js';
import { trackOpenWorkspace } from './open-workspaces.js';
import { cliLanguage } from './words.js';

/** A vault opened for one command: every call goes through the same router as the app's IPC. */
export interface VaultSession {
  readonly dir: string;
  /** The router's raw reply. */
  dispatch: Dispatch;
  /** A method's value; a failed reply is thrown as a CliFailure. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** The core's events (job progress and completion), as the app's window receives them. */
  onEvent(listener: CoreEventListener): () => void;
}

/** The core's error as the CLI reports it: its code and reason, its words in the command line's language. */
export function failureOfApiError(error: ApiError): CliFailure {
  const { code, reason, params, message: _english, ...details } = error;
  return new CliFailure(code, errorMessageText(cliLanguage(), reason, params, details), reason);
}

export function valueOf<T>(reply: Result<T>): T {
  if (reply.ok) return reply.value;
  throw failureOfApiError(reply.error);
}

/**
 * Opens the vault folder, runs `work`, and locks the workspace whatever happens. `filePorts`
 * stand in for the app's file dialogs (the paths given on the command line).
 */
export async function withVault<T>(
  dir: string,
  io: CliIo,
  work: (session: VaultSession) => Promise<T>,
  filePorts?: FilePorts,
): Promise<T> {
  // Loaded here, not at the top: a command's help and its input checks run without the database.
  const [{ openWorkspace }, { routeWorkspace }] = await Promise.all([
    import('../core/workspace.js'),
    import('../ipc/workspace-router.js'),
  ]);
  let workspace: Workspace;
  try {
    // Audit rows name the command line as their author, apart from the app's.
    workspace = openWorkspace({ dir, actor: 'cli', now: io.now, ...(filePorts ? { filePorts } : {}) });
  } catch (error) {
    if (error instanceof CasefileError) throw failureOfApiError(error.toApiError());
    throw error;
  }
  const forget = trackOpenWorkspace(workspace);
  try {
    const dispatch = routeWorkspace(workspace, {
      reportInternalError: (method, error) => {
        if (io.env['CASEFILE_DEBUG']) io.stderr.write(`${describeInternalError(error, method)}\n`);
      },
    });
    return await work({
      dir,
      dispatch,
      call: async (method, input) => valueOf(await dispatch(method, input)) as never,
      onEvent: (listener) => workspace.onEvent(listener),
    });
  } finally {
    forget();
    workspace.dispose();
  }
}
