import { events, type EventPayload } from '../../../shared/contract/events.js';
import type { EventName } from '../../../shared/contract/index.js';

/** One event as it leaves the core: its name and its checked payload. */
export type CoreEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];
export type CoreEventListener = (event: CoreEvent) => void;

/**
 * The core's events, from whoever emits them (the job board, the vault, the deadline watch) to
 * whoever forwards them (the shell to the window, the CLI to stderr, the e2e bridge to the page).
 * Every payload is checked against the contract before it leaves: a wrong one is a bug here,
 * and is thrown at the emitter rather than sent.
 */
export class EventBus {
  readonly #listeners = new Set<CoreEventListener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const checked = events[name].parse(payload) as EventPayload<E>;
    const event = { name, payload: checked } as CoreEvent;
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch {
        // A failing listener (a closed window) must not stop the work that emitted, nor the other listeners.
      }
    }
  }

  /** Every event, in the order emitted; the returned function stops listening. */
  listen(listener: CoreEventListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }
}
