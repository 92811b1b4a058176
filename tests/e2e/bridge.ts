import type { Page } from '@playwright/test';
import type { Dispatch } from '../../electron/ipc/router.js';
import { METHOD_NAMES } from '../../shared/contract/index.js';

/** The name of the Playwright binding the emulated preload calls; nothing else in the page uses it. */
const BINDING = '__casefileInvoke';

/**
 * Emulates electron/preload.ts in a plain browser: `window.casefile` with exactly the contract's
 * methods (namespaced like buildApi), each a round trip to the router in this Node process.
 */
export async function installBridge(page: Page, dispatch: Dispatch): Promise<void> {
  await page.exposeBinding(BINDING, (_source, name: unknown, input: unknown) => dispatch(String(name), input));
  await page.addInitScript(
    ({ binding, methodNames }) => {
      type Invoke = (name: string, input: unknown) => Promise<unknown>;
      const invoke: Invoke = (name, input) => (window as unknown as Record<string, Invoke>)[binding]!(name, input);
      const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
      for (const name of methodNames) {
        const [namespace, method] = name.split('.') as [string, string];
        api[namespace] ??= {};
        api[namespace][method] = (input?: unknown) => invoke(name, input === undefined ? {} : input);
      }
      // contextBridge hands the page a frozen copy; match it so the app cannot rely on mutating it.
      for (const group of Object.values(api)) Object.freeze(group);
      Object.defineProperty(window, 'casefile', { value: Object.freeze(api), enumerable: true });
    },
    { binding: BINDING, methodNames: [...METHOD_NAMES] },
  );
}
