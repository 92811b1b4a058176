import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { apiError, channelOf, METHOD_NAMES, type MethodName, type Result } from '../../shared/contract/index.js';
import type { Dispatch } from '../ipc/router.js';
import { isTrustedSender, type SenderFacts } from '../ipc/sender.js';

export interface ContractBridgeOptions {
  /** The router over the workspace: validates input, vault state and output. */
  dispatch: Dispatch;
  /** Is this the web contents of our app window? */
  isAppWindow: (contents: WebContents) => boolean;
  /** Told of every accepted call's outcome (the shell follows settings changes with it). */
  afterCall?: (name: MethodName, result: Result<unknown>) => void;
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: apiError('FORBIDDEN_SENDER', 'request.notFromApp'),
};

function senderFacts(event: IpcMainInvokeEvent, isAppWindow: (contents: WebContents) => boolean): SenderFacts {
  // senderFrame is null once the frame navigated away or was destroyed: then nothing is trusted.
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
    isAppWindow: isAppWindow(event.sender),
  };
}

/**
 * One `ipcMain.handle` per contract method and nothing else: no generic channel exists.
 * Each call is first checked to come from our window's top frame on app://casefile.
 */
export function exposeContract(options: ContractBridgeOptions): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(channelOf(name), async (event, input: unknown) => {
      if (!isTrustedSender(senderFacts(event, options.isAppWindow))) return FORBIDDEN;
      const result = await options.dispatch(name, input);
      options.afterCall?.(name, result);
      return result;
    });
  }
}
