import type { WebContents } from 'electron';
import { eventChannelOf } from '../../shared/contract/names.js';
import type { CoreHost } from '../core-host/core-host.js';

/**
 * Sends every core event to the app window, each on its own channel (main → window only; the
 * preload turns them into `casefile.on` subscriptions). Payloads are already checked by the bus.
 * Returns the function that stops forwarding (the window closed).
 */
export function forwardEvents(core: Pick<CoreHost, 'onEvent'>, window: () => WebContents | null): () => void {
  return core.onEvent(({ name, payload }) => {
    const contents = window();
    if (contents === null || contents.isDestroyed()) return;
    contents.send(eventChannelOf(name), payload);
  });
}
