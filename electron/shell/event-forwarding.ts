import type { WebContents } from 'electron';
import { eventChannelOf } from '../../shared/contract/names.js';
import type { Workspace } from '../core/workspace.js';

/**
 * Sends every core event to the app window, each on its own channel (main → window only; the
 * preload turns them into `casefile.on` subscriptions). Payloads are already checked by the bus.
 * Returns the function that stops forwarding (the window closed).
 */
export function forwardEvents(workspace: Workspace, window: () => WebContents | null): () => void {
  return workspace.onEvent(({ name, payload }) => {
    const contents = window();
    if (contents === null || contents.isDestroyed()) return;
    contents.send(eventChannelOf(name), payload);
  });
}
