import type { Page } from '@playwright/test';
import type { CoreEventListener } from '../../electron/core/kernel/events.js';
import type { Dispatch } from '../../electron/ipc/router.js';
import { EVENT_NAMES, METHOD_NAMES } from '../../shared/contract/index.js';

/** The name of the Playwright binding the emulated preload calls; nothing else in the page uses it. */
const BINDING = '__casefileInvoke';
/** Where this process hands the page an event (as the preload's ipcRenderer.on would); the app never calls it. */
const DELIVER = '__casefileDeliverEvent';

/** The core's events, as the bridge subscribes to them (the workspace's onEvent). */
export type EventSource = (listener: CoreEventListener) => () => void;

/**
 * Emulates electron/preload.ts in a plain browser: `window.casefile` with exactly the contract's
 * methods (namespaced like buildApi), each a round trip to the router in this Node process, and
 * `on(event, listener)`, fed with the core's events as they are emitted (as main.ts forwards them).
 * Returns the function that stops delivering events.
 */
export async function installBridge(page: Page, dispatch: Dispatch, events: EventSource): Promise<() => void> {
  await page.exposeBinding(BINDING, (_source, name: unknown, input: unknown) => dispatch(String(name), input));
  await page.addInitScript(
    ({ binding, deliver, methodNames, eventNames }) => {
      type Invoke = (name: string, input: unknown) => Promise<unknown>;
      type Listener = (payload: unknown) => void;
      const invoke: Invoke = (name, input) => (window as unknown as Record<string, Invoke>)[binding]!(name, input);
      const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
      for (const name of methodNames) {
        const [namespace, method] = name.split('.') as [string, string];
        api[namespace] ??= {};
        api[namespace][method] = (input?: unknown) => invoke(name, input === undefined ? {} : input);
      }
      const listeners = new Map<string, Set<Listener>>(eventNames.map((name) => [name, new Set<Listener>()]));
      const on = (event: unknown, listener: unknown): (() => void) => {
        const set = typeof event === 'string' ? listeners.get(event) : undefined;
        if (!set || typeof listener !== 'function') throw new TypeError('casefile.on(event, listener)');
        const wrapped: Listener = (payload) => (listener as Listener)(payload);
        set.add(wrapped);
        return () => {
          set.delete(wrapped);
        };
      };
      Object.defineProperty(window, deliver, {
        value: (name: string, payload: unknown) => {
          for (const listener of [...(listeners.get(name) ?? [])]) listener(structuredClone(payload));
        },
        enumerable: false,
      });
      // contextBridge hands the page a frozen copy; match it so the app cannot rely on mutating it.
      for (const group of Object.values(api)) Object.freeze(group);
      Object.defineProperty(window, 'casefile', { value: Object.freeze({ ...api, on }), enumerable: true });
    },
    { binding: BINDING, deliver: DELIVER, methodNames: [...METHOD_NAMES], eventNames: [...EVENT_NAMES] },
  );
  return events(({ name, payload }) => {
    if (page.isClosed()) return;
    page
      .evaluate(
        ([deliver, event, data]) =>
          (window as unknown as Record<string, (n: string, p: unknown) => void>)[deliver]?.(event, data),
        [DELIVER, name, payload] as const,
      )
      // Between two pages (a reload) or after the test: the event has no page to reach, as in the app.
      .catch(() => undefined);
  });
}
